"""The queries behind the action list and the decision register screens."""

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from overleg.domain.enums import FollowUpStatus
from overleg.storage.followup_repo import ORDERS

AS_OF = date(2014, 1, 20)


@pytest.mark.parametrize("order", sorted(ORDERS))
@pytest.mark.parametrize("descending", [False, True])
def test_ordered_ids_follow_the_same_order_as_the_pages(demo, order, descending):
    f = demo.followups
    flt = f.filter(as_of=AS_OF)
    paged = [x.followup.id for x in f.page(flt, limit=-1, order=order, descending=descending)]
    assert f.ordered_ids(flt, order, descending) == paged
    assert len(paged) == f.count(flt) > 10


def test_ordered_ids_apply_every_filter_but_the_text(demo):
    f = demo.followups
    flt = f.filter(as_of=AS_OF, overdue_only=True, text="kok")
    ids = f.ordered_ids(flt)
    assert ids == [x.followup.id for x in f.all(f.filter(as_of=AS_OF, overdue_only=True))]
    assert len(ids) == 6


def test_ids_matching_look_in_text_result_and_owner(demo):
    f = demo.followups
    by_owner = f.ids_matching("PETER KOK")
    assert {x.followup.owner_label for x in f.listings(sorted(by_owner), AS_OF)} == {"Peter Kok"}
    by_text = f.ids_matching("ondersteuningsplan")
    assert len(by_text) == 3
    done = f.all(f.filter(status=FollowUpStatus.DONE))[0].followup
    assert done.id in f.ids_matching(" ".join(done.result.split()[1:3]))
    assert f.ids_matching("steuningsplan") == set()  # words match from their start


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])  # read-only use
@given(text=st.sampled_from(["kok", "PETER KOK", "ondersteuningsplan", "steuningsplan",
                             "onder", "Bos", "jeugd zorg", "-", "%", "e"])
       | st.text(max_size=12))
def test_an_export_of_the_filtered_list_holds_what_the_screen_shows(demo, text):
    """The screen matches the typed text through ids_matching, an export or a count of the
    same filter in SQL: one rule (a result's words count, a word's middle does not)."""
    f = demo.followups
    flt = f.filter(as_of=AS_OF)
    shown = [i for i in f.ordered_ids(flt) if i in f.ids_matching(text)] if text.strip() \
        else f.ordered_ids(flt)
    listed = [x.followup.id for x in f.all(f.filter(as_of=AS_OF, text=text))]
    assert listed == shown
    assert f.count(f.filter(as_of=AS_OF, text=text)) == len(shown)


def test_a_filtered_export_finds_words_in_the_result_and_not_in_a_words_middle(demo):
    f = demo.followups
    done = f.all(f.filter(status=FollowUpStatus.DONE))[0].followup
    typed = " ".join(done.result.split()[1:3])
    assert done.id in [x.followup.id for x in f.all(f.filter(text=typed))]
    assert f.all(f.filter(text="steuningsplan")) == []
    assert len(f.all(f.filter(text="ondersteuningsplan"))) == 3


def test_listings_keep_the_order_asked_for_and_mark_overdue(demo):
    f = demo.followups
    ids = f.ordered_ids(f.filter(as_of=AS_OF, status=FollowUpStatus.OPEN))
    listings = f.listings(list(reversed(ids)) + [999_999], AS_OF)
    assert [x.followup.id for x in listings] == list(reversed(ids))
    late = {x.followup.owner_label for x in listings if x.overdue}
    assert {"Peter Kok", "Ingrid Bos"} <= late and "Jan de Vries" not in late
    assert f.listings([], AS_OF) == []


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])  # read-only use
@given(text=st.text(max_size=30), word=st.integers(0, 12), length=st.integers(1, 12))
def test_any_filter_text_is_safe_and_finds_the_start_of_its_words(demo, text, word, length):
    f = demo.followups
    everything = set(f.ordered_ids(f.filter()))
    assert f.ids_matching(text) <= everything  # quotes, %, NEAR, colons: no error
    first = f.listings(sorted(everything)[:1], AS_OF)[0].followup
    words = first.text.split()
    typed = " ".join(words[:word % len(words)] + [words[word % len(words)][:length]])
    assert first.id in f.ids_matching(typed.upper())


def test_decision_groups_outline_the_register_by_body_then_newest_meeting(demo):
    groups = demo.followups.decision_groups()
    assert [g.body_name for g in groups] == sorted(g.body_name for g in groups)
    pfo = [g for g in groups if g.body_name == "PFO Sociaal Drechtsteden"]
    assert [g.meeting_starts.date() for g in pfo] == [date(2013, 9, 3), date(2013, 7, 2)]
    assert sum(g.decisions for g in groups) == len(demo.followups.decision_register())
    only = demo.followups.decision_groups("kadernota jeugdzorg")
    assert [(g.body_name, g.decisions) for g in only] == [("Stuurgroep Welzijn en Zorg", 1)]


def test_planning_counts_the_open_follow_ups_that_come_back_at_each_meeting(demo):
    entries = demo.planning.ahead(date(2013, 9, 1))
    counts = {(e.meeting.body_code, e.day.isoformat()): e.open_followups
              for e in entries if e.meeting is not None}
    assert counts[("SWZ", "2014-01-16")] == 2
    assert counts[("BOPO", "2014-02-13")] == 1
    assert counts[("STT", "2013-11-28")] == 0
    swz3 = next(e.meeting.meeting.id for e in entries
                if e.meeting is not None and e.meeting.body_code == "SWZ"
                and e.day == date(2014, 1, 16))
    open_ones = [f for f in demo.followups.all(demo.followups.filter(
        target_meeting_id=swz3, status=FollowUpStatus.OPEN))]
    assert len(open_ones) == 2
    demo.followups.mark_done(open_ones[0].followup.id, "Besproken")
    assert {e.meeting.meeting.id: e.open_followups for e in demo.planning.ahead(
        date(2013, 9, 1)) if e.meeting is not None}[swz3] == 1


@pytest.mark.parametrize("text", ["o", "onder", "ondersteuningsplan", "ondersteuningsplan z",
                                  "jeugd z", "PETER KOK", "kok onder", "e", "bo", "café",
                                  "steuningsplan", '"en" OR'])
@pytest.mark.parametrize("filters", [{}, {"status": FollowUpStatus.OPEN},
                                     {"status": FollowUpStatus.DONE}, {"overdue_only": True}])
def test_the_spelled_out_text_match_finds_the_rows_and_count_of_the_prefix_query(
        demo, text, filters):
    """The screen's text_match spells the last word out as the words that begin with it;
    a count, a page and an export filter by the plain prefix query in SQL: the same rows,
    for one word, several, an owner's name, and with the other filters."""
    f = demo.followups
    flt = f.filter(as_of=AS_OF, text=text, **filters)
    matching = f.ids_of_match(f.text_match(text))
    assert matching == f.ids_matching(text)
    shown = [i for i in f.ordered_ids(flt) if i in matching]
    assert shown == [x.followup.id for x in f.all(flt)]
    assert f.count(flt) == len(shown)


def test_texts_with_the_same_text_match_find_the_same(demo):
    f = demo.followups
    # 'onder' and 'ondersteun' both spell out the three words beginning with 'ondersteun';
    # 'onder' is also in two organisations' names, 'ondersteun' in none.
    assert f.text_match("ondersteun") == f.text_match("ondersteu")
    assert f.text_match("ondersteun") != f.text_match("onder")
    assert f.text_match("ondersteun") != f.text_match("ondersteuningsplan")
    assert len(f.ids_of_match(f.text_match("ondersteun"))) == 4
