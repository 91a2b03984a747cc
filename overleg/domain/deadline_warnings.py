"""Which milestones need attention on a given day: overdue, due within the coming weeks,
and statutory steps with no meeting planned before their due date."""

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from overleg.domain.enums import MilestoneKind
from overleg.domain.holidays import last_working_day_before
from overleg.domain.milestones import Milestone

DEFAULT_WITHIN_DAYS = 42  # 'the coming weeks'


class Urgency(StrEnum):
    OVERDUE = "overdue"
    TODAY = "today"
    SOON = "soon"
    LATER = "later"
    DONE = "done"


URGENCY_NL = {Urgency.OVERDUE: "TE LAAT", Urgency.TODAY: "vandaag", Urgency.SOON: "binnenkort",
              Urgency.LATER: "gepland", Urgency.DONE: "afgerond"}


@dataclass(frozen=True)
class MilestoneStatus:
    """How urgent a deadline is today, and whether a meeting is still planned before it."""
    milestone: Milestone
    urgency: Urgency
    days_left: int
    mark: str  # weekend or public holiday the due date falls on, or ''
    meeting_needed_by: date | None  # set when no meeting is planned before the due date

    @property
    def warns(self) -> bool:
        return self.urgency in (Urgency.OVERDUE, Urgency.TODAY, Urgency.SOON) or \
            self.meeting_needed_by is not None


def status_of(m: Milestone, as_of: date, meeting_days: dict[int, date],
              within_days: int = DEFAULT_WITHIN_DAYS) -> MilestoneStatus:
    """meeting_days: the day of each planned (not cancelled or moved) meeting by id."""
    days = m.days_left(as_of)
    if m.done:
        urgency = Urgency.DONE
    elif days < 0:
        urgency = Urgency.OVERDUE
    elif days == 0:
        urgency = Urgency.TODAY
    elif days <= within_days:
        urgency = Urgency.SOON
    else:
        urgency = Urgency.LATER
    needed_by = None
    if (not m.done and days > 0 and m.kind is MilestoneKind.STATUTORY and m.needs_meeting
            and not any(meeting_days[i] < m.due for i in m.meeting_ids if i in meeting_days)):
        needed_by = last_working_day_before(m.due)
    return MilestoneStatus(m, urgency, days, m.due_mark(), needed_by)


def warnings(milestones: list[Milestone], as_of: date, meeting_days: dict[int, date],
             within_days: int = DEFAULT_WITHIN_DAYS) -> list[MilestoneStatus]:
    """The open milestones that warn on this day: overdue first, then by due date. A
    missing meeting warns only once the step is within the coming weeks, or when the
    latest meeting day is already close."""
    found = []
    for m in milestones:
        st = status_of(m, as_of, meeting_days, within_days)
        if st.urgency in (Urgency.OVERDUE, Urgency.TODAY, Urgency.SOON):
            found.append(st)
        elif st.meeting_needed_by is not None and \
                (st.meeting_needed_by - as_of).days <= within_days:
            found.append(st)
    return sorted(found, key=lambda s: (s.urgency is not Urgency.OVERDUE, s.milestone.due,
                                        s.milestone.id or 0))


def latest_due_that_warns(as_of: date, within_days: int = DEFAULT_WITHIN_DAYS) -> date:
    """No open milestone due after this day warns on `as_of` (warnings()): it is not due
    within the coming weeks, and the last working day before it is too far off for a
    missing meeting to warn. The start reads only the milestones due up to here."""
    horizon = as_of + timedelta(days=within_days)
    day = horizon
    # last_working_day_before() never decreases as the due day moves on: step until it
    # passes the horizon (over a weekend or the Christmas days, a few steps).
    while last_working_day_before(day + timedelta(days=1)) <= horizon:
        day += timedelta(days=1)
    return day


def summary_line(found: list[MilestoneStatus]) -> str:
    """One Dutch sentence for the status bar and the top of the listing, '' when quiet."""
    overdue = sum(1 for s in found if s.urgency is Urgency.OVERDUE)
    soon = sum(1 for s in found if s.urgency in (Urgency.TODAY, Urgency.SOON))
    unplanned = sum(1 for s in found if s.meeting_needed_by is not None)
    parts = []
    if overdue:
        parts.append(f"{overdue} te laat")
    if soon:
        parts.append(f"{soon} binnenkort")
    if unplanned:
        parts.append(f"{unplanned} zonder geplande vergadering")
    return "Termijnen: " + ", ".join(parts) + "." if parts else ""
