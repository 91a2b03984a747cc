from datetime import datetime

import pytest

from overleg.domain.errors import NotFoundError
from overleg.domain.organisations import Person
from tests.helpers import body_with_members


def test_planning_with_chosen_invitees_invites_exactly_them(services):
    s = services
    body = body_with_members(s, n=3)
    members = [p.id for _r, p in s.bodies.members(body)]
    guest = s.bodies.add_person(Person("Gast van buiten"))
    m = s.meetings.plan(body, datetime(2014, 2, 6, 15), datetime(2014, 2, 6, 17),
                        invitee_ids=[members[0], members[2], guest.id, guest.id])
    assert {a.person_id for a in s.meetings.attendance(m.id)} == {members[0], members[2],
                                                                 guest.id}


def test_planning_with_a_vanished_invitee_writes_nothing(services):
    s = services
    body = body_with_members(s, n=2)
    with pytest.raises(NotFoundError, match="persoon"):
        s.meetings.plan(body, datetime(2014, 2, 6, 15), invitee_ids=[9999])
    assert s.meetings.listings(body_id=body) == []


def test_the_reason_for_cancelling_is_read_back(services):
    s = services
    body = body_with_members(s)
    m = s.meetings.plan(body, datetime(2014, 2, 6, 15))
    assert s.meetings.cancel_reason(m.id) == ""
    s.meetings.cancel(m.id, "Voorzitter verhinderd")
    assert s.meetings.cancel_reason(m.id) == "Voorzitter verhinderd"
