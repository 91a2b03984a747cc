"""A combo box whose first entry means 'any', filled only when a user opens it: a list
of two thousand meetings costs nothing until someone looks at it."""

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QWidget

Choices = Callable[[], list[tuple[str, object]]]


class ChoiceBox(QComboBox):
    def __init__(self, any_label: str, choices: Choices, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self._choices = choices
        self._filled = False
        self.addItem(any_label, None)
        self.setMinimumContentsLength(14)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

    def fill(self) -> None:
        if not self._filled:
            self._filled = True
            for label, value in self._choices():
                self.addItem(label, value)

    def forget(self) -> None:
        """Read the choices again when next opened (new meetings, people), unless one is
        chosen now."""
        if self._filled and self.currentIndex() == 0:
            self.blockSignals(True)
            while self.count() > 1:
                self.removeItem(self.count() - 1)
            self.blockSignals(False)
            self._filled = False

    def value(self) -> object:
        return self.currentData()

    def select(self, value: object) -> bool:
        """Choose the entry with this value (None: 'any'); False when there is none."""
        if value is not None:
            self.fill()
        index = self.findData(value) if value is not None else 0
        if index >= 0:
            self.setCurrentIndex(index)
        return index >= 0

    def showPopup(self) -> None:  # noqa: N802 (Qt naming)
        self.fill()
        super().showPopup()

    def focusInEvent(self, event) -> None:  # noqa: N802 (keyboard users skip the popup)
        self.fill()
        super().focusInEvent(event)
