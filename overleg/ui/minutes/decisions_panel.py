"""Decisions taken under the current item: add, edit the wording in place, delete. The
numbers are the ones the service gives (body, date, order on the agenda)."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QTableView, QWidget

from overleg.ui.common.layout import hbox, vbox
from overleg.ui.minutes.decision_model import DecisionModel
from overleg.ui.minutes.minutes_session import MinutesSession
from overleg.ui.minutes.table_fit import compact_table


class DecisionsPanel(QWidget):
    def __init__(self, session: MinutesSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.item_id: int | None = None
        self.heading = QLabel(self.tr("<b>Decisions</b>"))
        self.empty = QLabel(self.tr("No decisions under this item yet."))
        self.empty.setEnabled(False)  # drawn muted
        self.model = DecisionModel(self._write, self)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Decisions on this item"))
        self.table.setModel(self.model)
        self.table.setEditTriggers(QTableView.EditTrigger.DoubleClicked
                                   | QTableView.EditTrigger.EditKeyPressed)
        compact_table(self.table, stretch_column=1, empty=self.empty)
        self.new_text = QLineEdit()
        self.new_text.setAccessibleName(self.tr("Text of a new decision"))
        self.new_text.setPlaceholderText(self.tr("Wording of a new decision, then Enter"))
        self.add_button = QPushButton(self.tr("Add deci&sion"))
        self.delete_button = QPushButton(self.tr("Delete decision"))
        self.add_button.clicked.connect(self.add)
        self.new_text.returnPressed.connect(self.add)
        self.delete_button.clicked.connect(self.delete_current)
        self.setLayout(vbox(self.heading, self.empty, self.table,
                            hbox(self.new_text, self.add_button, self.delete_button),
                            margins=0))

    def load(self, item_id: int) -> None:
        self.item_id = item_id
        mid = self.session.meeting_id
        decisions = self.session.services.minutes.decisions_of(mid) if mid else []
        self.model.load([d for d in decisions if d.item_id == item_id])
        self.delete_button.setEnabled(not self.model.read_only and bool(self.model.rows))

    def set_read_only(self, read_only: bool) -> None:
        self.model.read_only = read_only
        for w in (self.new_text, self.add_button, self.delete_button):
            w.setEnabled(not read_only)
            w.setVisible(not read_only)

    def add(self) -> None:
        text = self.new_text.text().strip()
        if not text or self.item_id is None:
            return
        if self.session.take_decision(self.item_id, text) is not None:
            self.new_text.clear()
            self.load(self.item_id)

    def delete_current(self) -> None:
        row = self.table.currentIndex().row()
        if self.item_id is None or not 0 <= row < len(self.model.rows):
            return
        d = self.model.rows[row]
        if not self.session.prompts.confirm(
                self.tr("Delete decision %1?").replace("%1", d.number)):
            return
        if self.session.delete_decision(self.item_id, d):
            self.load(self.item_id)

    def _write(self, decision_id: int, old: str, new: str) -> bool:
        assert self.item_id is not None
        ok = self.session.edit_decision(self.item_id, decision_id, old, new)
        return ok

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        if event.key() == Qt.Key.Key_Delete and self.table.hasFocus():
            self.delete_current()
            return
        super().keyPressEvent(event)
