"""The head of the minute-taking view: which meeting, its status and the next lifecycle
step; once the minutes are adopted, where that happened and the explicit reopen."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QWidget

from overleg.domain.dutch_dates import long_date, time_range
from overleg.domain.enums import MeetingStatus
from overleg.domain.listings import MeetingListing
from overleg.services.container import Services
from overleg.ui.common.command_bus import command
from overleg.ui.common.layout import hbox, vbox
from overleg.ui.minutes.labels import status_label
from overleg.ui.prompts import Prompts

S = MeetingStatus
BANNER_STYLE = ("QLabel { background: #fff4d6; color: #4a3b00; border: 1px solid #e0c26b;"
                " border-radius: 4px; padding: 6px 10px; }")


class MeetingHeader(QWidget):
    status_changed = Signal()

    def __init__(self, services: Services, prompts: Prompts, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.services, self.prompts = services, prompts
        self.meeting_id: int | None = None
        self.identity = True
        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.status = QLabel()
        self.step = QPushButton()
        self.step.clicked.connect(self._next_step)
        self.banner = QLabel()
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.setWordWrap(True)
        self.reopen_button = QPushButton(self.tr("&Reopen…"))
        self.reopen_button.setToolTip(self.tr("Reopen the adopted minutes, with a reason"))
        self.reopen_button.clicked.connect(self.reopen)
        top = hbox(vbox(self.title, self.details, margins=0), self.status, self.step)
        top.setStretch(0, 1)
        adopted_row = hbox(self.banner, self.reopen_button)
        adopted_row.setStretch(0, 1)
        self.setLayout(vbox(top, adopted_row, margins=0))
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    def show_identity(self, shown: bool) -> None:
        """Which meeting, when and its status: left out where the meetings screen shows
        them just above (the minutes tab), kept where the view stands alone."""
        self.identity = shown
        for label in (self.title, self.details, self.status):
            label.setVisible(shown)

    def show_meeting(self, listing: MeetingListing) -> None:
        m = listing.meeting
        self.meeting_id = m.id
        self.title.setText(listing.body_name + (f" — {m.title}" if m.title else ""))
        details = [long_date(m.day), time_range(m.starts_at, m.end)]
        if m.location:
            details.append(m.location)
        self.details.setText(", ".join(details))
        self.status.setText(self.tr("Status: %1").replace("%1", status_label(m.status)))
        step = {S.PLANNED: self.tr("Mar&k as held"), S.AGENDA_SENT: self.tr("Mar&k as held"),
                S.HELD: self.tr("Mar&k minutes as drafted")}.get(m.status)
        self.step.setVisible(step is not None)
        self.step.setText(step or "")
        banner = self._banner(m.status, m.adopted_in_meeting_id)
        self.banner.setText(banner)
        self.banner.setVisible(bool(banner))
        self.reopen_button.setVisible(m.status is S.MINUTES_ADOPTED)
        # Under the meetings screen's header, nothing to show takes no room either.
        self.setVisible(self.identity or step is not None or bool(banner)
                        or m.status is S.MINUTES_ADOPTED)

    def _banner(self, status: MeetingStatus, adopted_in: int | None) -> str:
        if status is S.MINUTES_ADOPTED:
            if adopted_in is None:
                return self.tr("These minutes are adopted and can no longer be changed.")
            where = self.services.meetings.listing(adopted_in)
            return self.tr("Adopted in %1 of %2. These minutes can no longer be changed.") \
                .replace("%1", where.body_name).replace("%2", long_date(where.meeting.day))
        if status is S.CANCELLED:
            return self.tr("This meeting was cancelled.")
        if status is S.MOVED:
            return self.tr("This meeting was moved to another date.")
        return ""

    def _next_step(self) -> None:
        meeting_id = self.meeting_id
        if meeting_id is None:
            return
        status = self.services.meetings.get(meeting_id).status
        to = S.HELD if status in (S.PLANNED, S.AGENDA_SENT) else S.MINUTES_DRAFT
        if command(self, self.prompts, self.tr("Meeting status"),
                   lambda: self.services.meetings.set_status(meeting_id, to)) is not None:
            self.status_changed.emit()

    def reopen(self) -> None:
        meeting_id = self.meeting_id
        if meeting_id is None:
            return
        reason = self.prompts.ask_text(
            self.tr("Reopen minutes"),
            self.tr("Why are these adopted minutes reopened? The reason is recorded."),
            multiline=True)
        if reason is None:
            return
        if command(self, self.prompts, self.tr("Reopen minutes"),
                   lambda: self.services.minutes.reopen(meeting_id, reason)) is not None:
            self.status_changed.emit()
