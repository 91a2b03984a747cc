"""'Terugkomende punten': what the app proposes for a meeting still ahead. Open follow-ups
and postponed items that come back here, and milestones that fall due before the body
meets again. The editor adds what the user accepts (so it can be undone)."""

from dataclasses import dataclass
from datetime import timedelta

from PySide6.QtCore import QItemSelectionModel, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QListView,
    QPushButton,
    QWidget,
)

from overleg.domain.dutch_dates import medium_date
from overleg.domain.enums import MeetingStatus
from overleg.domain.followups import Proposal
from overleg.domain.milestones import Milestone
from overleg.services.container import Services
from overleg.ui.agenda.suggestion_model import PAGE, SuggestionModel
from overleg.ui.common.layout import hbox, vbox

# Without a next meeting of the body, milestones this far ahead are offered.
HORIZON = timedelta(days=90)


@dataclass(frozen=True)
class Suggestion:
    """An item the agenda editor proposes: one coming back (a follow-up, a postponed item) or
    a deadline."""
    label: str
    proposal: Proposal | None = None
    milestone: Milestone | None = None

    @property
    def tip(self) -> str:
        if self.proposal is not None:
            return self.proposal.description
        return self.milestone.legal_basis if self.milestone is not None else ""


def milestone_suggestions(services: Services, meeting_id: int) -> list[Milestone]:
    """Milestones linked to this meeting, or due from its day until the body's next meeting
    (a procedure's step only in the body that handles it), that are not on its agenda yet
    (matched by title)."""
    meeting = services.meetings.get(meeting_id)
    later = [x for x in services.meetings.listings(
        body_id=meeting.body_id, start=meeting.day + timedelta(days=1),
        statuses=[MeetingStatus.PLANNED, MeetingStatus.AGENDA_SENT], limit=1)]
    until = later[0].meeting.day if later else meeting.day + HORIZON
    on_agenda = services.agenda.titles(meeting_id)
    return [m for m in services.planning.milestones_between(start=meeting.day)
            if (meeting_id in m.meeting_ids
                or (m.due <= until and m.body_id in (None, meeting.body_id)))
            and m.title not in on_agenda]


class ProposalsPanel(QGroupBox):
    accept_requested = Signal(list)  # [Suggestion]

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Returning points"))
        self.services = services
        self.meeting_id: int | None = None
        self._proposal_total = 0
        self._milestones: list[Suggestion] = []
        # A model and a view, no widget item per row: thousands of points open fast.
        self.model = SuggestionModel(self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setUniformItemSizes(True)
        self.list.setAccessibleName(self.tr("Returning points"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setAlternatingRowColors(True)
        self.add_one = QPushButton(self.tr("Add &selected"))
        self.add_all = QPushButton(self.tr("Add a&ll"))
        self.add_one.clicked.connect(self._accept_selected)
        self.add_all.clicked.connect(self._accept_all)
        self.list.doubleClicked.connect(self._accept_selected)
        self.list.selectionModel().selectionChanged.connect(self._update_buttons)
        self.buttons = QWidget()
        row = hbox(self.add_one, self.add_all)
        row.addStretch(1)
        self.buttons.setLayout(row)
        self.setLayout(vbox(self.list, self.buttons, margins=6))

    @property
    def suggestions(self) -> list[Suggestion]:
        """The suggestions read so far (all, once scrolled to the end)."""
        return self.model.rows

    def set_meeting(self, meeting_id: int | None) -> None:
        """Shows how many points come back and the first page of them; the others are
        read as the list scrolls (a meeting of a large archive can have thousands)."""
        self.meeting_id = meeting_id
        first: list[Suggestion] = []
        self._milestones = []
        self._proposal_total = 0
        if meeting_id is not None:
            page = self.services.agenda.proposal_page(meeting_id, 0, PAGE)
            self._proposal_total = page.total
            for m in milestone_suggestions(self.services, meeting_id):
                label = self.tr("Milestone %1: %2").replace("%1", medium_date(m.due)) \
                    .replace("%2", m.title)
                self._milestones.append(Suggestion(label, milestone=m))
            first = self._suggest(page.proposals)
            if page.total <= PAGE:
                first += self._milestones
        total = self._proposal_total + len(self._milestones)
        self.model.load(first, total, self._fetch)
        # Only as tall as its rows (at most six), so the agenda keeps the room.
        rows = min(max(total, 1), 6)
        self.list.setFixedHeight(rows * self.list.sizeHintForRow(0) + 2 * self.list.frameWidth()
                                 if total else 0)
        self.list.setVisible(bool(total))
        self.buttons.setVisible(bool(total))
        self.setTitle(self.tr("Returning points (%1)").replace("%1", str(total))
                      if total else
                      self.tr("Returning points: nothing comes back at this meeting."))
        self._update_buttons()

    def _suggest(self, proposals: list[Proposal]) -> list[Suggestion]:
        # translated once per page, not per point
        postponed, follow_up = self.tr("postponed item"), self.tr("follow-up")
        return [Suggestion(f"{p.title} — {postponed if p.item_id else follow_up}", proposal=p)
                for p in proposals]

    def _fetch(self, offset: int, limit: int | None) -> list[Suggestion]:
        """Rows from `offset`: the proposals (read from the service), then the milestones."""
        found: list[Suggestion] = []
        proposals = self._proposal_total
        if offset < proposals and self.meeting_id is not None:
            want = proposals - offset if limit is None else min(limit, proposals - offset)
            found = self._suggest(self.services.agenda.proposal_page(
                self.meeting_id, offset, want).proposals)
            if len(found) < want:
                return found  # fewer than counted (changed meanwhile): stop here
            offset += len(found)
            limit = None if limit is None else limit - len(found)
        start = offset - proposals
        return found + self._milestones[start:None if limit is None else start + limit]

    def _accept_all(self) -> None:
        self.accept_requested.emit(self.model.fetch_all())

    def select_rows(self, *rows: int) -> None:
        self.list.clearSelection()
        selection = self.list.selectionModel()
        for r in rows:
            while r >= self.model.rowCount() and self.model.canFetchMore():
                self.model.fetchMore()
            selection.select(self.model.index(r),
                             QItemSelectionModel.SelectionFlag.Select)

    def _accept_selected(self, *_args) -> None:
        rows = sorted(i.row() for i in self.list.selectionModel().selectedRows())
        chosen = [self.suggestions[r] for r in rows if r < len(self.suggestions)]
        if chosen:
            self.accept_requested.emit(chosen)

    def _update_buttons(self) -> None:
        self.add_all.setEnabled(bool(self.suggestions))
        chosen = self.list.selectionModel().hasSelection()
        self.add_one.setEnabled(bool(self.suggestions and chosen))


def milestone_item_text(m: Milestone) -> tuple[str, str]:
    """Title and description of the agenda item a milestone suggestion becomes."""
    basis = f" ({m.legal_basis})" if m.legal_basis else ""
    description = f"Mijlpaal: uiterlijk {medium_date(m.due)}{basis}."
    if m.description:
        description += "\n\n" + m.description
    return m.title, description
