from datetime import date, datetime

import pytest

from overleg.domain.enums import MeetingStatus
from overleg.domain.errors import ReadOnlyError, TransitionError, ValidationError
from overleg.domain.followups import Target
from overleg.storage.audit_repo import AuditRepo
from tests.helpers import body_with_members, meeting


def held_with_minutes(s):
    body = body_with_members(s)
    first, second = meeting(s, body, (2013, 9, 19)), meeting(s, body, (2013, 11, 28))
    s.agenda.start_from_standard(first)
    s.agenda.start_from_standard(second)
    item = s.agenda.add_item(first, "Notitie samenhang")
    s.minutes.take_decision(first, "De stuurgroep onderschrijft de notitie.", item.id)
    s.meetings.set_status(first, MeetingStatus.MINUTES_DRAFT)
    return first, second, item


def test_the_adoption_item_of_the_next_meeting_adopts_the_previous_minutes(services):
    s = services
    first, second, item = held_with_minutes(s)
    adopted = s.minutes.adopt_previous(second)
    assert adopted.id == first and adopted.status is MeetingStatus.MINUTES_ADOPTED
    stored = s.meetings.get(first)
    assert (stored.adopted_in_meeting_id, stored.adopted_on) == (second, date(2013, 11, 28))


def test_adopted_minutes_are_read_only_everywhere(services):
    s = services
    first, second, item = held_with_minutes(s)
    s.minutes.adopt(first, second)
    decision = s.minutes.decisions_of(first)[0]
    for attempt in (lambda: s.agenda.update_item(item.id, notes="later gewijzigd"),
                    lambda: s.agenda.add_item(first, "Nieuw"),
                    lambda: s.agenda.delete_item(item.id),
                    lambda: s.minutes.take_decision(first, "Nog een besluit"),
                    lambda: s.minutes.edit_decision(decision.id, "Anders"),
                    lambda: s.minutes.add_followup(first, "Nog een actie")):
        with pytest.raises(ReadOnlyError):
            attempt()
    assert s.agenda.item(item.id).notes == ""
    assert s.minutes.decisions_of(first)[0].text == decision.text


def test_reopening_needs_a_reason_which_is_kept_in_the_audit_trail(services):
    s = services
    first, second, _ = held_with_minutes(s)
    s.minutes.adopt(first, second)
    with pytest.raises(ValidationError, match="reden"):
        s.minutes.reopen(first, "   ")
    m = s.minutes.reopen(first, "Naam van de voorzitter verkeerd gespeld")
    assert m.status is MeetingStatus.MINUTES_DRAFT and m.adopted_in_meeting_id is None
    entries = AuditRepo(s.db).for_record(m.uuid)
    assert [(e.action, e.reason, e.user) for e in entries][-1] == (
        "minutes_reopened", "Naam van de voorzitter verkeerd gespeld", "tester")
    with pytest.raises(TransitionError):
        s.minutes.reopen(first, "nogmaals")


def test_minutes_are_adopted_only_in_a_later_meeting(services):
    s = services
    first, second, _ = held_with_minutes(s)
    with pytest.raises(ValidationError, match="latere vergadering"):
        s.minutes.adopt(second, first)


def test_follow_up_targets_must_lie_after_the_meeting(services):
    s = services
    first, second, _ = held_with_minutes(s)
    with pytest.raises(ValidationError, match="vóór de vergadering"):
        s.minutes.add_followup(first, "Actie", target=Target(due_date=date(2013, 9, 1)))
    with pytest.raises(ValidationError, match="latere vergadering"):
        s.minutes.add_followup(second, "Actie", target=Target(meeting_id=first))
    f = s.minutes.add_followup(first, "Actie", target=Target(meeting_id=second))
    assert f.target.meeting_day == date(2013, 11, 28)
    assert f.target.meeting_label.endswith("28-11-2013")


def test_moving_a_meeting_keeps_history_and_carries_agenda_and_targets(services):
    s = services
    first, second, _ = held_with_minutes(s)
    f = s.minutes.add_followup(first, "Terug in november", target=Target(meeting_id=second))
    new = s.meetings.move(second, datetime(2013, 12, 5, 15))
    old = s.meetings.get(second)
    assert old.status is MeetingStatus.MOVED and old.moved_to_id == new.id
    assert new.moved_from_id == second
    assert s.followups.get(f.id).target.meeting_id == new.id
    assert len(s.agenda.agenda(new.id)) == 5 and s.agenda.agenda(second) == []
    assert len(s.meetings.attendance(new.id)) == 3


def test_a_follow_up_entered_in_the_minutes_can_be_taken_back_until_adoption(services):
    s = services
    first, second, item = held_with_minutes(s)
    f = s.minutes.add_followup(first, "Verkeerd genoteerd", item_id=item.id)
    kept = s.minutes.add_followup(first, "Blijft staan", item_id=item.id)
    s.minutes.delete_followup(f.id)
    assert [x.text for x in s.minutes.followups_of(first)] == ["Blijft staan"]
    assert AuditRepo(s.db).for_record(f.uuid)[-1].action == "deleted"
    s.minutes.adopt(first, second)
    with pytest.raises(ReadOnlyError):
        s.minutes.delete_followup(kept.id)
    assert len(s.minutes.followups_of(first)) == 1


def test_previous_minutes_names_the_meeting_the_adoption_item_adopts(services):
    s = services
    first, second, _ = held_with_minutes(s)
    assert s.minutes.previous_minutes(first) is None
    assert s.minutes.previous_minutes(second).id == first
    assert s.minutes.adopt_previous(second).id == first


def test_a_follow_up_is_corrected_in_the_minutes_until_they_are_adopted(services):
    s = services
    first, second, item = held_with_minutes(s)
    f = s.minutes.add_followup(first, "Notitie rondsturen", item_id=item.id,
                               target=Target(due_date=date(2013, 10, 1)))
    before = s.minutes.edit_followup(f.id, "Notitie rondsturen aan alle leden",
                                     target=Target(meeting_id=second))
    assert (before.text, before.target.due_date) == ("Notitie rondsturen", date(2013, 10, 1))
    stored = s.followups.get(f.id)
    assert (stored.text, stored.target.meeting_id, stored.target.due_date) == (
        "Notitie rondsturen aan alle leden", second, None)
    with pytest.raises(ValidationError, match="vóór de vergadering"):
        s.minutes.edit_followup(f.id, "Te vroeg", target=Target(due_date=date(2013, 9, 1)))
    assert s.followups.get(f.id).text == "Notitie rondsturen aan alle leden"
    s.minutes.adopt(first, second)
    with pytest.raises(ReadOnlyError):
        s.minutes.edit_followup(f.id, "Na vaststelling")
