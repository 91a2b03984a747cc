"""What a search shows first: the newest meeting's hits, in agenda order within a
meeting; with "best match" a hit in a title before one somewhere in the notes; and how
many records match in all, also beyond the hits shown."""

from datetime import date, datetime, timedelta
from unittest.mock import patch

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from overleg.domain.agenda import AgendaItem
from overleg.domain.bodies import Body
from overleg.domain.decisions import Decision
from overleg.domain.enums import BodyKind
from overleg.domain.followups import FollowUp
from overleg.domain.listings import SearchOrder
from overleg.domain.meetings import Meeting
from overleg.storage import search_newest
from overleg.storage.agenda_repo import AgendaRepo
from overleg.storage.body_repo import BodyRepo
from overleg.storage.database import open_memory
from overleg.storage.decision_repo import DecisionRepo
from overleg.storage.followup_repo import FollowUpRepo
from overleg.storage.meeting_repo import MeetingRepo
from overleg.storage.search_repo import SearchRepo


@pytest.fixture
def body_id(db) -> int:
    return BodyRepo(db).add(Body("Stuurgroep Talentontwikkeling", "stt",
                                 BodyKind.STEERING_COMMITTEE)).id


def meeting(db, body_id: int, day: date) -> int:
    return MeetingRepo(db).add(Meeting(body_id, datetime(day.year, day.month, day.day, 15))).id


def item(db, meeting_id: int, title: str, position: int = 1, notes: str = "") -> int:
    return AgendaRepo(db).add(AgendaItem(meeting_id, title, position=position,
                                         notes=notes)).id


def test_newest_meeting_first_even_when_its_minutes_were_typed_earlier(db, body_id):
    march, september = meeting(db, body_id, date(2014, 3, 6)), meeting(db, body_id,
                                                                          date(2013, 9, 19))
    item(db, march, "Thuiszitters in maart")  # recorded first, the later meeting
    item(db, september, "Thuiszitters in september")  # an older meeting's minutes added late
    hits = SearchRepo(db).search("thuiszitters")
    assert [(h.title, h.day) for h in hits] == [
        ("Thuiszitters in maart", date(2014, 3, 6)),
        ("Thuiszitters in september", date(2013, 9, 19))]


def test_one_meetings_hits_read_in_agenda_order_items_then_decisions_then_follow_ups(
        db, body_id):
    mid = meeting(db, body_id, date(2013, 9, 19))
    second = item(db, mid, "Leerlingenvervoer: evaluatie", position=2)
    item(db, mid, "Leerlingenvervoer: aanbesteding", position=1)
    FollowUpRepo(db).add(FollowUp("Leerlingenvervoer agenderen", meeting_id=mid))
    DecisionRepo(db).add(Decision(body_id, mid, "Het leerlingenvervoer wordt aanbesteed.",
                                  item_id=second, number="STT-20130919-01", sequence=1))
    hits = SearchRepo(db).search("leerlingenvervoer")
    assert [(h.kind, h.title) for h in hits] == [
        ("item", "Leerlingenvervoer: aanbesteding"), ("item", "Leerlingenvervoer: evaluatie"),
        ("decision", "STT-20130919-01"), ("followup", "Leerlingenvervoer agenderen")]


def test_a_follow_up_outside_a_meeting_takes_its_place_by_the_day_it_was_made(db, body_id):
    item(db, meeting(db, body_id, date(2013, 9, 19)), "Kadernotitie passend onderwijs")
    item(db, meeting(db, body_id, date(2014, 3, 6)), "Kadernotitie jeugdhulp")
    FollowUpRepo(db).add(FollowUp("Kadernotitie rondsturen", created_on=date(2013, 12, 1)))
    hits = SearchRepo(db).search("kadernotitie")
    assert [h.title for h in hits] == ["Kadernotitie jeugdhulp", "Kadernotitie rondsturen",
                                       "Kadernotitie passend onderwijs"]
    assert hits[1].day is None and hits[1].body_name == ""


def test_best_match_puts_a_title_hit_before_a_newer_passing_mention(db, body_id):
    older, newer = meeting(db, body_id, date(2013, 9, 19)), meeting(db, body_id,
                                                                      date(2014, 3, 6))
    item(db, older, "Geschillencommissie", notes="Het reglement is vastgesteld.")
    item(db, newer, "Rondvraag", notes="De voorzitter meldt dat er over de regels voor het "
                                       "toelaten van leerlingen tot het speciaal onderwijs "
                                       "een vraag aan de geschillencommissie is gesteld.")
    repo = SearchRepo(db)
    assert [h.title for h in repo.search("geschillencommissie")] == [
        "Rondvraag", "Geschillencommissie"]
    assert [h.title for h in repo.search("geschillencommissie", order=SearchOrder.BEST)] == [
        "Geschillencommissie", "Rondvraag"]


