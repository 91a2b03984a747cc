from datetime import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from overleg.domain.enums import MeetingStatus as S
from overleg.domain.errors import ReadOnlyError, TransitionError, ValidationError
from overleg.domain.meetings import (
    Meeting,
    TimelineEntry,
    has_returning_origins,
    next_planned,
    returning_origins,
)


def test_a_meeting_cannot_end_before_it_starts():
    with pytest.raises(ValidationError, match="eindigen voordat"):
        Meeting(1, datetime(2013, 9, 19, 17), datetime(2013, 9, 19, 15))


def test_the_lifecycle_goes_forward_and_adopted_minutes_are_read_only():
    m = Meeting(1, datetime(2013, 9, 19, 15))
    for step in (S.AGENDA_SENT, S.HELD, S.MINUTES_DRAFT):
        m.advance(step)
    m.ensure_editable()
    m.advance(S.MINUTES_ADOPTED)
    with pytest.raises(ReadOnlyError):
        m.ensure_editable()
    with pytest.raises(TransitionError):
        m.advance(S.CANCELLED)


def test_a_held_meeting_cannot_be_cancelled():
    m = Meeting(1, datetime(2013, 9, 19, 15), status=S.HELD)
    with pytest.raises(TransitionError):
        m.advance(S.CANCELLED)


timeline_entries = st.lists(
    st.tuples(st.integers(0, 6), st.sampled_from(list(S))), max_size=12).map(
    lambda xs: [TimelineEntry(n, datetime(2013, 9, 1 + day, 15), status)
                for n, (day, status) in enumerate(xs, start=1)])


@given(timeline_entries)
def test_returning_origins_are_exactly_the_meetings_whose_next_planned_is_this_one(timeline):
    for target in timeline:
        expected = {e.id for e in timeline if next_planned(e.starts_at, timeline) == target.id}
        assert returning_origins(target.id, timeline) == expected
        # so the timeline need not be read for one that is not open for its agenda
        assert has_returning_origins(target) or expected == set()
    for e in timeline:  # the next planned meeting is open, later, and the earliest such
        nxt = next_planned(e.starts_at, timeline)
        ahead = [x for x in timeline if x.starts_at > e.starts_at and x.is_open_for_agenda]
        assert (nxt is None) == (not ahead)
        if nxt is not None:
            assert (by_id := {x.id: x for x in timeline})[nxt] in ahead
            assert by_id[nxt].starts_at == min(x.starts_at for x in ahead)
