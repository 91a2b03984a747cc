"""The queries behind one meeting or one page of a screen go through an index, so their
cost does not grow with the archive (benchmarks at four times the archive found scans
that did). Each test captures the SQL a repository runs and asks SQLite for its plan."""

import re
from collections.abc import Callable
from datetime import date

import pytest

from overleg.domain.listings import ActionFilter
from overleg.storage.followup_repo import FollowUpRepo


def statements(db, call: Callable[[], object]) -> list[str]:
    """The SQL statements `call` ran, with their parameters filled in."""
    seen: list[str] = []
    db.conn.set_trace_callback(seen.append)
    try:
        call()
    finally:
        db.conn.set_trace_callback(None)
    return [s for s in seen if s.lstrip().upper().startswith(("SELECT", "WITH"))]


def plan(db, sql: str) -> list[str]:
    """The plan's steps; named parameters (not run, only planned) bound to NULL."""
    names = dict.fromkeys(re.findall(r":(\w+)", sql))
    return [row[3] for row in db.conn.execute(f"EXPLAIN QUERY PLAN {sql}", names)]


@pytest.mark.parametrize("origins", [[], [2, 3]])
def test_proposals_find_follow_ups_through_the_meeting_indexes(db, origins):
    repo = FollowUpRepo(db)
    sqls = statements(db, lambda: repo.returning_ids(1, origins, [5], offset=0, limit=50))
    assert len(sqls) == 1  # the count; no page of an empty table
    steps = plan(db, sqls[0].replace("count(*)", "id"))
    assert any("idx_followups_target_meeting" in s for s in steps), steps
    # only the open ones of the origins, from their partial index
    assert any("COVERING INDEX idx_followups_open_origin" in s for s in steps), steps
    # not every open follow-up of the archive, checked one by one
    assert not any("status" in s for s in steps), steps


def test_postponed_items_and_their_copies_are_found_through_indexes(db):
    """Neither the origins' other items nor the body's later agendas are read."""
    from overleg.storage.agenda_repo import AgendaRepo

    sqls = statements(db, lambda: AgendaRepo(db)._carried([4, 5]))
    sqls += statements(db, lambda: AgendaRepo(db).postponed_for(1, [2, 3]))
    steps = [step for sql in sqls for step in plan(db, sql)]
    assert any("idx_items_carried_from" in s for s in steps), steps
    assert any("idx_items_postponed_origin" in s for s in steps), steps
    assert any("idx_items_postponed " in s for s in steps), steps
    assert not any(s.startswith("SCAN") or "idx_items_meeting" in s for s in steps), steps


def test_search_finds_the_day_of_the_kth_newest_meeting_down_the_date_index(db):
    from overleg.storage.search_newest import KTH_NEWEST_SQL

    steps = plan(db, KTH_NEWEST_SQL)
    assert steps == ["SCAN meetings USING COVERING INDEX idx_meetings_starts"], steps


def test_search_reads_a_windows_matches_through_rowid_ranges(db):
    """FTS5 gets each range's ends (`><`: it jumps there instead of reading every match),
    from ranges parsed once (MATERIALIZE), and each match's record by its key."""
    from overleg.storage.search_newest import KINDS, places_in_sql

    steps = plan(db, places_in_sql(KINDS))
    fts = [s for s in steps if "_fts VIRTUAL TABLE" in s]
    assert len(fts) == 2 * len(KINDS), steps
    assert all(s.endswith("><") for s in fts), fts
    assert sum(s == "MATERIALIZE g" for s in steps) == 2 * len(KINDS), steps
    assert not any(s.startswith("SCAN") and "_fts" not in s and "json_each" not in s
                   and s != "SCAN g" for s in steps), steps


@pytest.mark.parametrize("status", [None, "open"])
def test_the_action_list_in_due_order_reads_only_an_index(db, status):
    """All follow-ups in due order (what the action list opens with): the ids from the
    order's index alone, without reading each follow-up's row or joining its meetings."""
    repo = FollowUpRepo(db)
    flt = ActionFilter(as_of=date(2026, 11, 1), status=status)
    (sql,) = statements(db, lambda: repo.ordered_ids(flt, order="due"))
    steps = plan(db, sql)
    assert any("USING COVERING INDEX idx_followups_" in s for s in steps), steps
    assert not any("meetings" in s or "TEMP B-TREE" in s for s in steps), steps


@pytest.mark.parametrize("status", [None, "open"])
def test_a_page_of_the_action_list_in_due_order_is_read_from_the_index(db, status):
    """The page the list opens with: from the order's index, no sort of every row."""
    repo = FollowUpRepo(db)
    flt = ActionFilter(as_of=date(2026, 11, 1), status=status)
    (sql,) = statements(db, lambda: repo.due_ids(flt, offset=200, limit=200))
    steps = plan(db, sql)
    assert any("USING COVERING INDEX idx_followups_" in s for s in steps), steps
    assert not any("TEMP B-TREE" in s for s in steps), steps


def test_counting_every_follow_up_uses_the_count_optimisation(db):
    """No condition at all: SQLite counts the table's pages (no WHERE 1 = 1 that would
    step through every row of an index)."""
    repo = FollowUpRepo(db)
    (sql,) = statements(db, lambda: repo.count(ActionFilter(as_of=date(2026, 11, 1))))
    assert "WHERE" not in sql.upper(), sql
