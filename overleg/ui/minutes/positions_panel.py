"""The positions of the parties on the current talking point of an OOGO: agree /
reservations / disagree with a free text and the version of the document discussed.
Each change is a step of the window's history (MinutesSession)."""

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QTableView, QWidget

from overleg.domain.enums import BodyKind
from overleg.domain.positions import Stance
from overleg.domain.records import id_of
from overleg.services.position_service import PositionListing
from overleg.ui.common.layout import hbox, vbox
from overleg.ui.common.row_table_model import RowTableModel
from overleg.ui.minutes.minutes_session import MinutesSession
from overleg.ui.minutes.table_fit import compact_table


def stance_label(stance: Stance) -> str:
    return {Stance.AGREE: QCoreApplication.translate("Positions", "agree"),
            Stance.RESERVATIONS: QCoreApplication.translate("Positions",
                                                            "agree with reservations"),
            Stance.DISAGREE: QCoreApplication.translate("Positions", "disagree")}[stance]


class PositionModel(RowTableModel):
    rows: list[PositionListing]

    def headers(self) -> list[str]:
        return [self.tr("Party"), self.tr("Position"), self.tr("Version discussed"),
                self.tr("Contribution")]

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        x = self.row_at(index)
        if x is None or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        p = x.position
        return (x.party, stance_label(p.stance), p.document_version, p.text)[index.column()]


class PositionsPanel(QWidget):
    def __init__(self, session: MinutesSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.item_id: int | None = None
        self.heading = QLabel(self.tr("<b>Positions of the parties</b>"))
        self.empty = QLabel(self.tr("No positions recorded for this item."))
        self.empty.setEnabled(False)
        self.model = PositionModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Positions of the parties"))
        compact_table(self.table, stretch_column=3, empty=self.empty)
        self.add_button = QPushButton(self.tr("Record position…"))
        self.remove_button = QPushButton(self.tr("Remove position"))
        self.add_button.clicked.connect(self.record)
        self.remove_button.clicked.connect(self.remove_current)
        self.setLayout(vbox(self.heading, self.empty, self.table,
                            hbox(self.add_button, self.remove_button), margins=0))

    def load(self, item_id: int) -> None:
        self.item_id = item_id
        self.model.load(self.session.services.positions.of_items([item_id]))
        self.setVisible(bool(self.model.rows) or self._oogo_meeting())
        self.remove_button.setEnabled(self.add_button.isEnabled() and bool(self.model.rows))

    def _oogo_meeting(self) -> bool:
        """Positions are asked for in an OOGO (a meeting of an OOGO body, or one with an
        OOGO subject); elsewhere the panel stays out of the way until one is recorded."""
        s, mid = self.session.services, self.session.meeting_id
        if mid is None:
            return False
        m = s.meetings.get(mid)
        return m.subject is not None or s.bodies.get(m.body_id).kind is BodyKind.OOGO

    def set_read_only(self, read_only: bool) -> None:
        for w in (self.add_button, self.remove_button):
            w.setEnabled(not read_only)
            w.setVisible(not read_only)

    def record(self) -> None:
        """Ask the party, the position, the contribution and the version discussed; a
        party that already has a position gets it replaced."""
        if self.item_id is None:
            return
        prompts, s = self.session.prompts, self.session.services
        orgs = s.bodies.organisations()
        if not orgs:
            prompts.error(self.tr("Add the parties as organisations first (Bodies)."))
            return
        n = prompts.choose(self.tr("Position"), self.tr("Party"), [o.name for o in orgs])
        if n is None:
            return
        stances = list(Stance)
        k = prompts.choose(self.tr("Position"), self.tr("Position"),
                           [stance_label(x) for x in stances])
        if k is None:
            return
        org_id = id_of(orgs[n])
        earlier = {x.position.organisation_id: x.position for x in self.model.rows}
        old = earlier.get(org_id)
        text = prompts.ask_text(self.tr("Position"), self.tr("Contribution"),
                                old.text if old else "", multiline=True)
        if text is None:
            return
        versions = [x.position.document_version for x in self.model.rows
                    if x.position.document_version]
        version = prompts.ask_text(self.tr("Position"), self.tr("Version of the document "
                                   "discussed"), versions[0] if versions else "")
        if version is None:
            return
        if self.session.set_position(self.item_id, org_id, stances[k],
                                     text, version):
            self.load(self.item_id)

    def remove_current(self) -> None:
        x = self.model.row_at(self.table.currentIndex())
        if self.item_id is None or x is None:
            return
        if not self.session.prompts.confirm(
                self.tr("Remove the position of %1?").replace("%1", x.party)):
            return
        if self.session.remove_position(self.item_id, x.position.organisation_id):
            self.load(self.item_id)
