"""The real start: settings, translations, the window on the last database, and a
clean end (file closed, crash reporter and translators removed)."""

import gc
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from overleg import start_collection
from overleg.ui.application import start_gui
from overleg.ui.common.spelling_hub import SpellingHub
from tests.ui.shell.conftest import settings_on


def test_the_app_starts_on_the_given_file_in_dutch_and_ends_cleanly(env, settings_file,
                                                                     tmp_path):
    path = tmp_path / "voorbeeld.db"
    filled = env.open(path)
    env.fill_with_demo(filled)
    filled.db.close()
    seen = {}

    def look_and_close() -> None:
        window = next(w for w in QApplication.topLevelWidgets()
                      if type(w).__name__ == "MainWindow" and w.isVisible())
        seen["title"] = window.windowTitle()
        seen["menu"] = window.file_menu.title()
        seen["hook"] = type(sys.excepthook).__name__
        seen["window"] = window
        hub = SpellingHub.of_app()
        seen["names"] = list(hub.names_source()) if hub and hub.names_source else []
        seen["spelling read"] = hub is not None and hub.checker.loaded
        seen["collecting"] = gc.isenabled()
        window.close()

    hook = sys.excepthook
    QTimer.singleShot(0, look_and_close)
    start_collection.pause()  # as the command line does before the window starts
    try:
        assert start_gui(env, path, settings_on(settings_file)) == 0
    finally:
        start_collection.resume()
        gc.unfreeze()
    assert seen["collecting"]  # let go once the window was shown
    assert seen["title"] == "voorbeeld.db — Overleg"
    assert seen["menu"] == "&Bestand" and seen["hook"] == "CrashReporter"
    assert sys.excepthook is hook
    # Spelling knew the open file's names, had read no dictionary, and left with the app.
    assert "Ingrid Bos" in seen["names"] and seen["spelling read"] is False
    assert SpellingHub.of_app() is None
    assert QApplication.translate("NavigationWindow", "&File") == "&File"
    assert settings_on(settings_file).last_database == path.resolve()
    seen["window"].deleteLater()
