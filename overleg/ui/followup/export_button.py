"""A toolbar button with a menu of exports for a list screen."""

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QMenu, QToolButton, QWidget


class ExportButton(QToolButton):
    def __init__(self, text: str, entries: Sequence[tuple[str, Callable[[], object]]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setText(text)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self)
        for label, callback in entries:
            menu.addAction(label).triggered.connect(lambda _=False, c=callback: c())
        self.setMenu(menu)
