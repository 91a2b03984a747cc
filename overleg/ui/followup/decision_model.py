"""The decision register as a tree: body, then meeting (newest first), then its
decisions, which are read when a meeting is expanded."""

from itertools import groupby

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from overleg.domain.dutch_dates import long_date
from overleg.domain.enums import DecisionStatus
from overleg.domain.listings import DecisionGroup, DecisionListing
from overleg.services.followup_service import FollowUpService
from overleg.ui.followup.lazy_tree import LazyTreeModel, Node

MEETING_ROLE = Qt.ItemDataRole.UserRole + 1  # the meeting a row belongs to (or None)
DECISION_ROLE = Qt.ItemDataRole.UserRole + 2


class DecisionRegisterModel(LazyTreeModel):
    def __init__(self, followups: FollowUpService, parent=None) -> None:
        super().__init__(parent)
        self._bold = QFont()  # held here: Qt paints from it while the view lives
        self._bold.setBold(True)
        self.service = followups
        self.text = ""

    def header_labels(self) -> tuple[str, ...]:
        return (self.tr("Number"), self.tr("Decision"), self.tr("Agenda item"))

    def load(self, text: str = "") -> None:
        self.text = text.strip()
        groups = self.service.decision_groups(self.text)
        bodies = []
        for (_, name), group in groupby(groups, key=lambda g: (g.body_id, g.body_name)):
            meetings = list(group)
            kids = [Node(g, expandable=True) for g in meetings]
            bodies.append(Node(name, children=kids,
                               extra={"count": sum(g.decisions for g in meetings)}))
        self.set_top(bodies)

    def load_children(self, node: Node) -> list[Node]:
        g = node.payload
        if not isinstance(g, DecisionGroup):
            return []
        return [Node(x) for x in self.service.decision_register(meeting_id=g.meeting_id,
                                                                 text=self.text)]

    def cell(self, node: Node, column: int, role: int):
        p = node.payload
        if role == MEETING_ROLE:
            if isinstance(p, DecisionGroup):
                return p.meeting_id
            return p.decision.meeting_id if isinstance(p, DecisionListing) else None
        if role == DECISION_ROLE:
            return p.decision.id if isinstance(p, DecisionListing) else None
        if role == Qt.ItemDataRole.FontRole and isinstance(p, str):
            return self._bold
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if isinstance(p, str):  # a body
            return (p, self.decisions_label(node.extra["count"]), "")[column]
        if isinstance(p, DecisionGroup):
            return (long_date(p.meeting_starts.date()), self.decisions_label(p.decisions),
                    "")[column]
        if isinstance(p, DecisionListing):
            d = p.decision
            text = " ".join(d.text.split())
            if d.status is DecisionStatus.REVOKED:
                text = self.tr("(revoked) %1").replace("%1", text)
            return (d.number, d.text if role == Qt.ItemDataRole.ToolTipRole else text,
                    p.item_title)[column]
        return None

    def decisions_label(self, n: int) -> str:
        return self.tr("%n decision(s)", "", n)

    def locate(self, decision_id: int, meeting_id: int) -> Node | None:
        """The node of a decision, loading its meeting; None when it is filtered out."""
        for body in self.root.children or []:
            for meeting in body.children or []:
                group = meeting.payload
                if not isinstance(group, DecisionGroup) or group.meeting_id != meeting_id:
                    continue
                self.fetchMore(self.index_of(meeting))
                return next((n for n in meeting.children or []
                             if isinstance(n.payload, DecisionListing)
                             and n.payload.decision.id == decision_id), None)
        return None
