"""Meetings and follow-up deadlines as iCalendar, for Outlook and other calendars.

Each meeting keeps one UID over its whole life: a moved meeting is a new record in
Overleg, but its calendar entry carries the UID of the first meeting of the chain and a
higher SEQUENCE, so re-importing the file moves the entry instead of adding a second one.
Times are Europe/Amsterdam wall-clock times with a VTIMEZONE in the file.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

# icalendar is imported where a calendar is made: at the top it cost every start of the
# app about 30 ms, as the command line and the services import this module.
if TYPE_CHECKING:
    from icalendar import Calendar, Event, Timezone, Todo

from overleg.domain.dutch_dates import long_date, time_range
from overleg.domain.enums import FollowUpStatus, MeetingStatus
from overleg.domain.followups import FollowUp
from overleg.domain.meetings import Meeting
from overleg.exports.calendar.exact_text import exact_text
from overleg.exports.calendar.folding import calendar_bytes

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
PRODID = "-//Overleg//Overleg OOGO//NL"
UID_DOMAIN = "overleg.local"


class DeadlineStyle(StrEnum):
    """How follow-up deadlines appear in a calendar, when asked for."""

    TODO = "todo"  # VTODO: Outlook shows them as tasks
    ALL_DAY = "all-day"  # an all-day event on the due day


@dataclass(frozen=True)
class Contact:
    """An organiser or attendee of a calendar invitation."""
    name: str
    email: str


@dataclass(frozen=True)
class MeetingEntry:
    """A meeting with what its calendar entry needs beyond the record itself."""

    meeting: Meeting
    body_name: str
    chain_uuid: str  # uuid of the first meeting of its move chain
    sequence: int  # how often it moved (plus one when cancelled)
    agenda: Sequence[str] = field(default_factory=tuple)  # numbered item titles
    organizer: Contact | None = None  # who sends it: makes it a meeting request
    attendees: Sequence[Contact] = field(default_factory=tuple)  # the invitees with mail
    cancel_reason: str = ""


def meeting_uid(chain_uuid: str) -> str:
    return f"{chain_uuid}@{UID_DOMAIN}"


def followup_uid(uuid: str) -> str:
    return f"actiepunt-{uuid}@{UID_DOMAIN}"


def summary(entry: MeetingEntry) -> str:
    m = entry.meeting
    title = f"{entry.body_name}: {m.title}" if m.title else entry.body_name
    return f"GEANNULEERD: {title}" if m.status is MeetingStatus.CANCELLED else title


def description(entry: MeetingEntry) -> str:
    m = entry.meeting
    assert m.ends_at is not None
    lines = [f"Vergadering van {entry.body_name} op {long_date(m.day)}, "
             f"{time_range(m.starts_at, m.ends_at)}."]
    if m.status is MeetingStatus.CANCELLED:
        lines.append("Deze vergadering gaat niet door.")
        if entry.cancel_reason:
            lines.append(f"Reden: {entry.cancel_reason}")
    if m.location:
        lines.append(f"Locatie: {m.location}.")
    if entry.agenda:
        lines += ["", "Agenda:", *entry.agenda]
    return "\n".join(lines)


def meeting_event(entry: MeetingEntry, stamp: datetime, *, invite: bool = False) -> Event:
    """`invite`: with the organiser and the invitees (a meeting request or its
    cancellation, sent to them); a published year calendar names no one."""
    from icalendar import Event, vCalAddress

    m = entry.meeting
    assert m.ends_at is not None
    event = Event()
    event.add("uid", meeting_uid(entry.chain_uuid))
    event.add("sequence", entry.sequence)
    event.add("dtstamp", _utc(stamp))
    event.add("dtstart", m.starts_at.replace(tzinfo=AMSTERDAM))
    event.add("dtend", m.ends_at.replace(tzinfo=AMSTERDAM))
    event.add("summary", exact_text(summary(entry)))
    event.add("description", exact_text(description(entry)))
    if m.location:
        event.add("location", exact_text(m.location))
    cancelled = m.status is MeetingStatus.CANCELLED
    event.add("status", "CANCELLED" if cancelled else "CONFIRMED")
    event.add("transp", "TRANSPARENT" if cancelled else "OPAQUE")
    if cancelled and entry.cancel_reason:
        event.add("comment", exact_text(entry.cancel_reason))
    if invite and entry.organizer is not None:
        organizer = vCalAddress(f"mailto:{entry.organizer.email}")
        organizer.params["cn"] = exact_text(entry.organizer.name or entry.organizer.email)
        event.add("organizer", organizer)
        for person in entry.attendees:
            attendee = vCalAddress(f"mailto:{person.email}")
            attendee.params.update({
                "cn": exact_text(person.name), "cutype": "INDIVIDUAL",
                "role": "REQ-PARTICIPANT", "partstat": "NEEDS-ACTION",
                "rsvp": "FALSE" if cancelled else "TRUE"})
            event.add("attendee", attendee)
    return event


def deadline_component(f: FollowUp, body_name: str, style: DeadlineStyle,
                       stamp: datetime) -> Todo | Event:
    """A follow-up with a due day as a to-do or as an all-day event."""
    from icalendar import Event, Todo

    due = f.target.due
    assert due is not None, "only follow-ups with a due day have a calendar entry"
    owner = f" ({f.owner_label})" if f.owner_label else ""
    first_line = f.text.strip().splitlines()[0]
    text = f"Actiepunt{owner}: {first_line}"
    detail = [f.text, "", f"Termijn: {long_date(due)}."]
    if f.target.meeting_label:
        detail.append(f"Terugkomen in: {f.target.meeting_label}.")
    if body_name:
        detail.append(f"Afgesproken in: {body_name}.")
    component: Todo | Event
    if style is DeadlineStyle.TODO:
        component = Todo()
        component.add("due", due)
        done = f.status is FollowUpStatus.DONE
        component.add("status", {FollowUpStatus.OPEN: "NEEDS-ACTION",
                                  FollowUpStatus.DONE: "COMPLETED",
                                  FollowUpStatus.CANCELLED: "CANCELLED"}[f.status])
        if done and f.done_on:
            component.add("completed", _utc(datetime.combine(f.done_on, datetime.min.time())))
    else:
        component = Event()
        component.add("dtstart", due)
        component.add("dtend", due + timedelta(days=1))
        component.add("transp", "TRANSPARENT")
    component.add("uid", followup_uid(f.uuid))
    component.add("dtstamp", _utc(stamp))
    component.add("summary", exact_text(text))
    component.add("description", exact_text("\n".join(detail)))
    return component


def meeting_calendar(entry: MeetingEntry, stamp: datetime,
                     deadlines: Iterable[tuple[FollowUp, str]] = (),
                     style: DeadlineStyle | None = None) -> bytes:
    """One meeting: with an organiser a meeting request (METHOD:REQUEST, the invitees
    asked to reply), else an entry to publish; a cancelled one as METHOD:CANCEL so the
    calendar removes it. On request also the due days of the follow-ups agreed in it."""
    cancelled = entry.meeting.status is MeetingStatus.CANCELLED
    method = "CANCEL" if cancelled else "REQUEST" if entry.organizer else "PUBLISH"
    cal = _calendar(method, entry.body_name)
    cal.add_component(meeting_event(entry, stamp, invite=True))
    _add_deadlines(cal, deadlines, style, stamp)
    return _finish(cal)


def year_calendar(body_name: str, year: int, entries: Iterable[MeetingEntry],
                  stamp: datetime, deadlines: Iterable[tuple[FollowUp, str]] = (),
                  style: DeadlineStyle | None = None) -> bytes:
    """A body's meetings of one year (cancelled ones marked so), and on request the due
    days of its follow-ups. Moved-away records are left out: their successor carries the
    entry."""
    cal = _calendar("PUBLISH", f"{body_name} {year}")
    for entry in entries:
        if entry.meeting.status is not MeetingStatus.MOVED:
            cal.add_component(meeting_event(entry, stamp))
    _add_deadlines(cal, deadlines, style, stamp)
    return _finish(cal)


def _add_deadlines(cal: Calendar, deadlines: Iterable[tuple[FollowUp, str]],
                   style: DeadlineStyle | None, stamp: datetime) -> None:
    if style is not None:
        for f, origin_body in deadlines:
            if f.target.due is not None:
                cal.add_component(deadline_component(f, origin_body, style, stamp))


def _calendar(method: str, name: str) -> Calendar:
    from icalendar import Calendar

    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", method)
    cal.add("x-wr-calname", name)
    cal.add("x-wr-timezone", "Europe/Amsterdam")
    return cal


def _finish(cal: Calendar) -> bytes:
    if any("TZID" in e["dtstart"].params for e in cal.walk("VEVENT")):
        cal.subcomponents.insert(0, amsterdam_vtimezone())
    return calendar_bytes(cal)  # cal.to_ical(), folded faster


def amsterdam_vtimezone() -> Timezone:
    """The EU summer-time rule (since 1996) as two RRULEs, the form Outlook writes
    itself; a generated list of dates would stop working in 2038."""
    from icalendar import Timezone, TimezoneDaylight, TimezoneStandard

    tz = Timezone()
    tz.add("tzid", "Europe/Amsterdam")
    for part, start, month, frm, to, name in (
            (TimezoneStandard(), datetime(1970, 10, 25, 3), 10, 2, 1, "CET"),
            (TimezoneDaylight(), datetime(1970, 3, 29, 2), 3, 1, 2, "CEST")):
        part.add("dtstart", start)
        part.add("rrule", {"freq": "yearly", "bymonth": month, "byday": "-1su"})
        part.add("tzoffsetfrom", timedelta(hours=frm))
        part.add("tzoffsetto", timedelta(hours=to))
        part.add("tzname", name)
        tz.add_component(part)
    return tz


def _utc(moment: datetime) -> datetime:
    """DTSTAMP is UTC; naive moments from the app's clock are Amsterdam time."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=AMSTERDAM)
    return moment.astimezone(ZoneInfo("UTC"))


def day_span(year: int) -> tuple[date, date]:
    return date(year, 1, 1), date(year, 12, 31)
