"""Promise 1: a database written by any earlier released schema version opens with all
its data; a copy is taken first. One fixture per released version lives in
tests/fixtures (schema_v<N>.db, written by that version's code)."""

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from overleg.services.container import build_services
from overleg.storage.database import (
    inspect_file,
    integrity_problems,
    open_database,
    schema_version,
)
from overleg.storage.migrations import SCHEMA_VERSION, known_names

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
RELEASED = sorted(FIXTURES.glob("schema_v*.db"))


def snapshot(path: Path) -> dict[str, list[tuple]]:
    """Every row of every table, by the columns the old version had."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%_fts%'"
            " AND name NOT LIKE 'sqlite_%' AND name != '_sqlite_migrations'")]
        result = {}
        for t in tables:
            cols = ", ".join(f"[{c[1]}]" for c in conn.execute(f"PRAGMA table_info([{t}])"))
            result[t] = conn.execute(f"SELECT {cols} FROM [{t}] ORDER BY rowid").fetchall()
        return result
    finally:
        conn.close()


# The schema of the last release that reached users. Versions after it were written in
# one round of work and never left it, so no file of theirs exists to upgrade; raise this
# (and add its fixture, tests/fixtures/make_schema_v1.py) when a release ships.
LAST_RELEASED = 8


def test_there_is_a_fixture_for_every_released_version_but_the_current():
    versions = {int(p.stem.removeprefix("schema_v")) for p in RELEASED}
    assert LAST_RELEASED < SCHEMA_VERSION
    assert versions == set(range(1, LAST_RELEASED + 1))


@pytest.mark.parametrize("fixture", RELEASED, ids=lambda p: p.stem)
def test_an_earlier_version_opens_migrated_with_every_record_and_a_copy_beside_it(
        tmp_path, fixture):
    path = tmp_path / "overleg.db"
    shutil.copy(fixture, path)
    old_version = int(fixture.stem.removeprefix("schema_v"))
    before = snapshot(path)
    original = hashlib.sha256(path.read_bytes()).hexdigest()
    assert inspect_file(path) == "pending"
    assert sum(len(rows) for rows in before.values()) > 300

    db = open_database(path)
    assert schema_version(db) == SCHEMA_VERSION
    assert integrity_problems(db) == []
    db.close()

    copy = tmp_path / f"overleg.db.voor-migratie-v{old_version}.bak"
    assert copy.exists() and copy.stat().st_mode & 0o077 == 0
    assert snapshot(copy) == before, "the copy taken before migrating is the old data"
    assert hashlib.sha256(fixture.read_bytes()).hexdigest() == original
    after = snapshot(path)
    for table, rows in before.items():
        width = len(rows[0]) if rows else 0
        assert [r[:width] for r in after[table]] == rows, table


def test_the_migrated_example_works_through_the_services(tmp_path):
    path = tmp_path / "overleg.db"
    shutil.copy(FIXTURES / "schema_v1.db", path)
    s = build_services(open_database(path), user="tester", )
    try:
        assert len(s.meetings.listings()) == 10
        assert s.search.search("leerlingenvervoer")
        reopened = [e for m in s.meetings.listings()
                    for e in s.audit.for_record(m.meeting.uuid)
                    if e.action == "minutes_reopened"]
        assert [e.reason for e in reopened] == ["Naam van een aanwezige verbeterd"]
        assert reopened[0].host == ""  # not recorded before version 2
        body = s.meetings.listings()[0].meeting.body_id
        s.meetings.plan(body, s.meetings.listings()[-1].meeting.starts_at.replace(year=2015))
    finally:
        s.db.close()


def test_migrations_are_only_ever_appended():
    assert known_names()[:2] == ["0001_initial", "0002_audit_host"]
