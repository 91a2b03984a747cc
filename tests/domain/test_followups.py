from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from overleg.domain.enums import FollowUpStatus
from overleg.domain.errors import ValidationError
from overleg.domain.followups import FollowUp, PostponedItem, Target, is_overdue, proposals

days = st.dates(min_value=date(2000, 1, 1), max_value=date(2040, 12, 31))


@given(st.sampled_from(FollowUpStatus), st.one_of(st.none(), days), days)
def test_overdue_means_open_with_a_due_day_before_the_reference_day(status, due, as_of):
    expected = status is FollowUpStatus.OPEN and due is not None and due < as_of
    assert is_overdue(status, due, as_of) is expected


@given(days, st.integers(-400, 400))
def test_a_target_meeting_counts_by_its_day(meeting_day, offset):
    f = FollowUp("Notitie opstellen", target=Target(meeting_id=7, meeting_day=meeting_day))
    as_of = meeting_day + timedelta(days=offset)
    assert f.is_overdue(as_of) is (offset > 0)


def test_a_target_is_a_date_or_a_meeting_not_both():
    with pytest.raises(ValidationError):
        Target(due_date=date(2013, 11, 1), meeting_id=3)


def test_done_needs_a_date_and_cannot_precede_its_origin():
    f = FollowUp("Casusoverleg inrichten", created_on=date(2013, 9, 19))
    with pytest.raises(ValidationError):
        f.mark_done(date(2013, 9, 1), "klaar")
    f.mark_done(date(2013, 10, 1), "Ingericht")
    assert f.status is FollowUpStatus.DONE and f.done_on == date(2013, 10, 1)
    with pytest.raises(ValidationError):
        f.mark_done(date(2013, 10, 2), "nogmaals")


def test_proposals_bring_back_what_targets_the_meeting_once():
    day = date(2013, 11, 28)
    fus = [FollowUp("Terug in deze vergadering", id=1, target=Target(meeting_id=5)),
           FollowUp("Termijn verstreken", id=2, target=Target(due_date=day - timedelta(1))),
           FollowUp("Termijn na de vergadering", id=3, target=Target(due_date=day + timedelta(1))),
           FollowUp("Andere vergadering", id=4, target=Target(meeting_id=6)),
           FollowUp("Al afgerond", id=5, target=Target(meeting_id=5), status="done",
                    done_on=day)]
    post = [PostponedItem(9, "Leerlingenvervoer", "", 5), PostponedItem(10, "Elders", "", 6)]
    got = proposals(5, day, fus + fus[:1], post, already_on_agenda=[])
    assert [(p.followup_id, p.item_id) for p in got] == [(1, None), (2, None), (None, 9)]
    # once on the agenda, never proposed again
    again = proposals(5, day, fus, post, already_on_agenda=[(1, None), (None, 9)])
    assert [(p.followup_id, p.item_id) for p in again] == [(2, None)]
