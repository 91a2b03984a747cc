"""The calendar service on the example data: stable UIDs over moves and cancellations."""

from datetime import date, datetime

import pytest
from icalendar import Calendar

from overleg.domain.errors import OverlegError
from overleg.exports.calendar.ics import DeadlineStyle
from tests.helpers import body_with_members, meeting


def _event(data: bytes):
    [event] = Calendar.from_ical(data).walk("VEVENT")
    return event


def test_a_moved_meeting_keeps_its_uid_and_the_entry_moves(services):
    s = services
    body = body_with_members(s)
    first = meeting(s, body, (2013, 9, 19))
    before = _event(s.calendar.meeting_ics(first))
    moved = s.meetings.move(first, datetime(2013, 9, 26, 15), datetime(2013, 9, 26, 17))
    again = s.meetings.move(moved.id, datetime(2013, 10, 3, 15))
    after = _event(s.calendar.meeting_ics(again.id))
    assert str(after["uid"]) == str(before["uid"])
    assert int(after["sequence"]) == 2 > int(before["sequence"])
    assert after.decoded("dtstart").date() == date(2013, 10, 3)
    with pytest.raises(OverlegError, match="verplaatst"):
        s.calendar.meeting_ics(first)


def test_a_cancelled_meeting_cancels_the_same_entry(services):
    s = services
    body = body_with_members(s)
    mid = meeting(s, body, (2013, 9, 19))
    uid = str(_event(s.calendar.meeting_ics(mid))["uid"])
    s.meetings.cancel(mid, "te weinig agendapunten")
    cal = Calendar.from_ical(s.calendar.meeting_ics(mid))
    assert str(cal["method"]) == "CANCEL"
    [event] = cal.walk("VEVENT")
    assert (str(event["uid"]), str(event["status"])) == (uid, "CANCELLED")
    assert int(event["sequence"]) == 1


def test_the_year_of_a_body_holds_its_meetings_and_open_deadlines(demo, tmp_path):
    s = demo
    stt = s.bodies.find("STT")
    out = s.calendar.export_year(stt.id, 2013, tmp_path / "stt.ics", DeadlineStyle.TODO)
    cal = Calendar.from_ical(out.read_bytes())
    days = sorted(e.decoded("dtstart").date() for e in cal.walk("VEVENT"))
    assert days == [date(2013, 9, 19), date(2013, 11, 28)]
    summaries = [str(t["summary"]) for t in cal.walk("VTODO")]
    assert summaries and all(x.startswith("Actiepunt") for x in summaries)
    confidential = [str(e["description"]) for e in cal.walk("VEVENT")]
    assert any("Eén besloten punt is niet opgenomen." in d for d in confidential)
    # the calendar goes to everybody: no closed title, no closed follow-up as a deadline
    text = out.read_text(encoding="utf-8").replace("\r\n ", "")
    assert "thuiszitters" not in text.lower() and "Casusoverleg" not in text


def test_writing_into_a_missing_folder_is_one_sentence_and_writes_nothing(demo, tmp_path):
    s = demo
    stt = s.bodies.find("STT")
    with pytest.raises(OverlegError, match="bestaat niet"):
        s.calendar.export_year(stt.id, 2013, tmp_path / "nergens" / "stt.ics")
    assert list(tmp_path.iterdir()) == []
