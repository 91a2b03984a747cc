"""A toolbar button with a menu of exports for a list screen, and the choice of the public
version (closed records left out, as the audience rule in domain/audience.py decides)."""

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
        menu.addSeparator()
        self.public = menu.addAction(self.tr("Public version"))
        self.public.setCheckable(True)
        self.setMenu(menu)

    @property
    def is_public(self) -> bool:
        return self.public.isChecked()
