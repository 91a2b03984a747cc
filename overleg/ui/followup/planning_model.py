"""The road ahead as a tree: each coming meeting with the open follow-ups that come back
there, each milestone with its legal basis and the meetings that serve it."""

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from overleg.domain.dutch_dates import long_date, short_date
from overleg.domain.enums import FollowUpStatus, MeetingStatus, MilestoneKind
from overleg.domain.listings import ActionListing, MeetingListing
from overleg.services.container import Services
from overleg.services.planning_service import PlanningEntry
from overleg.ui.followup.lazy_tree import LazyTreeModel, Node

MEETING_ROLE = Qt.ItemDataRole.UserRole + 1
FOLLOWUP_ROLE = Qt.ItemDataRole.UserRole + 2


class PlanningModel(LazyTreeModel):
    def __init__(self, services: Services, parent=None) -> None:
        super().__init__(parent)
        self._bold = QFont()  # held here: Qt paints from it while the view lives
        self._bold.setBold(True)
        self.services = services
        self.start: date | None = None

    def header_labels(self) -> tuple[str, ...]:
        return (self.tr("Date"), self.tr("Meeting or milestone"), self.tr("Due there"))

    def load(self, start: date, end: date | None, body_id: int | None = None) -> None:
        self.start = start
        entries = [e for e in self.services.planning.ahead(start, end)
                   if body_id is None or e.meeting is None or e.meeting.meeting.body_id == body_id]
        self.set_top([Node(e, expandable=bool(e.open_followups or
                                              (e.milestone and e.milestone.meeting_ids)))
                      for e in entries])

    def load_children(self, node: Node) -> list[Node]:
        e = node.payload
        if not isinstance(e, PlanningEntry):
            return []
        if e.meeting is not None:
            f = self.services.followups
            flt = f.filter(target_meeting_id=e.meeting.meeting.id, status=FollowUpStatus.OPEN,
                           as_of=self.start or e.day)
            return [Node(x) for x in f.page(flt, limit=500)]
        assert e.milestone is not None
        return [Node(self.services.meetings.listing(mid)) for mid in e.milestone.meeting_ids]

    def cell(self, node: Node, column: int, role: int):
        p = node.payload
        if role == MEETING_ROLE:
            if isinstance(p, PlanningEntry):
                return p.meeting.meeting.id if p.meeting else None
            if isinstance(p, ActionListing):
                return p.followup.meeting_id
            return p.meeting.id if isinstance(p, MeetingListing) else None
        if role == FOLLOWUP_ROLE:
            return p.followup.id if isinstance(p, ActionListing) else None
        if role == Qt.ItemDataRole.FontRole and isinstance(p, PlanningEntry) and p.milestone:
            return self._bold
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if isinstance(p, PlanningEntry):
            return self._entry(p, column)
        if isinstance(p, ActionListing):
            agreed = (self.tr("agreed in %1 of %2").replace("%1", p.body_name)
                      .replace("%2", short_date(p.origin_day)) if p.origin_day else "")
            return (p.followup.owner_label, " ".join(p.followup.text.split()), agreed)[column]
        if isinstance(p, MeetingListing):
            return (long_date(p.meeting.day), p.body_name,
                    self.tr("serves this milestone"))[column]
        return None

    def _entry(self, e: PlanningEntry, column: int) -> str:
        if column == 0:
            return long_date(e.day)
        if e.meeting is not None:
            m = e.meeting.meeting
            if column == 1:
                what = e.meeting.body_name + (f" — {m.title}" if m.title else "")
                if m.status is MeetingStatus.CANCELLED:
                    what += " " + self.tr("(cancelled)")
                elif m.status is MeetingStatus.MOVED:
                    what += " " + self.tr("(moved)")
                return what
            if not e.open_followups:
                return self.tr("no open follow-ups")
            if e.open_followups == 1:
                return self.tr("1 open follow-up comes back")
            return self.tr("%1 open follow-ups come back").replace("%1",
                                                                  str(e.open_followups))
        ms = e.milestone
        assert ms is not None
        if column == 1:
            return self.tr("Milestone: %1").replace("%1", ms.title)
        kind = (self.tr("statutory") if ms.kind is MilestoneKind.STATUTORY
                else self.tr("policy"))
        parts = [kind, ms.legal_basis]
        if self.start is not None:
            parts.append(self.tr("%n day(s) ahead", "", ms.days_left(self.start)))
        return " · ".join(p for p in parts if p)
