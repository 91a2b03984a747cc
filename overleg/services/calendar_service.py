"""Calendar files (.ics) of meetings: one meeting, or a body's whole year."""

from pathlib import Path

from overleg.domain.audience import Audience, for_audience
from overleg.domain.enums import FollowUpStatus, MeetingStatus, MemberRole
from overleg.domain.errors import ValidationError
from overleg.domain.listings import ActionFilter
from overleg.domain.meetings import Meeting
from overleg.domain.records import id_of
from overleg.exports.calendar.ics import (
    Contact,
    DeadlineStyle,
    MeetingEntry,
    day_span,
    meeting_calendar,
    year_calendar,
)
from overleg.services.confidentiality import Confidentiality
from overleg.services.context import Context
from overleg.services.file_output import write_file
from overleg.services.meeting_service import MeetingService
from overleg.storage.agenda_repo import AgendaRepo
from overleg.storage.body_repo import BodyRepo
from overleg.storage.followup_repo import FollowUpRepo
from overleg.storage.meeting_repo import MeetingRepo
from overleg.storage.people_repo import PeopleRepo


class CalendarService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.meetings = MeetingRepo(ctx.db)
        self.bodies = BodyRepo(ctx.db)
        self.items = AgendaRepo(ctx.db)
        self.followups = FollowUpRepo(ctx.db)
        self.closed = Confidentiality(ctx.db)
        self.people = PeopleRepo(ctx.db)

    def meeting_ics(self, meeting_id: int, deadlines: DeadlineStyle | None = None) -> bytes:
        """The calendar file of one meeting (the entry to add, move or cancel); with
        `deadlines`, also the due days of the follow-ups agreed in it."""
        due = []
        if deadlines is not None:
            body_name = self.bodies.get(self.meetings.get(meeting_id).body_id).name
            dated = [f for f in self.followups.for_origin(meeting_id)
                     if f.target.due is not None and f.status is FollowUpStatus.OPEN]
            closed = self.closed.closed_followups(dated)
            due = [(f, body_name) for f in for_audience(
                dated, Audience.PUBLIC, lambda f: f.id in closed).shown]
        return meeting_calendar(self.entry(meeting_id), self.ctx.now(), due, deadlines)

    def year_ics(self, body_id: int, year: int,
                 deadlines: DeadlineStyle | None = None) -> bytes:
        """All meetings of a body in a year; with `deadlines`, also the due days of the
        open follow-ups agreed in that body (whatever their year: an open one still
        needs doing), as to-dos or all-day entries."""
        body = self.bodies.get(body_id)
        start, end = day_span(year)
        entries = [self.entry(id_of(x.meeting), invite=False)
                   for x in self.meetings.listings(body_id=body_id, start=start, end=end)
                   if x.meeting.status is not MeetingStatus.MOVED]
        if not entries and deadlines is None:
            raise ValidationError(f"{body.name} heeft in {year} geen vergaderingen; er is "
                                  "geen agendabestand geschreven.")
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

    def export_meeting(self, meeting_id: int, out: Path,
                       deadlines: DeadlineStyle | None = None) -> Path:
        return write_file(out, self.meeting_ics(meeting_id, deadlines))

    def export_year(self, body_id: int, year: int, out: Path,
                    deadlines: DeadlineStyle | None = None) -> Path:
        return write_file(out, self.year_ics(body_id, year, deadlines))

    def entry(self, meeting_id: int, *, invite: bool = True) -> MeetingEntry:
        """`invite=False`: without the organiser and the invitees, which a published
        year calendar does not name (looking them up per meeting cost a quarter of the
        year calendar's time)."""
        m = self.meetings.get(meeting_id)
        if m.status is MeetingStatus.MOVED and m.moved_to_id is not None:
            raise ValidationError("Deze vergadering is verplaatst; exporteer de nieuwe "
                                  "datum.")
        chain = self._chain(m)
        body = self.bodies.get(m.body_id)
        moves = len(chain) - 1
        sequence = moves + (1 if m.status is MeetingStatus.CANCELLED else 0)
        agenda = self.agenda_lines(meeting_id, Audience.PUBLIC)  # goes to everybody
        organizer = self.organizer(m.body_id) if invite else None
        return MeetingEntry(
            meeting=m, body_name=body.name, chain_uuid=chain[0].uuid, sequence=sequence,
            agenda=agenda, organizer=organizer,
            attendees=self.attendees(meeting_id, organizer),
            cancel_reason=(MeetingService(self.ctx).cancel_reason(meeting_id)
                           if m.status is MeetingStatus.CANCELLED else ""))

    def organizer(self, body_id: int) -> Contact | None:
        """The secretary of the settings; else the body's secretary with an address."""
        sender = self.ctx.sender
        if sender.email:
            return Contact(sender.name, sender.email)
        return next((Contact(p.name, p.email) for role, p in self.bodies.members(body_id)
                     if role is MemberRole.SECRETARY and p.email), None)

    def attendees(self, meeting_id: int, organizer: Contact | None) -> list[Contact]:
        """Everyone on the attendance list with an address, but the organiser."""
        if organizer is None:
            return []
        people = {p.id: p for p in self.people.people()}
        found = [people[a.person_id] for a in self.meetings.attendance(meeting_id)
                 if a.person_id in people]
        return [Contact(p.name, p.email) for p in found
                if p.email and p.email.lower() != organizer.email.lower()]

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
