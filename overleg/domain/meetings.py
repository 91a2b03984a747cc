"""Meetings of a body, their lifecycle and the attendance list."""

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from overleg.domain.enums import AttendanceStatus, MeetingStatus, OogoSubject
from overleg.domain.errors import ReadOnlyError, TransitionError, ValidationError
from overleg.domain.fields import enum_value, optional_enum
from overleg.domain.records import new_uuid
from overleg.domain.text import clean_line

S = MeetingStatus

# The forward path of a meeting; cancel and move are allowed until it is held.
_NEXT: dict[MeetingStatus, frozenset[MeetingStatus]] = {
    S.PLANNED: frozenset({S.AGENDA_SENT, S.HELD, S.CANCELLED, S.MOVED}),
    S.AGENDA_SENT: frozenset({S.HELD, S.CANCELLED, S.MOVED, S.PLANNED}),
    S.HELD: frozenset({S.MINUTES_DRAFT}),
    S.MINUTES_DRAFT: frozenset({S.MINUTES_ADOPTED}),
    S.MINUTES_ADOPTED: frozenset({S.MINUTES_DRAFT}),  # only through an explicit reopen
    S.CANCELLED: frozenset(),
    S.MOVED: frozenset(),
}

DEFAULT_DURATION = timedelta(hours=2)


@dataclass
class Meeting:
    """One meeting of a body: when and where, its status and the subject of an OOGO."""
    body_id: int
    starts_at: datetime
    ends_at: datetime | None = None
    location: str = ""
    subject: OogoSubject | None = None  # only for OOGO bodies
    status: MeetingStatus = MeetingStatus.PLANNED
    title: str = ""  # optional, e.g. "Extra vergadering"
    moved_to_id: int | None = None
    moved_from_id: int | None = None
    adopted_in_meeting_id: int | None = None
    adopted_on: date | None = None
    id: int | None = None
    uuid: str = field(default_factory=new_uuid)

    def __post_init__(self) -> None:
        if self.ends_at is None:
            self.ends_at = self.starts_at + DEFAULT_DURATION
        check_times(self.starts_at, self.ends_at)
        self.location = clean_line(self.location, field="locatie")
        self.title = clean_line(self.title, field="titel")
        self.status = enum_value(MeetingStatus, self.status, field="status")
        self.subject = optional_enum(OogoSubject, self.subject, field="onderwerp")

    @property
    def day(self) -> date:
        return self.starts_at.date()

    @property
    def duration(self) -> timedelta:
        return self.end - self.starts_at

    @property
    def end(self) -> datetime:
        """ends_at, which __post_init__ always fills (None is only accepted as input)."""
        assert self.ends_at is not None
        return self.ends_at

    @property
    def minutes_adopted(self) -> bool:
        return self.status is MeetingStatus.MINUTES_ADOPTED

    @property
    def is_open_for_agenda(self) -> bool:
        """Whether the meeting still lies ahead: the agenda can be built, items proposed."""
        return self.status in (S.PLANNED, S.AGENDA_SENT)

    def ensure_editable(self) -> None:
        if self.minutes_adopted:
            raise ReadOnlyError(
                "Het verslag van deze vergadering is vastgesteld; heropen het eerst "
                "(met een reden) om het te wijzigen."
            )
        if self.status in (S.CANCELLED, S.MOVED):
            raise ReadOnlyError("Deze vergadering is geannuleerd of verplaatst en kan niet "
                                "meer worden gewijzigd.")

    def advance(self, to: MeetingStatus) -> None:
        to = MeetingStatus(to)
        if to not in _NEXT[self.status]:
            raise TransitionError(
                f"Een vergadering met status '{self.status}' kan niet naar '{to}'."
            )
        self.status = to


def check_times(starts_at: datetime, ends_at: datetime) -> None:
    if ends_at <= starts_at:
        raise ValidationError("Een vergadering kan niet eindigen voordat zij begint.")
    if ends_at - starts_at > timedelta(hours=24):
        raise ValidationError("Een vergadering duurt niet langer dan 24 uur.")


def can_transition(frm: MeetingStatus, to: MeetingStatus) -> bool:
    return MeetingStatus(to) in _NEXT[MeetingStatus(frm)]


@dataclass
class Attendance:
    """Whether a person was invited to, attended or was excused from a meeting."""
    meeting_id: int
    person_id: int
    status: AttendanceStatus = AttendanceStatus.INVITED
    note: str = ""
    id: int | None = None

    def __post_init__(self) -> None:
        self.status = enum_value(AttendanceStatus, self.status, field="aanwezigheid")
        self.note = clean_line(self.note, field="opmerking")


@dataclass(frozen=True)
class TimelineEntry:
    """One meeting of a body as the cycle sees it: when, and whether it still lies ahead."""

    id: int
    starts_at: datetime
    status: MeetingStatus

    @property
    def is_open_for_agenda(self) -> bool:
        return self.status in (S.PLANNED, S.AGENDA_SENT)


def _order(e: TimelineEntry) -> tuple[datetime, int]:
    return e.starts_at, e.id


def next_planned(after: datetime, timeline: list[TimelineEntry]) -> int | None:
    """The body's next planned meeting: the earliest one still open for its agenda that
    starts after `after` (ties by creation). Where a point with no other home comes back."""
    ahead = [e for e in timeline if e.is_open_for_agenda and e.starts_at > after]
    return min(ahead, key=_order).id if ahead else None


def has_returning_origins(meeting: "Meeting | TimelineEntry") -> bool:
    """Whether any meeting can have this one as its next planned meeting: only one still
    open for its agenda can (next_planned), so for others no timeline need be read."""
    return meeting.is_open_for_agenda


def returning_origins(meeting_id: int, timeline: list[TimelineEntry]) -> set[int]:
    """The meetings of the body whose next planned meeting is `meeting_id`: next_planned
    inverted over one timeline in a single pass, latest first."""
    found: set[int] = set()
    best: TimelineEntry | None = None  # next planned after the moment being looked at
    moments = sorted({e.starts_at for e in timeline}, reverse=True)
    by_moment: dict[datetime, list[TimelineEntry]] = {}
    for e in timeline:
        by_moment.setdefault(e.starts_at, []).append(e)
    for moment in moments:
        group = by_moment[moment]
        if best is not None and best.id == meeting_id:
            found.update(e.id for e in group)
        open_here = [e for e in group if e.is_open_for_agenda]
        if open_here:  # starts earlier than `best`, so it is nearer for what comes before
            best = min(open_here, key=_order)
    return found
