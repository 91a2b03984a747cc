"""Which milestones can warn at all: the start reads only those due up to
latest_due_that_warns(), so the bound must never leave out one that warns."""

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from overleg.domain.deadline_warnings import latest_due_that_warns, warnings
from overleg.domain.milestones import Milestone


@given(as_of=st.dates(min_value=date(2000, 1, 1), max_value=date(2060, 1, 1)),
       within=st.integers(0, 120), after=st.integers(0, 40))
def test_a_milestone_due_after_the_latest_day_never_warns_and_one_due_on_it_does(
        as_of, within, after):
    latest = latest_due_that_warns(as_of, within)
    assert latest >= as_of + timedelta(days=within)
    later = Milestone("Stap", latest + timedelta(days=1 + after), kind="statutory")
    assert warnings([later], as_of, {}, within) == []
    # Due on the latest day itself, a step that still needs a meeting warns: the bound
    # is as tight as it can be.
    last = Milestone("Stap", latest, kind="statutory")
    assert [s.milestone for s in warnings([last], as_of, {}, within)] == [last]


def test_over_christmas_the_bound_reaches_past_the_coming_weeks():
    # The coming weeks end on Friday 24 December 2027. A step due on Monday the 27th needs
    # its meeting by that Friday (the 25th and 26th are Christmas and a weekend): it warns.
    as_of = date(2027, 11, 12)
    assert as_of + timedelta(days=42) == date(2027, 12, 24)
    assert latest_due_that_warns(as_of, 42) == date(2027, 12, 27)
