"""Promise 6: every change to decisions, follow-ups and adopted minutes is recorded with
what, old and new value, when, the operating-system user and machine; reopening needs a
reason that is kept; the trail is readable through the audit service."""

from datetime import date, datetime

import pytest

from overleg.domain.enums import AttendanceStatus, MeetingStatus
from overleg.domain.errors import ValidationError
from overleg.domain.followups import Target
from overleg.domain.milestones import Milestone
from overleg.services.container import build_services
from overleg.services.context import os_user
from overleg.storage.database import open_memory
from tests.helpers import body_with_members, meeting


def steps(trail):
    return [(e.action, e.field, e.old_value, e.new_value, e.reason) for e in trail]


@pytest.fixture
def s(services):
    services.ctx.host = "LAPTOP-SECR"
    return services


@pytest.fixture
def minutes(s):
    body = body_with_members(s)
    first, second = meeting(s, body, (2013, 9, 19)), meeting(s, body, (2013, 11, 28))
    item = s.agenda.add_item(first, "Notitie samenhang")
    return first, second, item


def test_decisions_are_recorded_from_creation_to_deletion(s, minutes):
    first, _, item = minutes
    d = s.minutes.take_decision(first, "Eerste tekst.", item.id)
    s.minutes.edit_decision(d.id, "Tweede tekst.")
    s.minutes.revoke_decision(d.id, "Vergissing")
    s.minutes.delete_decision(d.id)
    assert steps(s.audit.for_record(d.uuid)) == [
        ("created", "text", None, "Eerste tekst.", ""),
        ("edited", "text", "Eerste tekst.", "Tweede tekst.", ""),
        ("revoked", "status", "taken", "revoked", "Vergissing"),
        ("deleted", "text", "Tweede tekst.", None, ""),
    ]
    e = s.audit.for_record(d.uuid)[0]
    assert (e.user, e.host, e.at) == ("tester", "LAPTOP-SECR", datetime(2013, 12, 1, 10, 0))


def test_follow_ups_are_recorded_with_old_and_new_values(s, minutes):
    first, second, item = minutes
    f = s.minutes.add_followup(first, "Notitie uitwerken", item_id=item.id,
                               target=Target(due_date=date(2013, 10, 1)))
    s.followups.edit_text(f.id, "Notitie uitwerken en rondsturen")
    s.followups.retarget(f.id, Target(meeting_id=second))
    s.followups.mark_done(f.id, "Rondgestuurd op 3 oktober.")
    s.followups.reopen(f.id)
    s.followups.cancel(f.id, "Niet meer nodig")
    trail = steps(s.audit.trail("followup", f.id))
    assert [t[0] for t in trail] == ["created", "edited", "retargeted", "done", "reopened",
                                     "cancelled"]
    assert trail[1][2:4] == ("Notitie uitwerken", "Notitie uitwerken en rondsturen")
    assert trail[2][2:4] == ("01-10-2013", "vergadering van 28-11-2013 (Stuurgroep STT)")
    assert trail[3][2:5] == ("open", "done", "Rondgestuurd op 3 oktober.")
    assert trail[4][2:4] == ("done", "open")
    assert trail[5][2:5] == ("open", "cancelled", "Niet meer nodig")


def test_adopting_reopening_and_editing_reopened_minutes_is_recorded(s, minutes):
    first, second, item = minutes
    s.agenda.update_item(item.id, notes="Voor vaststelling")  # draft: not audited
    s.meetings.set_status(first, MeetingStatus.MINUTES_DRAFT)
    s.minutes.adopt(first, second)
    with pytest.raises(ValidationError, match="reden"):
        s.minutes.reopen(first, "")
    s.minutes.reopen(first, "Naam verkeerd gespeld")
    s.agenda.update_item(item.id, notes="Na heropening verbeterd")
    meeting_trail = steps(s.audit.trail("meeting", first))
    assert meeting_trail[0][:4] == ("minutes_adopted", "status", "minutes_draft",
                                    "minutes_adopted")
    assert meeting_trail[1] == ("minutes_reopened", "status", "minutes_adopted",
                                "minutes_draft", "Naam verkeerd gespeld")
    assert steps(s.audit.trail("item", item.id)) == [
        ("edited", "notes", "Voor vaststelling", "Na heropening verbeterd", "")]


def test_a_run_of_typing_in_reopened_minutes_is_audited_once_not_per_autosave(s, minutes):
    """Notes save while typing goes on; a run (until the field loses focus) leaves its
    first save and, when it ends, its last text: not one row per autosave."""
    first, second, item = minutes
    s.agenda.update_item(item.id, notes="Eerst")
    s.meetings.set_status(first, MeetingStatus.MINUTES_DRAFT)
    s.minutes.adopt(first, second)
    s.minutes.reopen(first, "Aanvulling")
    run = ("notes", item.id, 0)
    for text in ("Eerst a", "Eerst aa", "Eerst aan", "Eerst aangevuld"):
        s.agenda.update_item(item.id, notes=text, run=run)
    assert steps(s.audit.trail("item", item.id)) == [
        ("edited", "notes", "Eerst", "Eerst a", "")]  # a crash now still leaves this
    s.agenda.end_run(run)
    s.agenda.end_run(run)  # a second end adds nothing
    assert steps(s.audit.trail("item", item.id)) == [
        ("edited", "notes", "Eerst", "Eerst a", ""),
        ("edited", "notes", "Eerst a", "Eerst aangevuld", "")]
    s.agenda.update_item(item.id, notes="Zonder run")  # a single save: one row, as ever
    assert steps(s.audit.trail("item", item.id))[-1][2:4] == ("Eerst aangevuld", "Zonder run")


