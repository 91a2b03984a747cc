from datetime import date

import pytest

from overleg.domain.enums import ItemKind, Outcome, StandardItem
from overleg.domain.errors import ValidationError
from overleg.domain.followups import Target
from tests.helpers import body_with_members, meeting


def themes(s, code="lelystad-werkagenda"):
    return {t.code: t for sch in s.schemas.all() if sch.code == code for t in sch.themes}


def test_a_planned_meeting_invites_the_members_and_starts_from_the_standard_agenda(services):
    s = services
    body = body_with_members(s, n=4)
    mid = meeting(s, body, (2014, 2, 6))
    assert len(s.meetings.attendance(mid)) == 4
    items = s.agenda.start_from_standard(mid)
    assert [i.standard for i in items] == list(StandardItem)
    with pytest.raises(ValidationError, match="niet leeg"):
        s.agenda.start_from_standard(mid)


def test_a_theme_brings_its_description_column_and_criteria_checklist(services):
    s = services
    mid = meeting(s, body_with_members(s), (2014, 2, 6))
    s.agenda.start_from_standard(mid)
    item = s.agenda.add_theme(mid, themes(s)["W6"].id)
    stored = s.agenda.item(item.id)
    assert stored.title == "Aanpak thuiszitters"
    assert "leerplicht" in stored.description and "Bespreekvragen" in stored.description
    assert [c.code for c in stored.checklist] == [f"C{i}" for i in range(1, 9)]
    # content goes before 'Rondvraag' and 'Sluiting'
    assert [i.standard for i in s.agenda.agenda(mid)][-2:] == [
        StandardItem.ANY_OTHER_BUSINESS, StandardItem.CLOSING]
    s.agenda.set_check(item.id, stored.checklist[2].criterion_id, True, "importeren")
    assert [c.checked for c in s.agenda.item(item.id).checklist].count(True) == 1


def test_returning_points_are_proposed_once_and_accepted_ones_not_again(services):
    s = services
    body = body_with_members(s)
    first, second = meeting(s, body, (2013, 9, 19)), meeting(s, body, (2013, 11, 28))
    item = s.agenda.add_item(first, "Leerlingenvervoer")
    s.agenda.update_item(item.id, outcome=Outcome.POSTPONED, postponed_to_meeting_id=second)
    s.minutes.add_followup(first, "Notitie opstellen", item_id=item.id,
                           target=Target(meeting_id=second))
    s.minutes.add_followup(first, "Termijn voor de vergadering",
                           target=Target(due_date=date(2013, 11, 1)))
    s.minutes.add_followup(first, "Termijn erna", target=Target(due_date=date(2014, 1, 1)))
    proposals = s.agenda.proposals(second)
    # Everything still open comes back at the body's next planned meeting, whatever its
    # term (a later term too: the point is not dropped while the meeting passes).
    assert sorted(p.title for p in proposals) == [
        "Leerlingenvervoer", "Notitie opstellen", "Termijn erna",
        "Termijn voor de vergadering"]
    for p in proposals:
        s.agenda.accept_proposal(second, p)
    assert s.agenda.proposals(second) == []
    with pytest.raises(ValidationError, match="al op de agenda"):
        s.agenda.accept_proposal(second, proposals[0])
    carried = [i for i in s.agenda.agenda(second) if i.carried_from_item_id == item.id]
    assert len(carried) == 1 and carried[0].outcome is None


def test_returning_points_come_a_page_at_a_time_with_their_count(services):
    """A coming meeting's editor reads the count and a first page; every page is a slice
    of the whole list, follow-ups first, then postponed items."""
    s = services
    body = body_with_members(s)
    first, second = meeting(s, body, (2013, 9, 19)), meeting(s, body, (2013, 11, 28))
    item = s.agenda.add_item(first, "Leerlingenvervoer")
    s.agenda.update_item(item.id, outcome=Outcome.POSTPONED, postponed_to_meeting_id=second)
    for n in range(7):
        s.minutes.add_followup(first, f"Actie {n}", target=Target(meeting_id=second))
    everything = s.agenda.proposals(second)
    assert len(everything) == 8 and everything[-1].title == "Leerlingenvervoer"
    for offset, limit in [(0, 3), (3, 3), (6, 3), (7, None), (8, 5)]:
        page = s.agenda.proposal_page(second, offset, limit)
        assert page.total == 8
        end = None if limit is None else offset + limit
        assert page.proposals == everything[offset:end]
    s.agenda.accept_proposal(second, everything[0])
    assert s.agenda.proposal_page(second, 0, 2).total == 7


def test_moving_and_deleting_items_keeps_items_and_decision_numbers_in_order(services):
    s = services
    mid = meeting(s, body_with_members(s, code="SWZ"), (2013, 9, 9))
    a = s.agenda.add_item(mid, "A", kind=ItemKind.DECISION)
    s.agenda.add_item(mid, "B", kind=ItemKind.DECISION)
    c = s.agenda.add_item(mid, "C", kind=ItemKind.DECISION)
    da = s.minutes.take_decision(mid, "Besluit bij A", a.id)
    dc = s.minutes.take_decision(mid, "Besluit bij C", c.id)
    assert [d.number for d in s.minutes.decisions_of(mid)] == [
        "SWZ-20130909-01", "SWZ-20130909-02"]
    s.agenda.move_item(c.id, 0)
    assert [i.title for i in s.agenda.agenda(mid)] == ["C", "A", "B"]
    assert {d.id: d.number for d in s.minutes.decisions_of(mid)} == {
        dc.id: "SWZ-20130909-01", da.id: "SWZ-20130909-02"}
    s.minutes.add_followup(mid, "Uitzoeken", item_id=c.id)
    s.agenda.delete_item(c.id)
    assert [(i.position, i.title) for i in s.agenda.agenda(mid)] == [(1, "A"), (2, "B")]
    assert [d.number for d in s.minutes.decisions_of(mid)] == ["SWZ-20130909-01"]
    assert s.minutes.followups_of(mid) == []


def test_the_agenda_warns_when_it_runs_past_the_planned_end(services):
    s = services
    mid = meeting(s, body_with_members(s), (2013, 9, 19))  # 15:00 - 17:00
    s.agenda.add_item(mid, "Lang punt", planned_minutes=100)
    assert s.agenda.overrun(mid).total_seconds() == 0
    s.agenda.add_item(mid, "Nog een", planned_minutes=30)
    assert s.agenda.overrun(mid).total_seconds() == 10 * 60
    assert [sl.starts_at.strftime("%H:%M") for sl in s.agenda.time_slots(mid)] == [
        "15:00", "16:40"]
