"""The criteria checklist of the current item: tick what the item meets, add a remark."""

from PySide6.QtWidgets import QLabel, QTableView, QWidget

from overleg.domain.agenda import AgendaItem
from overleg.ui.common.layout import vbox
from overleg.ui.minutes.checklist_model import ChecklistModel
from overleg.ui.minutes.minutes_session import MinutesSession
from overleg.ui.minutes.table_fit import compact_table


class ChecklistPanel(QWidget):
    def __init__(self, session: MinutesSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.item_id: int | None = None
        self.heading = QLabel(self.tr("<b>Criteria</b> (tick what this item meets; "
                                      "double-click a remark to write one)"))
        self.model = ChecklistModel(self._write, self)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Criteria checklist"))
        self.table.setModel(self.model)
        self.table.setEditTriggers(QTableView.EditTrigger.DoubleClicked
                                   | QTableView.EditTrigger.EditKeyPressed
                                   | QTableView.EditTrigger.AnyKeyPressed)
        compact_table(self.table, stretch_column=0)
        remarks = self.table.horizontalHeader()
        remarks.setSectionResizeMode(1, remarks.ResizeMode.Interactive)
        remarks.resizeSection(1, 240)
        self.setLayout(vbox(self.heading, self.table, margins=0))

    def load(self, item: AgendaItem) -> None:
        self.item_id = item.id
        self.model.load(item.checklist)
        self.setVisible(bool(item.checklist))

    def set_read_only(self, read_only: bool) -> None:
        self.model.read_only = read_only

    def _write(self, criterion_id: int, old: tuple[bool, str], new: tuple[bool, str]) -> bool:
        assert self.item_id is not None
        return self.session.set_check(self.item_id, criterion_id, old, new)
