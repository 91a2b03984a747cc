"""File → Recent files: the last opened databases, newest first, from the settings."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMenu, QWidget

from overleg.ui.common.app_settings import AppSettings


class RecentFilesMenu(QMenu):
    chosen = Signal(object)  # the Path chosen

    def __init__(self, title: str, parent: QWidget, settings: AppSettings | None = None
                 ) -> None:
        super().__init__(title, parent)
        self.settings = settings
        self.aboutToShow.connect(self.rebuild)

    def rebuild(self) -> None:
        """Filled when opened, so the list is always what the settings hold now."""
        self.clear()
        paths = self.settings.recent_files() if self.settings is not None else []
        for number, path in enumerate(paths, start=1):
            # &1 … &8: the number is the keyboard accelerator
            label = f"&{number}  {_escaped(path.name)}   ({_escaped(str(path.parent))})"
            action = self.addAction(label)
            action.setToolTip(str(path))
            action.triggered.connect(lambda _=False, p=path: self.chosen.emit(p))
        if not paths:
            self.addAction(self.tr("(no recent files)")).setEnabled(False)
            return
        self.addSeparator()
        self.addAction(self.tr("Clear list"), self._clear)

    def _clear(self) -> None:
        if self.settings is not None:
            self.settings.clear_recent()


def _escaped(text: str) -> str:
    """A '&' in a file name is shown, not taken as a keyboard accelerator."""
    return text.replace("&", "&&")
