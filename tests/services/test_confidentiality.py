"""Confidentiality follows the record: a point that comes back from a closed item is closed
on its new agenda, and marking an item closed closes what derives from it."""

from datetime import date

import pytest

from overleg.domain.enums import Outcome
from overleg.domain.errors import ValidationError
from overleg.domain.followups import Target
from tests.helpers import body_with_members, meeting

THUIS = "Casusoverleg thuiszitters inrichten met leerplicht en het samenwerkingsverband"


def test_the_demo_carries_the_closed_followup_as_a_closed_item(demo):
    """Item 5 of meeting 8 came back through accept_proposal from 'Aanpak thuiszitters'."""
    item = next(i for i in demo.agenda.agenda(8) if i.title.startswith(THUIS))
    assert item.position == 5 and item.source_followup_id is not None
    assert item.confidential


def _cycle(s):
    body = body_with_members(s)
    first, second, third = (meeting(s, body, (2013, 9, d)) for d in (2, 16, 30))
    closed = s.agenda.add_item(first, "Casus K.", confidential=True)
    s.minutes.add_followup(first, "Geheime actie K.", item_id=closed.id,
                           target=Target(meeting_id=second))
    d = s.minutes.take_decision(first, "Geheim besluit K.", closed.id)
    s.minutes.add_followup(first, "Actie bij geheim besluit", decision_id=d.id,
                           target=Target(meeting_id=second))
    s.agenda.update_item(closed.id, outcome=Outcome.POSTPONED, postponed_to_meeting_id=third)
    return first, second, third, closed


def test_proposals_from_a_closed_item_are_marked_and_accepted_as_closed(services):
    s = services
    _first, second, third, _closed = _cycle(s)
    proposals = s.agenda.proposals(second)
    assert len(proposals) == 3 and all(p.confidential for p in proposals)  # every open point
    # the follow-ups are taken up here; the postponed item waits for its own meeting
    items = [s.agenda.accept_proposal(second, p) for p in proposals if p.followup_id]
    assert items and all(s.agenda.item(i.id).confidential for i in items)
    (carried,) = [p for p in s.agenda.proposals(third) if p.item_id is not None]
    assert carried.confidential
    assert s.agenda.accept_proposal(third, carried).confidential


def test_a_carried_closed_item_cannot_be_made_public_on_its_own(services):
    s = services
    _first, second, _third, _closed = _cycle(s)
    item = s.agenda.accept_proposal(second, s.agenda.proposals(second)[0])
    with pytest.raises(ValidationError, match="blijft besloten"):
        s.agenda.update_item(item.id, confidential=False)
    assert s.agenda.item(item.id).confidential


def test_marking_an_item_closed_later_closes_the_points_that_came_from_it(services):
    s = services
    body = body_with_members(s)
    first, second, third = (meeting(s, body, (2013, 10, d)) for d in (1, 15, 29))
    origin = s.agenda.add_item(first, "Eerst openbaar")
    s.minutes.add_followup(first, "Actie die terugkomt", item_id=origin.id,
                           target=Target(meeting_id=second))
    returned = s.agenda.accept_proposal(second, s.agenda.proposals(second)[0])
    assert not returned.confidential
    s.minutes.add_followup(second, "Vervolgactie", item_id=returned.id,
                           target=Target(due_date=date(2013, 10, 20)))
    again = s.agenda.accept_proposal(third, s.agenda.proposals(third)[0])
    s.agenda.update_item(origin.id, confidential=True)
    assert s.agenda.item(returned.id).confidential and s.agenda.item(again.id).confidential


def test_proposals_are_marked_in_one_go_as_one_by_one(services):
    """The proposals of a meeting are marked with a few queries for all of them (a
    meeting can have thousands); the marks are those of the one-by-one rule."""
    s = services
    meetings = _cycle(s)[:3]
    seen = 0
    for m in meetings:
        found = s.agenda.proposals(m)
        seen += len(found)
        assert [p.confidential for p in found] == [
            s.agenda.closed.proposal_confidential(p) for p in found]
    assert seen and any(p.confidential for m in meetings for p in s.agenda.proposals(m))
