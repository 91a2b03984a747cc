"""The current agenda item while the meeting runs: what it is about, the notes, the
outcome, the criteria, the decisions and the follow-ups."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QWidget

from overleg.domain.agenda import AgendaItem
from overleg.domain.enums import Outcome
from overleg.domain.records import id_of
from overleg.services.container import Services
from overleg.ui.common.layout import vbox
from overleg.ui.minutes.adoption_box import AdoptionBox
from overleg.ui.minutes.checklist_panel import ChecklistPanel
from overleg.ui.minutes.decisions_panel import DecisionsPanel
from overleg.ui.minutes.followups_panel import FollowUpsPanel
from overleg.ui.minutes.labels import kind_label, meeting_label
from overleg.ui.minutes.minutes_session import MinutesSession
from overleg.ui.minutes.notes_editor import NotesEditor
from overleg.ui.minutes.notes_toolbar import NotesToolbar
from overleg.ui.minutes.outcome_picker import OutcomePicker
from overleg.ui.minutes.positions_panel import PositionsPanel
from overleg.ui.minutes.settle_box import SettleBox


class ItemPage(QWidget):
    adopted = Signal()  # the previous minutes were adopted from this page

    def __init__(self, session: MinutesSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.services: Services = session.services
        self.item: AgendaItem | None = None
        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.meta = QLabel()
        meta_font = self.meta.font()
        meta_font.setItalic(True)
        self.meta.setFont(meta_font)
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.adoption = AdoptionBox(self.services, session.prompts)
        self.adoption.adopted.connect(self.adopted)
        self.settle = SettleBox(self.services, session.prompts)
        self.notes_label = QLabel(self.tr("<b>&Notes</b>"))
        self.notes = NotesEditor(session)
        self.notes.setMinimumHeight(140)
        self.notes_label.setBuddy(self.notes)
        self.notes_tools = NotesToolbar(self.notes)
        self.outcome_label = QLabel(self.tr("<b>Outcome</b>"))
        self.outcome = OutcomePicker()
        self.outcome.picked.connect(self._pick_outcome)
        self.positions = PositionsPanel(session)
        self.checklist = ChecklistPanel(session)
        self.decisions = DecisionsPanel(session)
        self.followups = FollowUpsPanel(session)
        layout = vbox(self.title, self.meta, self.description, self.adoption, self.settle,
                      self.notes_label, self.notes_tools,
                      self.notes, self.outcome_label, self.outcome, self.positions,
                      self.checklist,
                      self.decisions, self.followups)
        layout.addStretch(1)
        self.setLayout(layout)

    def show_item(self, item: AgendaItem, adoption_item: bool) -> None:
        self.item = item
        self.title.setText(f"{item.number}. {item.title}")
        meta = [kind_label(item.kind)]
        if item.presenter:
            meta.append(self.tr("presented by %1").replace("%1", item.presenter))
        if item.confidential:
            meta.append(self.tr("confidential"))
        self.meta.setText(" · ".join(meta))
        self.description.setText(item.description)
        self.description.setVisible(bool(item.description))
        self.adoption.setVisible(adoption_item)
        if adoption_item and self.session.meeting_id is not None:
            self.adoption.load(self.session.meeting_id)
        self.settle.load(item)
        self.notes.show_item(item.id, item.notes)
        self._show_outcome(item)
        self.positions.load(id_of(item))
        self.checklist.load(item)
        self.decisions.load(id_of(item))
        self.followups.load(id_of(item))

    def flush(self) -> None:
        self.notes.flush()

    def set_read_only(self, read_only: bool) -> None:
        self.notes.setReadOnly(read_only)
        self.notes_tools.set_read_only(read_only)
        self.outcome.set_read_only(read_only)
        self.positions.set_read_only(read_only)
        self.checklist.set_read_only(read_only)
        self.decisions.set_read_only(read_only)
        self.followups.set_read_only(read_only)
        self.adoption.set_read_only(read_only)
        self.settle.set_read_only(read_only)

    def _show_outcome(self, item: AgendaItem) -> None:
        label = ""
        if item.outcome is Outcome.POSTPONED:
            if item.postponed_to_meeting_id is not None:
                label = self.tr("Comes back at: %1").replace("%1", meeting_label(
                    self.services.meetings.listing(item.postponed_to_meeting_id)))
            else:
                label = self.tr("Not yet assigned to a later meeting (click 'postponed' "
                                "again to choose one).")
        self.outcome.show_value(item.outcome, label)

    def _pick_outcome(self, outcome: Outcome | None) -> None:
        item = self.item
        if item is None:
            return
        to: int | None = None
        if outcome is Outcome.POSTPONED:
            chosen = self._ask_meeting()
            if chosen is False:  # the secretary cancelled: nothing changes
                self._show_outcome(item)
                return
            to = chosen
        old, new = (item.outcome, item.postponed_to_meeting_id), (outcome, to)
        if old == new:
            return
        if self.session.set_outcome(id_of(item), old, new):
            item.outcome, item.postponed_to_meeting_id = outcome, to
        self._show_outcome(item)

    def _ask_meeting(self) -> int | None | bool:
        """The later meeting the item goes to; None for 'not yet known', False on cancel."""
        if self.session.meeting_id is None:  # no meeting open: nothing to postpone to
            return False
        _earliest, later = self.services.minutes.possible_targets(self.session.meeting_id)
        options = [self.tr("Not yet known")] + [meeting_label(x) for x in later]
        choice = self.session.prompts.choose(
            self.tr("Postponed"), self.tr("To which meeting does this item go?"), options)
        if choice is None:
            return False
        return None if choice == 0 else later[choice - 1].meeting.id
