"""The outcome of an agenda item: none yet, consensus, no consensus, postponed (to a later
meeting) or dispute. Radio buttons, so arrow keys move between them."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QLabel, QRadioButton, QWidget

from overleg.domain.enums import Outcome
from overleg.ui.common.layout import vbox
from overleg.ui.minutes.labels import outcome_label

CHOICES: list[Outcome | None] = [None, Outcome.CONSENSUS, Outcome.NO_CONSENSUS,
                                 Outcome.POSTPONED, Outcome.DISPUTE]
PER_ROW = 3


class OutcomePicker(QWidget):
    picked = Signal(object)  # the Outcome clicked (None: no outcome yet)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = QButtonGroup(self)
        self.buttons: dict[Outcome | None, QRadioButton] = {}
        for n, outcome in enumerate(CHOICES):
            button = QRadioButton(outcome_label(outcome))
            self.group.addButton(button, n)
            self.buttons[outcome] = button
        self.postponed_to = QLabel()
        self.postponed_to.setWordWrap(True)
        self.group.idClicked.connect(lambda n: self.picked.emit(CHOICES[n]))
        # three a row: five in one row made the minutes scroll sideways at 1200 px
        rows = QGridLayout()
        for n, button in enumerate(self.buttons.values()):
            rows.addWidget(button, n // PER_ROW, n % PER_ROW, Qt.AlignmentFlag.AlignLeft)
        rows.setColumnStretch(PER_ROW, 1)
        self.setLayout(vbox(rows, self.postponed_to, margins=0))

    def show_value(self, outcome: Outcome | None, postponed_label: str = "") -> None:
        self.buttons[outcome].setChecked(True)
        self.postponed_to.setText(postponed_label)
        self.postponed_to.setVisible(bool(postponed_label))

    def set_read_only(self, read_only: bool) -> None:
        for button in self.buttons.values():
            button.setEnabled(not read_only)
