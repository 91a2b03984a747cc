import hashlib
import sqlite3

import pytest

from overleg.storage.database import (
    inspect_file,
    integrity_problems,
    open_database,
    open_for_reading,
    schema_version,
)
from overleg.storage.errors import (
    CorruptDatabase,
    DatabaseUnavailable,
    NewerDatabase,
    NotOverlegDatabase,
)
from overleg.storage.migrations import SCHEMA_VERSION


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_new_database_has_the_schema_wal_foreign_keys_and_private_permissions(tmp_path):
    path = tmp_path / "overleg.db"
    db = open_database(path)
    assert schema_version(db) == SCHEMA_VERSION
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000
    assert {"meetings", "agenda_items", "decisions", "followups", "schemas",
            "agenda_items_fts", "decisions_fts", "followups_fts"} <= set(db.table_names())
    assert integrity_problems(db) == []
    db.close()
    assert path.stat().st_mode & 0o077 == 0


def test_every_record_table_has_a_unique_uuid_column(tmp_path):
    db = open_database(tmp_path / "o.db")
    for table in ("organisations", "people", "bodies", "meetings", "agenda_items",
                  "decisions", "followups", "milestones", "schemas"):
        cols = {c.name: c for c in db[table].columns}
        assert cols["uuid"].notnull, table
        unique = [i for i in db[table].indexes if i.unique and i.columns == ["uuid"]]
        assert unique, table


@pytest.mark.parametrize("content", [b"Dit is een Word-document", b"PK\x03\x04" + b"\0" * 200])
def test_a_file_that_is_not_a_database_is_refused_and_untouched(tmp_path, content):
    path = tmp_path / "notulen.docx"
    path.write_bytes(content)
    before = digest(path)
    with pytest.raises(NotOverlegDatabase, match="geen Overleg-database"):
        open_database(path)
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notulen.docx"]


def test_another_sqlite_database_is_refused_and_untouched(tmp_path):
    path = tmp_path / "ander.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE klanten (id INTEGER)")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(NotOverlegDatabase, match="SQLite-bestand van een ander programma"):
        open_database(path)
    assert digest(path) == before


def test_a_database_from_a_newer_version_is_refused_and_untouched(tmp_path):
    path = tmp_path / "nieuw.db"
    open_database(path).close()
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                 "VALUES ('overleg', '0099_future', '2030-01-01')")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(NewerDatabase, match="nieuwere versie"):
        open_database(path)
    with pytest.raises(NewerDatabase):
        open_for_reading(path)
    assert digest(path) == before


def test_a_truncated_database_is_reported_as_damaged(tmp_path):
    path = tmp_path / "kapot.db"
    db = open_database(path)
    db["bodies"].insert({"uuid": "u", "name": "x", "code": "X", "kind": "other"})
    db.close()
    data = path.read_bytes()
    path.write_bytes(data[:100] + b"\xff" * 50 + data[150:2000])
    before = digest(path)
    with pytest.raises((CorruptDatabase, NotOverlegDatabase)):
        open_database(path)
    assert digest(path) == before


def test_an_empty_file_becomes_a_database_when_chosen_and_a_missing_folder_is_named(
        tmp_path):
    path = tmp_path / "leeg.db"
    path.touch()
    assert inspect_file(path) == "empty"
    with pytest.raises(NotOverlegDatabase, match="leeg"):
        open_database(path)
    open_database(path, adopt_empty=True).close()
    assert inspect_file(path) == "current"
    with pytest.raises(DatabaseUnavailable, match="bestaat niet"):
        open_database(tmp_path / "nergens" / "o.db")
    with pytest.raises(DatabaseUnavailable, match="bestaat niet"):
        open_database(tmp_path / "o.db", create=False)


def test_reading_a_current_database_does_not_change_it(tmp_path):
    path = tmp_path / "o.db"
    open_database(path).close()
    before = digest(path)
    db = open_for_reading(path)
    assert db.execute("SELECT count(*) FROM meetings").fetchone()[0] == 0
    with pytest.raises(sqlite3.OperationalError):
        db.execute("INSERT INTO bodies (uuid, name, code, kind) VALUES ('u','x','X','other')")
    db.close()
    assert digest(path) == before
