from datetime import date

from overleg.domain.enums import MeetingStatus
from overleg.storage.database import integrity_problems


def test_the_example_holds_the_meetings_and_milestones_of_the_sources(demo):
    s = demo
    by_body = {}
    for x in s.meetings.listings():
        by_body.setdefault(x.body_code, []).append(x.meeting.day)
    assert by_body["PFO"] == [date(2013, 4, 2), date(2013, 7, 2), date(2013, 9, 3)]
    assert by_body["STT"] == [date(2013, 9, 19), date(2013, 11, 28)]
    assert by_body["SWZ"][:2] == [date(2013, 9, 9), date(2013, 11, 21)]
    assert by_body["BOZG"] == [date(2013, 10, 17)]
    titles = {m.title: m.due for m in s.planning.milestones_between()}
    assert titles["Samenwerkingsverbanden zijn rechtspersoon"] == date(2013, 11, 1)
    assert titles["Ondersteuningsplan besproken in OOGO"] == date(2014, 3, 1)
    assert integrity_problems(s.db) == []


def test_the_example_meeting_of_19_september_is_complete(demo):
    s = demo
    stt1 = next(x.meeting for x in s.meetings.listings() if x.meeting.day == date(2013, 9, 19))
    assert stt1.status is MeetingStatus.MINUTES_ADOPTED and stt1.adopted_on == date(2013, 11, 28)
    items = s.agenda.agenda(stt1.id)
    assert any(i.confidential for i in items)
    assert {a.status.value for a in s.meetings.attendance(stt1.id)} == {
        "present", "apologies", "guest"}
    assert len(s.minutes.decisions_of(stt1.id)) == 2
    assert len(s.minutes.followups_of(stt1.id)) >= 4


def test_the_example_has_open_overdue_follow_ups_and_returning_points(demo):
    s = demo
    overdue = s.followups.all(s.followups.filter(overdue_only=True, as_of=date(2014, 1, 20)))
    assert {x.followup.owner_label for x in overdue} >= {"Peter Kok", "Ingrid Bos"}
    swz3 = next(x.meeting for x in s.meetings.listings() if x.meeting.day == date(2014, 1, 16))
    assert any(i.source_followup_id for i in s.agenda.agenda(swz3.id))


def test_each_done_follow_up_has_its_own_result(demo):
    s = demo
    done = [x.followup for x in s.followups.all(s.followups.filter())
            if x.followup.status.value == "done"]
    assert len(done) == 8
    results = [f.result for f in done]
    assert len(set(results)) == len(results)
    casus = next(f for f in done if f.text.startswith("Casusoverleg"))
    assert casus.result.startswith("Casusoverleg loopt")
