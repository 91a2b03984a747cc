"""Migration 0013: a file as version 8 left it gains the indexes behind a coming meeting's
returning points, and its proposals stay exactly what they were."""

import shutil
from pathlib import Path

from overleg.storage.agenda_repo import AgendaRepo
from overleg.storage.database import open_database, schema_version
from overleg.storage.followup_repo import FollowUpRepo
from overleg.storage.migrations import SCHEMA_VERSION

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "schema_v8.db"
INDEXES = {"idx_followups_open_origin", "idx_items_postponed_origin", "idx_items_carried_from"}


def test_an_older_file_gains_the_indexes_and_reads_the_same_points(tmp_path):
    path = tmp_path / "overleg.db"
    shutil.copy(FIXTURE, path)
    db = open_database(path)
    assert schema_version(db) == SCHEMA_VERSION
    names = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert INDEXES <= names
    # the lookups agree with a plain reading of the tables, for every meeting
    meetings = [r[0] for r in db.execute("SELECT id FROM meetings ORDER BY id")]
    followups, items = FollowUpRepo(db), AgendaRepo(db)
    for meeting_id in meetings:
        origins = [m for m in meetings if m < meeting_id]
        on_agenda = [r[0] for r in db.execute(
            "SELECT source_followup_id FROM agenda_items WHERE meeting_id = ? "
            "AND source_followup_id IS NOT NULL", [meeting_id])]
        targeting = [r[0] for r in db.execute(
            "SELECT id FROM followups WHERE status = 'open' AND target_meeting_id = ? "
            "ORDER BY id", [meeting_id])]
        agreed = [r[0] for r in db.execute(
            f"SELECT id FROM followups WHERE status = 'open' AND target_meeting_id IS NOT ? "
            f"AND meeting_id IN ({', '.join('?' * len(origins)) or 'NULL'}) ORDER BY id",
            [meeting_id, *origins])]
        expected = [i for i in targeting + agreed if i not in on_agenda]
        assert followups.returning_ids(meeting_id, origins, on_agenda) == (
            len(expected), expected)
        assert followups.returning_ids(meeting_id, origins, on_agenda, offset=1, limit=2) == (
            len(expected), expected[1:3])
        postponed = [r[0] for r in db.execute(
            f"SELECT id FROM agenda_items WHERE outcome = 'postponed' AND "
            f"(postponed_to_meeting_id = ? OR meeting_id IN "
            f"({', '.join('?' * len(origins)) or 'NULL'})) ORDER BY meeting_id, position",
            [meeting_id, *origins])]
        assert [p.id for p in items.postponed_for(meeting_id, origins)] == postponed
    db.close()


def test_an_older_file_gains_the_index_of_an_organisations_follow_ups(tmp_path):
    """Migration 0014: the index only; the owner look-up of the action list's filter uses
    it and finds what it found before."""
    path = tmp_path / "overleg.db"
    shutil.copy(FIXTURE, path)
    db = open_database(path)
    names = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert "idx_followups_owner_organisation" in names
    plan = " ".join(r[3] for r in db.execute(
        "EXPLAIN QUERY PLAN SELECT group_concat(id) FROM followups "
        "WHERE owner_organisation_id IN (1, 2)"))
    assert "idx_followups_owner_organisation" in plan, plan
    repo = FollowUpRepo(db)
    for org_id, name in db.execute("SELECT id, name FROM organisations").fetchall():
        owned = {r[0] for r in db.execute(
            "SELECT id FROM followups WHERE owner_organisation_id = ?", [org_id])}
        assert owned <= repo.ids_matching(name)
    db.close()
