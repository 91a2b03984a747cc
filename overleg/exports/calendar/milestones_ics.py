"""Milestones (statutory and policy deadlines) as all-day calendar entries, on the day the
law or the agreement names; a weekend or holiday date is kept and marked. Each keeps its
UID, so importing a newer export moves or completes the entry instead of adding one."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from overleg.domain.dutch_dates import long_date
from overleg.domain.milestones import Milestone
from overleg.exports.calendar.exact_text import exact_text
from overleg.exports.calendar.ics import UID_DOMAIN, _calendar, _finish, _utc


@dataclass(frozen=True)
class MilestoneEntry:
    """A deadline as a calendar entry shows it: with its procedure, party and body."""
    milestone: Milestone
    procedure: str = ""  # the procedure's title
    party: str = ""  # the organisation the step is with
    body: str = ""  # where it is handled


def milestone_uid(uuid: str) -> str:
    return f"mijlpaal-{uuid}@{UID_DOMAIN}"


def milestone_event(entry: MilestoneEntry, stamp: datetime):
    from icalendar import Event

    m = entry.milestone
    mark = m.due_mark()
    summary = f"Termijn: {m.title}" + (f" ({mark})" if mark else "")
    if m.done:
        summary = f"Afgerond: {m.title}"
    lines = [f"Uiterlijk {long_date(m.due)}."]
    if mark:
        lines.append(f"Deze datum valt op een {mark}; of de Algemene termijnenwet de termijn "
                     "verlengt, beoordeelt u zelf.")
    for label, value in (("Wettelijke grondslag", m.legal_basis),
                         ("Procedure", entry.procedure), ("Partij", entry.party),
                         ("Overlegorgaan", entry.body)):
        if value:
            lines.append(f"{label}: {value}.")
    if m.done_on is not None:
        lines.append(f"Afgerond op {long_date(m.done_on)}.")
    if m.description:
        lines += ["", m.description]
    event = Event()
    event.add("uid", milestone_uid(m.uuid))
    event.add("dtstamp", _utc(stamp))
    event.add("dtstart", m.due)
    event.add("dtend", m.due + timedelta(days=1))
    event.add("transp", "TRANSPARENT")
    event.add("summary", exact_text(summary))
    event.add("description", exact_text("\n".join(lines)))
    event.add("categories", ["Wettelijke termijn" if str(m.kind) == "statutory"
                             else "Bestuurlijke termijn"])
    return event


def milestones_calendar(entries: Iterable[MilestoneEntry], stamp: datetime,
                        name: str = "Termijnen OOGO") -> bytes:
    cal = _calendar("PUBLISH", name)
    for entry in entries:
        cal.add_component(milestone_event(entry, stamp))
    return _finish(cal)
