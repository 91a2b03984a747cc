"""The last word of a search spelled out as the words that begin with it: the same
records match as with FTS5's own prefix query, whatever the index, the case, the accents
or the number of such words; and the total beyond 1,000 matches."""

from datetime import date, datetime
from unittest.mock import patch

import pytest

from overleg.domain.agenda import AgendaItem
from overleg.domain.bodies import Body
from overleg.domain.decisions import Decision
from overleg.domain.enums import BodyKind
from overleg.domain.followups import FollowUp
from overleg.domain.meetings import Meeting
from overleg.storage import search_terms
from overleg.storage.agenda_repo import AgendaRepo
from overleg.storage.body_repo import BodyRepo
from overleg.storage.decision_repo import DecisionRepo
from overleg.storage.followup_repo import FollowUpRepo
from overleg.storage.meeting_repo import MeetingRepo
from overleg.storage.search_repo import SearchRepo
from overleg.storage.search_terms import expanded, words


@pytest.fixture
def meeting_id(db) -> int:
    body = BodyRepo(db).add(Body("Stuurgroep", "stt", BodyKind.STEERING_COMMITTEE)).id
    return MeetingRepo(db).add(Meeting(body, datetime(2024, 3, 6, 15))).id


def titles(db, meeting_id: int, *texts: str) -> None:
    for n, text in enumerate(texts, start=1):
        AgendaRepo(db).add(AgendaItem(meeting_id, text, position=n))


def found(db, text: str) -> set[str]:
    return {h.title for h in SearchRepo(db).search(text)}


def test_a_prefix_is_spelled_out_per_index_and_an_index_without_it_is_left_out(
        db, meeting_id):
    titles(db, meeting_id, "Thuiszitters", "Thuiszittersprotocol", "Thuis")
    FollowUpRepo(db).add(FollowUp("Thuiszitters tellen", meeting_id=meeting_id))
    queries = expanded(db.execute, words("passend THUISZ"))
    assert queries == {
        "item": '"passend" AND ("thuiszitters" OR "thuiszittersprotocol")',
        "followup": '"passend" AND ("thuiszitters")'}


def test_a_whole_word_also_finds_the_longer_words_it_begins(db, meeting_id):
    titles(db, meeting_id, "Thuiszitters", "Thuiszittersprotocol", "Thuis", "Zwembad")
    assert found(db, "thuiszitters") == {"Thuiszitters", "Thuiszittersprotocol"}
    assert found(db, "Thuis") == {"Thuiszitters", "Thuiszittersprotocol", "Thuis"}
    assert found(db, "thuiszittersp") == {"Thuiszittersprotocol"}
    assert found(db, "thuisx") == set()


def test_words_with_accents_or_beyond_the_cap_stay_a_prefix_query_with_the_same_hits(
        db, meeting_id):
    titles(db, meeting_id, "Café-overleg", "Cafeïne", "Cafetaria", "Zwembad")
    assert found(db, "café") == {"Café-overleg", "Cafeïne", "Cafetaria"}
    assert expanded(db.execute, ["café"])["item"] == '"café"*'
    with patch.object(search_terms, "MAX_TERMS", 2):
        assert expanded(db.execute, ["cafe"])["item"] == '"cafe"*'
        assert found(db, "cafe") == {"Café-overleg", "Cafeïne", "Cafetaria"}
    assert expanded(db.execute, ["cafe"])["item"] == '("cafe" OR "cafeine" OR "cafetaria")'


def test_a_word_typed_as_fts5_syntax_is_only_a_word(db, meeting_id):
    titles(db, meeting_id, "Het OR-overleg", "Zwembad")
    assert found(db, 'or"') == {"Het OR-overleg"}
    assert found(db, "NEAR") == set()


def test_more_than_a_thousand_matches_are_counted_as_more(db, meeting_id):
    """A word in 1,100 records: the newest page exact, the total capped at 1,000."""
    body = BodyRepo(db).add(Body("Dagelijks bestuur", "db", BodyKind.ADMINISTRATIVE)).id
    days = [date(2000 + n // 300, 1 + n % 12, 1 + n % 28) for n in range(1100)]
    for n, day in enumerate(days):
        mid = MeetingRepo(db).add(Meeting(body, datetime(day.year, day.month, day.day))).id
        DecisionRepo(db).add(Decision(body, mid, f"Leerlingenvervoer besluit {n}",
                                      number=f"DB-{n}", sequence=1))
    results = SearchRepo(db).find("leerlingenvervoer", limit=50)
    assert results.total == 1000 and results.total_capped
    newest = sorted(range(1100), key=lambda n: (days[n], n), reverse=True)[:50]
    assert [h.day for h in results.hits] == [days[n] for n in newest]
    assert results.hits[0].snippet.startswith("[Leerlingenvervoer]")


def test_ids_are_read_through_runs_exact_where_nothing_lies_between():
    from overleg.storage.search_newest import ranges

    ids = [3, 1, 2, 100, 101, 300, 302, 1000]
    assert ranges("item", ids, 24) == {"exact_item": "[[1, 3], [100, 101], [1000, 1000]]",
                                       "joined_item": "[[300, 302]]"}
    assert ranges("item", ids, 2) == {"exact_item": "[[1000, 1000]]",  # the widest gap kept
                                      "joined_item": "[[1, 302]]"}
    assert ranges("item", [], 24) == {"exact_item": "[]", "joined_item": "[]"}


def test_a_prefix_query_is_read_through_one_range_and_many_words_through_fewer():
    """Each range has FTS5 gather all of a prefix query's matches again; a range costs
    a jump per word of the query."""
    from overleg.storage.search_newest import MAX_JUMPS, MAX_RANGES, most_ranges

    assert most_ranges('"a"*') == most_ranges('"passend" "on"*') == 1
    assert most_ranges('("thuiszitters" OR "thuiszittersprotocol")') == MAX_RANGES
    sixteen = "(" + " OR ".join(f'"a{n}"' for n in range(16)) + ")"
    assert most_ranges(sixteen) == MAX_JUMPS // 16


def test_a_connection_that_may_not_write_still_finds_by_prefix(db, meeting_id):
    """While a file changed outside Overleg is checked, its connection is query_only: the
    temp vocab tables cannot be made there, so the prefix stays a prefix query."""
    titles(db, meeting_id, "Thuiszitters", "Thuiszittersprotocol", "Zwembad")
    db.execute("PRAGMA query_only = ON")
    assert expanded(db.execute, words("thuisz")) == dict.fromkeys(
        ["item", "decision", "followup", "position", "document"], '"thuisz"*')
    assert found(db, "thuisz") == {"Thuiszitters", "Thuiszittersprotocol"}
    db.execute("PRAGMA query_only = OFF")
    assert found(db, "thuisz") == {"Thuiszitters", "Thuiszittersprotocol"}
