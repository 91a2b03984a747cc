"""Planning meetings: create, move, cancel, move through the lifecycle, attendance."""

from collections.abc import Sequence
from datetime import date, datetime

from overleg.domain.audit_values import target_text
from overleg.domain.enums import AttendanceStatus, MeetingStatus, OogoSubject
from overleg.domain.errors import TransitionError
from overleg.domain.listings import MeetingListing
from overleg.domain.meetings import Attendance, Meeting
from overleg.domain.records import id_of
from overleg.domain.vocabulary import nl
from overleg.services.context import Context
from overleg.services.numbering import renumber_decisions
from overleg.storage.audit_repo import AuditRepo
from overleg.storage.body_repo import BodyRepo
from overleg.storage.followup_repo import FollowUpRepo
from overleg.storage.meeting_repo import MeetingRepo
from overleg.storage.people_repo import PeopleRepo

S = MeetingStatus


class MeetingService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.meetings = MeetingRepo(ctx.db)
        self.bodies = BodyRepo(ctx.db)
        self.people = PeopleRepo(ctx.db)

    def plan(self, body_id: int, starts_at: datetime, ends_at: datetime | None = None, *,
             location: str = "", subject: OogoSubject | None = None, title: str = "",
             invite_members: bool = True, invitee_ids: Sequence[int] | None = None
             ) -> Meeting:
        """A new meeting; its invitees default to the body's members (`invitee_ids` names
        them instead: the members minus who was left out, plus others)."""
        meeting = Meeting(body_id=body_id, starts_at=starts_at, ends_at=ends_at,
                          location=location, subject=subject, title=title)
        with self.ctx.db.atomic():
            self.bodies.get(body_id)
            self.meetings.add(meeting)
            if invitee_ids is not None:
                for person_id in dict.fromkeys(invitee_ids):
                    self.people.person(person_id)  # one sentence when someone vanished
                    self.meetings.set_attendance(Attendance(id_of(meeting), person_id))
            elif invite_members:
                for _role, person in self.bodies.members(body_id):
                    self.meetings.set_attendance(Attendance(id_of(meeting), id_of(person)))
        return meeting

    def get(self, meeting_id: int) -> Meeting:
        return self.meetings.get(meeting_id)

    def listing(self, meeting_id: int) -> MeetingListing:
        return self.meetings.listing(meeting_id)

    def listings(self, **filters) -> list[MeetingListing]:
        return self.meetings.listings(**filters)

    def ordered_ids(self, **filters) -> list[int]:
        """The ids listings(**filters) would give, in order (body_id, start, end,
        descending), for a list that reads only the rows in view."""
        return self.meetings.ordered_ids(**filters)

    def listings_of(self, ids: list[int]) -> list[MeetingListing]:
        return self.meetings.listings_of(ids)

    def upcoming(self, after: date | None = None, limit: int | None = None
                 ) -> list[MeetingListing]:
        """Meetings that lie ahead and can still take agenda items (targets of follow-ups)."""
        return self.meetings.listings(start=after or self.ctx.today(),
                                  statuses=[S.PLANNED, S.AGENDA_SENT], limit=limit)

    def update_details(self, meeting_id: int, *, starts_at: datetime | None = None,
                       ends_at: datetime | None = None, location: str | None = None,
                       title: str | None = None) -> Meeting:
        with self.ctx.db.atomic():
            m = self.meetings.get(meeting_id)
            m.ensure_editable()
            m = Meeting(**{**m.__dict__,
                           "starts_at": starts_at or m.starts_at,
                           "ends_at": ends_at or m.ends_at,
                           "location": m.location if location is None else location,
                           "title": m.title if title is None else title})
            self.meetings.update(m)
        return m

    def set_status(self, meeting_id: int, status: MeetingStatus) -> Meeting:
        """Lifecycle steps other than adoption (which belongs to MinutesService)."""
        if status in (S.MINUTES_ADOPTED, S.MOVED):
            raise TransitionError("Gebruik 'verslag vaststellen' of 'verplaatsen' hiervoor.")
        with self.ctx.db.atomic():
            m = self.meetings.get(meeting_id)
            if m.status is S.MINUTES_ADOPTED:
                raise TransitionError("Een vastgesteld verslag wordt alleen met een reden "
                                      "heropend.")
            if status is S.MINUTES_DRAFT and m.status in (S.PLANNED, S.AGENDA_SENT):
                m.advance(S.HELD)
            m.advance(status)
            self.meetings.update(m)
        return m

    def cancel(self, meeting_id: int, reason: str = "") -> Meeting:
        with self.ctx.db.atomic():
            m = self.meetings.get(meeting_id)
            m.advance(S.CANCELLED)
            self.meetings.update(m)
            self.ctx.audit("meetings", m.uuid, "cancelled", reason=reason)
        return m

    def cancel_reason(self, meeting_id: int) -> str:
        """Why the meeting was cancelled, as given then ('' when none was given)."""
        m = self.meetings.get(meeting_id)
        reasons = [e.reason for e in AuditRepo(self.ctx.db).for_record(m.uuid)
                   if e.action == "cancelled"]
        return reasons[-1] if reasons else ""

    def move(self, meeting_id: int, starts_at: datetime, ends_at: datetime | None = None
             ) -> Meeting:
        """Move to another date: the old meeting stays as history ('verplaatst'); a new one
        takes over its agenda, invitees and everything that targeted it."""
        with self.ctx.db.atomic():
            old = self.meetings.get(meeting_id)
            old.advance(S.MOVED)
            new = Meeting(body_id=old.body_id, starts_at=starts_at,
                          ends_at=ends_at or starts_at + old.duration, location=old.location,
                          subject=old.subject, title=old.title, moved_from_id=old.id)
            self.meetings.add(new)
            old.moved_to_id = new.id
            self.meetings.update(old)
            followups = FollowUpRepo(self.ctx.db)
            targeting = followups.targeting(id_of(old))
            self.meetings.hand_over(id_of(old), id_of(new))
            for f in targeting:  # their target changes with the meeting: recorded
                self.ctx.audit("followups", f.uuid, "retargeted", field="target",
                               old=target_text(f.target),
                               new=target_text(followups.get(id_of(f)).target),
                               reason="vergadering verplaatst")
            renumber_decisions(self.ctx.db, id_of(new))
            self.ctx.audit("meetings", old.uuid, "moved", old=old.starts_at.isoformat(),
                           new=starts_at.isoformat())
        return new

    # -- attendance ---------------------------------------------------------------------

    def attendance(self, meeting_id: int) -> list[Attendance]:
        return self.meetings.attendance(meeting_id)

    def set_attendance(self, meeting_id: int, person_id: int, status: AttendanceStatus,
                       note: str = "") -> None:
        with self.ctx.db.atomic():
            m = self.meetings.get(meeting_id)
            m.ensure_editable()
            before = self._attendance_of(meeting_id, person_id)
            self.meetings.set_attendance(Attendance(meeting_id, person_id, status, note))
            self._audit_attendance(m, person_id, before,
                                   self._attendance_of(meeting_id, person_id))

    def remove_attendance(self, meeting_id: int, person_id: int) -> None:
        with self.ctx.db.atomic():
            m = self.meetings.get(meeting_id)
            m.ensure_editable()
            before = self._attendance_of(meeting_id, person_id)
            self.meetings.remove_attendance(meeting_id, person_id)
            self._audit_attendance(m, person_id, before, None)

    def _attendance_of(self, meeting_id: int, person_id: int) -> Attendance | None:
        return next((a for a in self.meetings.attendance(meeting_id)
                     if a.person_id == person_id), None)

    def _audit_attendance(self, m: Meeting, person_id: int, before: Attendance | None,
                          after: Attendance | None) -> None:
        """Attendance is part of the minutes: once they were adopted (and reopened to
        correct them), every change is recorded, by name and as the minutes word it."""
        audit = AuditRepo(self.ctx.db)
        if not any(e.action == "minutes_reopened" for e in audit.for_record(m.uuid)):
            return
        name = PeopleRepo(self.ctx.db).person(person_id).name

        def word(a: Attendance | None) -> str | None:
            if a is None:
                return None
            return f"{name}: {nl(a.status)}" + (f" ({a.note})" if a.note else "")
        if word(before) != word(after):
            self.ctx.audit("meetings", m.uuid, "edited", field="attendance",
                           old=word(before), new=word(after))