@pytest.mark.parametrize("order", list(SearchOrder))
def test_the_total_counts_every_match_also_beyond_the_hits_shown(db, body_id, order):
    for year in range(2010, 2016):
        item(db, meeting(db, body_id, date(year, 6, 1)), f"Thuiszitters {year}")
    FollowUpRepo(db).add(FollowUp("Thuiszitters tellen"))
    DecisionRepo(db).add(Decision(body_id, meeting(db, body_id, date(2009, 1, 8)),
                                  "Het thuiszittersprotocol wordt vastgesteld.",
                                  number="STT-20090108-01", sequence=1))
    repo = SearchRepo(db)
    results = repo.find("thuisz", limit=3, order=order)
    assert len(results.hits) == 3 and results.total == 8
    if order is SearchOrder.NEWEST:
        assert [h.title for h in results.hits] == ["Thuiszitters 2015", "Thuiszitters 2014",
                                                   "Thuiszitters 2013"]
    assert repo.find("thuisz", order=order).total == 8
    assert not repo.find("thuisz", order=order).total_capped
    assert repo.find("zwembad", order=order).total == 0
    assert repo.find("  ", order=order).total == 0


def test_old_minutes_typed_last_never_hide_a_newer_meetings_hit(db, body_id):
    """An imported archive puts years of old records after the newest ones; the newest
    meetings still come first, also when the old matches far outnumber the hits shown."""
    newest = item(db, meeting(db, body_id, date(2020, 2, 6)), "Thuiszitters: nieuw beleid")
    for n in range(40):  # typed (or imported) afterwards, all from 2010–2013
        item(db, meeting(db, body_id, date(2010, 1, 7) + timedelta(days=30 * n)),
             f"Thuiszitters: oud punt {n}")
    results = SearchRepo(db).find("thuiszitters", limit=5)
    assert results.total == 41
    assert results.hits[0].record_id == newest
    assert [h.day for h in results.hits] == sorted((h.day for h in results.hits),
                                                   reverse=True)
    assert results.hits[1].day == date(2010, 1, 7) + timedelta(days=30 * 39)


@settings(max_examples=40, deadline=None)
@given(days=st.lists(st.integers(0, 3650), min_size=1, max_size=30),
       loose=st.lists(st.integers(0, 3650), max_size=5), limit=st.integers(1, 8),
       first_meetings=st.integers(1, 12), cap=st.integers(1, 40),
       look_up_all=st.integers(0, 40), look_up_more=st.integers(0, 40),
       max_ranges=st.integers(1, 4), near=st.integers(1, 4),
       others=st.lists(st.integers(0, 3650), max_size=10),
       text=st.sampled_from(["leerlingenvervoer", "leerl", "Leerlingenvervoer",
                             "regelen leerl", '"leerlingenvervoer" Regelen',
                             "leerlingenvervoer regelen"]))
def test_newest_first_is_exact_whatever_the_order_records_were_typed_in(
        days, loose, limit, first_meetings, cap, look_up_all, look_up_more, max_ranges, near,
        others, text):
    """Against every match sorted by day: the hits are the newest `limit` matches, newest
    first, counting items by their meeting's day and follow-ups made outside a meeting
    by the day they were made. The first window (`first_meetings`) and the cap on the
    total are made small so that a few records cross them; the total is exact up to the
    cap, and above it the cap with `total_capped`. The numbers of matches below which each
    one's day is looked up instead of widening windows are drawn too, so all ways run; and
    how many rowid ranges a window is read through and how far apart ids start a new one,
    so that ranges also hold records of other windows, matching or not (`others`), which
    must be told apart, also from records with one of two words only (`others`: 'Zwembad
    regelen'). The last word is a whole word, a prefix, or capitalized; a search is one
    word or two (the first one typed in quotes: the same words)."""
    db = open_memory()
    try:
        body = BodyRepo(db).add(Body("Stuurgroep", "stt", BodyKind.STEERING_COMMITTEE)).id
        start = date(2010, 1, 1)
        day_of = {}
        for n, offset in enumerate(days):
            day = start + timedelta(days=offset)
            day_of["item", item(db, meeting(db, body, day), f"Leerlingenvervoer {n} regelen")] = day
        for offset in loose:
            day = start + timedelta(days=offset)
            made = FollowUpRepo(db).add(FollowUp("Leerlingenvervoer regelen", created_on=day))
            day_of["followup", made.id] = day
        for offset in others:
            item(db, meeting(db, body, start + timedelta(days=offset)), "Zwembad regelen")
        with patch.object(search_newest, "FIRST_MEETINGS", first_meetings), \
                patch.object(search_newest, "COUNT_CAP", cap), \
                patch.object(search_newest, "LOOK_UP_ALL", look_up_all), \
                patch.object(search_newest, "LOOK_UP_MORE", look_up_more), \
                patch.object(search_newest, "MAX_JUMPS", max_ranges), \
                patch.object(search_newest, "NEAR", near):
            results = SearchRepo(db).find(text, limit=limit)
        assert results.total == min(len(day_of), cap)
        assert results.total_capped == (len(day_of) > cap)
        assert [day_of[h.kind, h.record_id] for h in results.hits] == sorted(
            day_of.values(), reverse=True)[:limit]
    finally:
        db.close()
