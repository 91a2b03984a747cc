from dataclasses import FrozenInstanceError
from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from overleg.domain.enums import FollowUpStatus, MeetingStatus
from overleg.domain.errors import ReadOnlyError, TransitionError, ValidationError
from overleg.domain.followups import (
    NO_TERM,
    FollowUp,
    PostponedItem,
    Target,
    change_status,
    check_content_editable,
    check_target,
    is_later_meeting,
    is_overdue,
    proposals,
    target_choices,
)
from overleg.domain.meetings import Meeting
from overleg.domain.records import id_of

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


def test_a_target_is_a_value_that_cannot_change_under_its_follow_up():
    f = FollowUp("Notitie opstellen", target=Target(due_date=date(2013, 11, 1)))
    with pytest.raises(FrozenInstanceError):
        f.target.due_date = date(2014, 1, 1)
    assert f.target == Target(due_date=date(2013, 11, 1))
    assert not NO_TERM.is_set and FollowUp("Nog zonder termijn").target == NO_TERM


def test_id_of_gives_a_stored_records_id_and_refuses_one_never_stored():
    assert id_of(FollowUp("Opgeslagen", id=12)) == 12
    with pytest.raises(ValueError, match="FollowUp has not been stored yet"):
        id_of(FollowUp("Nieuw"))


def test_done_needs_a_date_and_cannot_precede_its_origin():
    f = FollowUp("Casusoverleg inrichten", created_on=date(2013, 9, 19))
    with pytest.raises(ValidationError):
        f.mark_done(date(2013, 9, 1), "klaar")
    f.mark_done(date(2013, 10, 1), "Ingericht")
    assert f.status is FollowUpStatus.DONE and f.done_on == date(2013, 10, 1)
    with pytest.raises(TransitionError):
        f.mark_done(date(2013, 10, 2), "nogmaals")


def test_proposals_bring_back_what_targets_the_meeting_and_everything_open_once():
    """Meeting 5 is the body's next planned meeting after meetings 3 and 4 (`origins`)."""
    day = date(2013, 11, 28)
    fus = [FollowUp("Terug in deze vergadering", id=1, meeting_id=1,
                    target=Target(meeting_id=5)),
           FollowUp("Termijn verstreken", id=2, meeting_id=3,
                    target=Target(due_date=day - timedelta(1))),
           FollowUp("Termijn na de vergadering", id=3, meeting_id=4,
                    target=Target(due_date=day + timedelta(90))),
           FollowUp("Andere vergadering, andere herkomst", id=4, meeting_id=1,
                    target=Target(meeting_id=6)),
           FollowUp("Andere vergadering, zelfde herkomst", id=6, meeting_id=4,
                    target=Target(meeting_id=6)),
           FollowUp("Al afgerond", id=5, meeting_id=4, target=Target(meeting_id=5),
                    status="done", done_on=day)]
    post = [PostponedItem(9, "Leerlingenvervoer", "", 5, meeting_id=1),
            PostponedItem(10, "Elders", "", 6, meeting_id=1),
            PostponedItem(11, "Nog niet bekend", "", None, meeting_id=4),
            PostponedItem(12, "Al voortgezet", "", None, meeting_id=4,
                          carried_to=(MeetingStatus.HELD,)),
            PostponedItem(13, "Voortgezet in een geannuleerde", "", None, meeting_id=3,
                          carried_to=(MeetingStatus.CANCELLED,))]
    got = proposals(5, {3, 4}, fus + fus[:1], post + post[:1], already_on_agenda=[])
    assert [(p.followup_id, p.item_id) for p in got] == [
        (1, None), (2, None), (3, None), (6, None), (None, 9), (None, 11), (None, 13)]
    # once on the agenda, never proposed again
    again = proposals(5, {3, 4}, fus, post, already_on_agenda=[(1, None), (None, 9)])
    assert [(p.followup_id, p.item_id) for p in again] == [
        (2, None), (3, None), (6, None), (None, 11), (None, 13)]


S = MeetingStatus
ORIGIN = Meeting(body_id=1, starts_at=datetime(2013, 9, 19, 15), id=5)


def _meeting(day: date, status: MeetingStatus = S.PLANNED, id: int = 9) -> Meeting:
    return Meeting(body_id=2, starts_at=datetime.combine(day, datetime.min.time())
                   + timedelta(hours=10), status=status, id=id)


@given(st.dates(date(2012, 1, 1), date(2015, 1, 1)), st.sampled_from(MeetingStatus))
def test_a_target_meeting_of_any_body_is_later_and_not_cancelled_or_moved(day, status):
    candidate = _meeting(day, status)
    allowed = candidate.starts_at > ORIGIN.starts_at and status not in (S.CANCELLED, S.MOVED)
    assert is_later_meeting(ORIGIN, candidate) is allowed
    if allowed:
        assert check_target(ORIGIN, meeting=candidate).meeting_id == 9
    else:
        with pytest.raises(ValidationError, match="latere vergadering"):
            check_target(ORIGIN, meeting=candidate)
    offered = target_choices(ORIGIN, [candidate])
    assert offered.earliest_date == ORIGIN.day
    assert offered.meeting_ids == ((9,) if allowed and candidate.is_open_for_agenda else ())


@given(st.dates(date(2012, 1, 1), date(2015, 1, 1)))
def test_a_target_date_lies_on_or_after_the_origin_day(day):
    if day >= ORIGIN.day:
        assert check_target(ORIGIN, on=day).due_date == day
    else:
        with pytest.raises(ValidationError, match="vóór de vergadering"):
            check_target(ORIGIN, on=day)


def test_status_steps_are_open_to_done_or_cancelled_and_back_to_open():
    f = FollowUp("Casusoverleg inrichten", created_on=date(2013, 9, 19))
    with pytest.raises(TransitionError, match="al open"):
        change_status(f, FollowUpStatus.OPEN)
    with pytest.raises(ValidationError, match="reden"):
        change_status(f, FollowUpStatus.CANCELLED, text="  ")
    with pytest.raises(ValidationError, match="datum"):
        change_status(f, FollowUpStatus.DONE, text="klaar")
    change_status(f, FollowUpStatus.CANCELLED, text="Niet meer nodig")
    assert (f.status, f.result, f.done_on) == (FollowUpStatus.CANCELLED, "Niet meer nodig", None)
    with pytest.raises(TransitionError, match="vervallen"):
        change_status(f, FollowUpStatus.CANCELLED, text="nogmaals")
    with pytest.raises(TransitionError, match="afgerond"):
        change_status(f, FollowUpStatus.DONE, on=date(2013, 10, 1))
    change_status(f, FollowUpStatus.OPEN)
    change_status(f, FollowUpStatus.DONE, on=date(2013, 10, 1), text="Ingericht")
    assert (f.status, f.done_on) == (FollowUpStatus.DONE, date(2013, 10, 1))
    change_status(f, FollowUpStatus.OPEN)
    assert (f.status, f.done_on) == (FollowUpStatus.OPEN, None)


def test_the_content_of_a_follow_up_follows_its_minutes():
    check_content_editable(_meeting(date(2013, 9, 19), S.MINUTES_DRAFT))
    with pytest.raises(ReadOnlyError, match="vastgesteld"):
        check_content_editable(_meeting(date(2013, 9, 19), S.MINUTES_ADOPTED))
