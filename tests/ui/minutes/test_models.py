"""Every item model of the minute-taking view passes Qt's model tester, on real data."""

from overleg.ui.minutes.attendance_model import AttendanceModel
from overleg.ui.minutes.checklist_model import ChecklistModel
from overleg.ui.minutes.decision_model import DecisionModel
from overleg.ui.minutes.followup_model import FollowUpModel
from overleg.ui.minutes.walk_model import WalkModel
from tests.ui.minutes.conftest import meeting_of


def test_every_minutes_model_passes_the_model_tester(qtmodeltester, demo):
    s = demo
    stt1 = meeting_of(s, "STT", 9)  # adopted: has everything filled in
    items = s.agenda.agenda(stt1)
    walk = WalkModel()
    walk.load(items)
    qtmodeltester.check(walk)
    assert walk.rowCount() == len(items) + 1

    people = {p.id: p for p in s.bodies.all_people()}
    attendance = AttendanceModel(lambda *a: True)
    attendance.load([(a, people[a.person_id]) for a in s.meetings.attendance(stt1)])
    qtmodeltester.check(attendance)

    checklist = ChecklistModel(lambda *a: True)
    checklist.load(next(i for i in items if i.checklist).checklist)
    qtmodeltester.check(checklist)

    decisions = DecisionModel(lambda *a: True)
    decisions.load(s.minutes.decisions_of(stt1))
    qtmodeltester.check(decisions)

    followups = FollowUpModel()
    followups.load([(f, "") for f in s.minutes.followups_of(stt1)])
    qtmodeltester.check(followups)
    assert followups.rowCount() == len(s.minutes.followups_of(stt1)) > 0
