"""Calendar files (.ics) of meetings: one meeting, or a body's whole year."""

from pathlib import Path

from overleg.domain.audience import Audience, for_audience
from overleg.domain.enums import FollowUpStatus, MeetingStatus
from overleg.domain.errors import ValidationError
from overleg.domain.listings import ActionFilter
from overleg.domain.meetings import Meeting
from overleg.domain.records import id_of
from overleg.exports.calendar.ics import (
    DeadlineStyle,
    MeetingEntry,
    day_span,
    meeting_calendar,
    year_calendar,
)
from overleg.services.confidentiality import Confidentiality
from overleg.services.context import Context
from overleg.services.file_output import write_file
from overleg.storage.agenda_repo import AgendaRepo
from overleg.storage.body_repo import BodyRepo
from overleg.storage.followup_repo import FollowUpRepo
from overleg.storage.meeting_repo import MeetingRepo


class CalendarService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.meetings = MeetingRepo(ctx.db)
        self.bodies = BodyRepo(ctx.db)
        self.items = AgendaRepo(ctx.db)
        self.followups = FollowUpRepo(ctx.db)
        self.closed = Confidentiality(ctx.db)

    def meeting_ics(self, meeting_id: int) -> bytes:
        """The calendar file of one meeting (the entry to add, move or cancel)."""
        return meeting_calendar(self.entry(meeting_id), self.ctx.now())

    def year_ics(self, body_id: int, year: int,
                 deadlines: DeadlineStyle | None = None) -> bytes:
        """All meetings of a body in a year; with `deadlines`, also the due days of the
        open follow-ups agreed in that body (whatever their year: an open one still
        needs doing), as to-dos or all-day entries."""
        body = self.bodies.get(body_id)
        start, end = day_span(year)
        entries = [self.entry(id_of(x.meeting))
                   for x in self.meetings.listings(body_id=body_id, start=start, end=end)
                   if x.meeting.status is not MeetingStatus.MOVED]
        due = []
        if deadlines is not None:
            flt = ActionFilter(status=FollowUpStatus.OPEN, body_id=body_id,
                               as_of=self.ctx.today())
            dated = [x for x in self.followups.page(flt, limit=-1)
                     if x.followup.target.due is not None]
            closed = self.closed.closed_followups(x.followup for x in dated)
            # a calendar goes to everybody: closed follow-ups stay out
            due = [(x.followup, x.body_name) for x in for_audience(
                dated, Audience.PUBLIC, lambda x: x.followup.id in closed).shown]
        return year_calendar(body.name, year, entries, self.ctx.now(), due, deadlines)

    def export_meeting(self, meeting_id: int, out: Path) -> Path:
        return write_file(out, self.meeting_ics(meeting_id))

    def export_year(self, body_id: int, year: int, out: Path,
                    deadlines: DeadlineStyle | None = None) -> Path:
        return write_file(out, self.year_ics(body_id, year, deadlines))

    def entry(self, meeting_id: int) -> MeetingEntry:
        m = self.meetings.get(meeting_id)
        if m.status is MeetingStatus.MOVED and m.moved_to_id is not None:
            raise ValidationError("Deze vergadering is verplaatst; exporteer de nieuwe "
                                  "datum.")
        chain = self._chain(m)
        body = self.bodies.get(m.body_id)
        moves = len(chain) - 1
        sequence = moves + (1 if m.status is MeetingStatus.CANCELLED else 0)
        agenda = self.agenda_lines(meeting_id, Audience.PUBLIC)  # goes to everybody
        return MeetingEntry(meeting=m, body_name=body.name, chain_uuid=chain[0].uuid,
                            sequence=sequence, agenda=agenda)

    def agenda_lines(self, meeting_id: int, audience: Audience) -> list[str]:
        """'3. Title' per item the audience may see, and the line saying what is left out."""
        selection = for_audience(self.items.items(meeting_id, with_checklists=False),
                                 audience, lambda i: i.confidential)
        lines = [f"{item.number}. {item.title}" for item in selection.shown]
        return lines + ([selection.note] if selection.left_out else [])

    def _chain(self, m: Meeting) -> list[Meeting]:
        """The meeting and the records it was moved from, oldest first."""
        chain = [m]
        seen = {m.id}
        while chain[0].moved_from_id is not None and chain[0].moved_from_id not in seen:
            earlier = self.meetings.get(chain[0].moved_from_id)
            seen.add(earlier.id)
            chain.insert(0, earlier)
        return chain
