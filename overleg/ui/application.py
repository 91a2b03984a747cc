"""Starting the Qt application: settings, translations, the crash reporter, the first
database (with the welcome on a first start) and the main window."""

import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from overleg import compiled_code, start_collection
from overleg.ui.backup.file_check import rescue_start
from overleg.ui.common.app_settings import AppSettings
from overleg.ui.common.background import wait_for_background_jobs
from overleg.ui.common.dates import set_list_date_style
from overleg.ui.common.icons import app_icon
from overleg.ui.common.spelling_hub import SpellingHub, names_in
from overleg.ui.crash import LOG_NAME, CrashReporter
from overleg.ui.prompts import QtPrompts
from overleg.ui.startup import Env, open_at_start
from overleg.ui.translations import install_translations


def start_gui(env: Env, db_path: Path | None, settings: AppSettings | None = None) -> int:
    """Runs the app until its window closes; `settings` defaults to the user's own."""
    from overleg.ui.main_window import MainWindow

    running = QApplication.instance()
    app = running if isinstance(running, QApplication) else QApplication(sys.argv)
    app.setApplicationName("Overleg")
    app.setOrganizationName("Overleg")
    app.setWindowIcon(app_icon())
    settings = settings or AppSettings(QSettings())
    translators = install_translations(app, settings.language)
    set_list_date_style(settings.date_style)
    prompts = QtPrompts(None, settings)
    spelling = SpellingHub.install(settings)  # reads no dictionary yet
    reporter = CrashReporter(prompts, env.data_dir / LOG_NAME)
    reporter.install()
    try:
        try:
            opened = open_at_start(env, settings, prompts, db_path,
                                   ask_welcome=ask_welcome)
            if opened is None:
                return 1
            try:
                window = MainWindow(*opened, opener=env, settings=settings)
            except Exception:  # damage in what the first screen reads?
                instead = rescue_start(env, *opened, prompts, settings.user_name or None)
                if instead is None:
                    return 1
                window = MainWindow(instead, opened[1], opener=env, settings=settings)
        except Exception as exc:  # a start without a window must still say why
            reporter(type(exc), exc, exc.__traceback__)
            return 1
        reporter.prompts = window.prompts  # messages now sit on top of the window
        spelling.names_source = lambda: names_in(window.services)
        window.bus.changed.connect(spelling.database_changed)
        window.restore_layout()
        window.show()
        start_collection.resume()  # held back by the command line while starting
        compiled_code.save(first_screen=True)  # read first by the next start
        code = app.exec()
        compiled_code.save()  # ... and those of the dialogs and exports used since
        wait_for_background_jobs()  # a backup still being copied
        env.close(window.services)  # the file is left clean for the next start
        return code
    finally:
        reporter.uninstall()
        spelling.setParent(None)  # it knows this window's files: not for a later one
        spelling.deleteLater()
        for translator in translators:
            app.removeTranslator(translator)


def ask_welcome(options: Sequence[str]) -> int | None:
    """The welcome on a first start (its dialog module loads only then)."""
    from overleg.ui.dialogs.welcome_dialog import WelcomeDialog

    return WelcomeDialog.ask(options)