def test_deleting_an_item_records_the_decisions_and_follow_ups_it_takes_along(s, minutes):
    first, _, item = minutes
    d = s.minutes.take_decision(first, "Besluit bij het punt.", item.id)
    f = s.minutes.add_followup(first, "Actie bij het punt", item_id=item.id)
    s.agenda.delete_item(item.id)
    for uuid in (d.uuid, f.uuid):
        last = s.audit.for_record(uuid)[-1]
        assert last.action == "deleted" and "Notitie samenhang" in last.reason


def test_the_operating_system_user_is_recorded_by_default():
    s = build_services(open_memory())
    try:
        body = body_with_members(s)
        d = s.minutes.take_decision(meeting(s, body, (2013, 9, 19)), "Besluit.")
        assert s.audit.for_record(d.uuid)[0].user == os_user() != ""
    finally:
        s.db.close()


def test_owner_and_target_changes_are_recorded_as_the_user_reads_them(s, minutes):
    first, second, item = minutes
    people = {p.name: p.id for p in s.bodies.all_people()}
    f = s.minutes.add_followup(first, "Notitie uitwerken", item_id=item.id,
                               owner_person_id=people["Lid STT 1"],
                               target=Target(due_date=date(2013, 10, 1)))
    s.minutes.edit_followup(f.id, "Notitie uitwerken", owner_person_id=people["Lid STT 2"],
                            target=Target(meeting_id=second))
    s.minutes.edit_followup(f.id, "Notitie uitwerken", owner_person_id=people["Lid STT 2"],
                            target=Target(meeting_id=second))  # nothing changed: nothing recorded
    s.followups.retarget(f.id, Target(due_date=date(2014, 3, 1)))
    assert steps(s.audit.trail("followup", f.id))[1:] == [
        ("edited", "owner", "Lid STT 1", "Lid STT 2", ""),
        ("edited", "target", "01-10-2013", "vergadering van 28-11-2013 (Stuurgroep STT)", ""),
        ("retargeted", "target", "vergadering van 28-11-2013 (Stuurgroep STT)", "01-03-2014",
         ""),
    ]


def test_attendance_and_items_of_reopened_minutes_and_milestones_are_recorded(s, minutes):
    first, second, item = minutes
    person = s.bodies.all_people()[0]
    s.meetings.set_attendance(first, person.id, AttendanceStatus.PRESENT)  # draft: free
    s.meetings.set_status(first, MeetingStatus.MINUTES_DRAFT)
    s.minutes.adopt(first, second)
    s.minutes.reopen(first, "Aanwezigheid verbeterd")
    s.meetings.set_attendance(first, person.id, AttendanceStatus.APOLOGIES, "ziek")
    s.meetings.remove_attendance(first, person.id)
    added = s.agenda.add_item(first, "Nagekomen punt")
    s.agenda.delete_item(added.id)
    attendance = [t for t in steps(s.audit.trail("meeting", first)) if t[1] == "attendance"]
    excused = f"{person.name}: afwezig met kennisgeving (ziek)"
    assert attendance == [
        ("edited", "attendance", f"{person.name}: aanwezig", excused, ""),
        ("edited", "attendance", excused, None, "")]
    assert [t[:4] for t in steps(s.audit.for_record(added.uuid))] == [
        ("created", "title", None, "Nagekomen punt"),
        ("deleted", "title", "Nagekomen punt", None)]
    m = s.planning.add_milestone(Milestone("Ondersteuningsplan besproken in OOGO",
                                           date(2014, 3, 1)))
    assert steps(s.audit.for_record(m.uuid)) == [
        ("created", "due", None, "Ondersteuningsplan besproken in OOGO: 01-03-2014", "")]


def test_moving_a_meeting_records_the_new_target_of_its_follow_ups(s, minutes):
    first, second, item = minutes
    f = s.minutes.add_followup(first, "Notitie uitwerken", item_id=item.id,
                               target=Target(meeting_id=second))
    s.meetings.move(second, datetime(2013, 12, 5, 15, 0))
    assert steps(s.audit.trail("followup", f.id))[-1] == (
        "retargeted", "target", "vergadering van 28-11-2013 (Stuurgroep STT)",
        "vergadering van 05-12-2013 (Stuurgroep STT)", "vergadering verplaatst")


def test_the_criteria_checklist_of_reopened_minutes_is_recorded(demo):
    s = demo
    item = next(i for x in s.meetings.listings()
                if x.meeting.status is MeetingStatus.MINUTES_ADOPTED
                for i in s.agenda.agenda(x.meeting.id) if i.checklist)
    s.minutes.reopen(item.meeting_id, "Afvinklijst aangevuld")
    check = item.checklist[0]
    s.agenda.set_check(item.id, check.criterion_id, not check.checked, "besproken")
    last = steps(s.audit.trail("item", item.id))[-1]
    was, now = ("ja", "nee") if check.checked else ("nee", "ja")
    assert last == ("edited", "criteria", f"{check.title}: {was}",
                    f"{check.title}: {now} (besproken)", "")
