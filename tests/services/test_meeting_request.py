"""The .ics of one meeting as a meeting request: the secretary from the settings as
ORGANIZER, the invitees with an address as ATTENDEEs asked to reply, a cancellation
with its reason; read back by icalendar and by a second parser (vobject)."""

from datetime import date

import pytest
import vobject
from icalendar import Calendar

from overleg.domain.enums import AttendanceStatus
from overleg.domain.errors import OverlegError
from overleg.domain.sender import Sender
from overleg.exports.calendar.ics import DeadlineStyle


def _stt_meeting(s):
    stt = s.bodies.find("STT")
    listing = next(x for x in s.meetings.listings(body_id=stt.id)
                   if s.meetings.attendance(x.meeting.id))
    return listing.meeting


def _both(data: bytes):
    cal = Calendar.from_ical(data)
    [event] = cal.walk("VEVENT")
    other = vobject.readOne(data.decode("utf-8"))
    return cal, event, other


def test_an_invitation_is_a_meeting_request_from_the_settings_secretary(demo):
    s = demo
    s.ctx.sender = Sender("Anna de Vries", "secretaris OOGO", "a.devries@lelystad.example")
    m = _stt_meeting(s)
    cal, event, other = _both(s.calendar.meeting_ics(m.id))
    assert str(cal["method"]) == "REQUEST"
    assert str(event["organizer"]) == "mailto:a.devries@lelystad.example"
    assert event["organizer"].params["CN"] == "Anna de Vries"
    invited = {p.email for a in s.meetings.attendance(m.id)
               for p in [s.bodies.person(a.person_id)] if p.email}
    attendees = event.get("attendee")
    attendees = attendees if isinstance(attendees, list) else [attendees]
    assert {str(a).removeprefix("mailto:") for a in attendees} == invited
    assert all(a.params["RSVP"] == "TRUE" and a.params["PARTSTAT"] == "NEEDS-ACTION"
               for a in attendees)
    # the second parser reads the same organiser, invitees and start
    vevent = other.vevent
    assert vevent.organizer.value == "mailto:a.devries@lelystad.example"
    assert {a.value.removeprefix("mailto:") for a in vevent.attendee_list} == invited
    assert vevent.dtstart.value.date() == m.day


def test_without_an_address_in_the_settings_the_bodys_secretary_organises(demo):
    s = demo
    m = _stt_meeting(s)
    cal, event, _ = _both(s.calendar.meeting_ics(m.id))
    assert str(event["organizer"]) == "mailto:f.elamrani@lelystad.example"
    assert str(cal["method"]) == "REQUEST"


def test_with_nobody_to_reply_to_it_is_a_published_entry_naming_no_one(services):
    from tests.helpers import body_with_members, meeting

    s = services
    mid = meeting(s, body_with_members(s), (2013, 9, 19))
    cal, event, _ = _both(s.calendar.meeting_ics(mid))
    assert str(cal["method"]) == "PUBLISH"
    assert "organizer" not in event and "attendee" not in event


def test_a_cancellation_names_organiser_invitees_and_reason(demo):
    s = demo
    s.ctx.sender = Sender("Anna de Vries", "secretaris", "a.devries@lelystad.example")
    body = s.bodies.find("STT")
    planned = s.meetings.plan(body.id, *_later(s, body.id))
    someone = next(p for _role, p in s.bodies.members(body.id) if p.email)
    s.meetings.set_attendance(planned.id, someone.id, AttendanceStatus.INVITED)
    s.meetings.cancel(planned.id, "te weinig agendapunten")
    cal, event, other = _both(s.calendar.meeting_ics(planned.id))
    assert str(cal["method"]) == "CANCEL" and str(event["status"]) == "CANCELLED"
    assert str(event["organizer"]) == "mailto:a.devries@lelystad.example"
    assert f"mailto:{someone.email}" in {str(a) for a in event["attendee"]}
    assert str(event["comment"]) == "te weinig agendapunten"
    assert "Reden: te weinig agendapunten" in str(event["description"])
    assert other.vevent.status.value == "CANCELLED"


def test_deadlines_with_one_meeting_are_its_own_follow_ups(demo):
    s = demo
    m = next(x.meeting for x in s.meetings.listings()
             if any(f.target.due and str(f.status) == "open"
                    for f in s.minutes.followups_of(x.meeting.id)))
    cal = Calendar.from_ical(s.calendar.meeting_ics(m.id, DeadlineStyle.TODO))
    todos = cal.walk("VTODO")
    own = {f.uuid for f in s.minutes.followups_of(m.id)
           if f.target.due and str(f.status) == "open"}
    assert todos and {str(t["uid"]).split("actiepunt-")[1].split("@")[0]
                      for t in todos} <= own


def test_an_empty_year_is_refused_and_no_file_written(demo, tmp_path):
    s = demo
    out = tmp_path / "leeg.ics"
    with pytest.raises(OverlegError, match="geen vergaderingen"):
        s.calendar.export_year(s.bodies.find("STT").id, 2031, out)
    assert not out.exists()


def _later(s, body_id):
    from datetime import datetime

    last = max(x.meeting.starts_at for x in s.meetings.listings(body_id=body_id))
    start = datetime(last.year + 1, 3, 5, 14)
    assert start.date() > date(2014, 1, 1)
    return start, start.replace(hour=16)
