"""Inserting many records at once gives the same records as inserting them one by one,
with their ids, checklists and full-text index."""

from datetime import date, datetime

from overleg.domain.agenda import AgendaItem, CriterionCheck
from overleg.domain.bodies import Body
from overleg.domain.decisions import Decision
from overleg.domain.enums import AttendanceStatus, BodyKind, ItemKind
from overleg.domain.followups import FollowUp, Target
from overleg.domain.meetings import Attendance, Meeting
from overleg.domain.organisations import Person
from overleg.domain.schemas import Criterion, TalkingPointSchema, Theme
from overleg.storage.agenda_repo import AgendaRepo
from overleg.storage.body_repo import BodyRepo
from overleg.storage.decision_repo import DecisionRepo
from overleg.storage.followup_repo import FollowUpRepo
from overleg.storage.meeting_repo import MeetingRepo
from overleg.storage.people_repo import PeopleRepo
from overleg.storage.schema_repo import SchemaRepo
from overleg.storage.search_repo import SearchRepo


def test_many_records_at_once_come_back_whole(db):
    body = BodyRepo(db).add(Body("Stuurgroep Jeugd", "STJ", BodyKind.STEERING_COMMITTEE))
    person = PeopleRepo(db).add_person(Person("Anouk Jansen"))
    schema = SchemaRepo(db).add(TalkingPointSchema(
        code="t", version="1", title="Test", themes=[Theme(code="W1", title="Thuiszitters")],
        criteria=[Criterion(code="C1", title="Eigen kracht")]))
    criterion = schema.criteria[0]
    meetings = [Meeting(body.id, datetime(2020, 1, d, 15)) for d in (10, 20)]
    MeetingRepo(db).add_many(meetings)
    assert [m.id for m in meetings] == [MeetingRepo(db).get(m.id).id for m in meetings]
    MeetingRepo(db).add_attendance_many([Attendance(meetings[0].id, person.id,
                                                    AttendanceStatus.PRESENT)])
    assert MeetingRepo(db).attendance(meetings[0].id)[0].status is AttendanceStatus.PRESENT
    items = [AgendaItem(meetings[0].id, f"Punt {n}", position=n, kind=ItemKind.DECISION,
                        notes=f"Leerlingenvervoer in ronde {n}",
                        checklist=[CriterionCheck(criterion.id, "C1", "Eigen kracht", True)])
             for n in (1, 2)]
    AgendaRepo(db).add_many(items)
    stored = AgendaRepo(db).items(meetings[0].id)
    assert [(i.id, i.title) for i in stored] == [(i.id, i.title) for i in items]
    assert all(i.checklist[0].checked for i in stored)
    decisions = [Decision(body.id, meetings[0].id, "Akkoord", item_id=items[0].id,
                          number="STJ-20200110-01", sequence=1)]
    DecisionRepo(db).add_many(decisions)
    assert DecisionRepo(db).get(decisions[0].id).number == "STJ-20200110-01"
    followups = [FollowUp("Cijfers aanleveren", owner_person_id=person.id,
                          meeting_id=meetings[0].id, item_id=items[1].id,
                          target=Target(meeting_id=meetings[1].id), created_on=date(2020, 1, 10))]
    FollowUpRepo(db).add_many(followups)
    back = FollowUpRepo(db).get(followups[0].id)
    assert (back.owner_label, back.target.meeting_day) == ("Anouk Jansen", date(2020, 1, 20))
    assert {h.record_id for h in SearchRepo(db).search("leerlingenvervoer")} == \
        {i.id for i in items}
