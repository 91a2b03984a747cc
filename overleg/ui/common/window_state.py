"""What a main window keeps between runs (geometry, docks, the splitter) and the one
local file a user may drop on it."""

from pathlib import Path

from PySide6.QtCore import QMimeData
from PySide6.QtWidgets import QMainWindow, QSplitter

from overleg.ui.common.app_settings import AppSettings


def restore_layout(window: QMainWindow, splitter: QSplitter, settings: AppSettings) -> None:
    for key, restore in (("geometry", window.restoreGeometry), ("state", window.restoreState),
                         ("splitter", splitter.restoreState)):
        value = settings.window_state(key)
        if value is not None:
            restore(value)


def save_layout(window: QMainWindow, splitter: QSplitter, settings: AppSettings) -> None:
    settings.set_window_state("geometry", window.saveGeometry())
    settings.set_window_state("state", window.saveState())
    settings.set_window_state("splitter", splitter.saveState())
    settings.sync()


def dropped_file(mime: QMimeData) -> Path | None:
    """The one local file being dragged, if that is what it is."""
    urls = mime.urls() if mime.hasUrls() else []
    if len(urls) == 1 and urls[0].isLocalFile():
        return Path(urls[0].toLocalFile())
    return None
