"""Promise 2: rotating backups through SQLite's online backup API, owner-only, and a
restore that first keeps what it replaces."""

import sqlite3
from datetime import datetime, timedelta

import pytest

from overleg.services.container import build_services
from overleg.storage.backup import (
    automatic_backup,
    backup_folder,
    check_backup,
    list_backups,
    restore,
)
from overleg.storage.database import open_database
from overleg.storage.errors import CorruptDatabase, NotOverlegDatabase
from tests.helpers import body_with_members

T0 = datetime(2013, 12, 1, 9, 0)


def count(path, table="bodies"):
    conn = sqlite3.connect(path)
    try:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        conn.close()


@pytest.fixture
def live(tmp_path):
    """An open database with one body, as the app holds it."""
    path = tmp_path / "overleg.db"
    s = build_services(open_database(path), now=lambda: T0, user="tester")
    body_with_members(s, "STT")
    yield s, path
    s.db.close()


def test_a_backup_of_an_open_database_holds_its_uncheckpointed_writes(live):
    s, path = live
    body_with_members(s, "SWZ")  # still in the WAL, not yet in the main file
    target = s.backups.backup_now()
    assert target.parent == backup_folder(path)
    assert count(target) == 2
    assert target.stat().st_mode & 0o777 == 0o600
    assert backup_folder(path).stat().st_mode & 0o077 == 0
    check_backup(target)
    assert [b.kind for b in s.backups.backups()] == ["handmatig"]


def test_automatic_backups_are_daily_at_most_and_only_the_newest_ten_are_kept(live):
    s, path = live
    taken = []
    for hours in range(0, 24 * 14, 6):  # four starts a day for two weeks
        taken.append(automatic_backup(s.db.conn, path, T0 + timedelta(hours=hours)))
    made = [t for t in taken if t is not None]
    assert len(made) == 14
    autos = [b for b in list_backups(path) if b.kind == "auto"]
    assert len(autos) == 10
    assert autos[0].taken_at == T0 + timedelta(days=13)
    assert all(b.path.stat().st_mode & 0o077 == 0 for b in autos)


def test_restore_brings_back_the_backup_and_keeps_what_it_replaced(live):
    s, path = live
    backup = s.backups.backup_now()
    body_with_members(s, "SWZ")
    body_with_members(s, "PFO")
    kept = s.backups.restore(backup)
    assert count(path) == 1, "the open connection's file holds the backup's content"
    assert len(s.bodies.all()) == 1, "the open app sees the restored data at once"
    assert count(kept) == 3 and kept.stat().st_mode & 0o077 == 0
    assert s.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert {b.kind for b in s.backups.backups()} == {"handmatig", "voor-herstel"}


def test_a_damaged_file_is_replaced_by_its_backup_and_its_bytes_are_kept(live):
    s, path = live
    backup = s.backups.backup_now()
    s.db.close()
    for extra in ("-wal", "-shm"):
        (path.parent / f"{path.name}{extra}").unlink(missing_ok=True)
    damaged = b"SQLite format 3\x00" + b"\x13" * 5000
    path.write_bytes(damaged)
    kept = restore(path, backup, T0)
    assert kept.read_bytes() == damaged
    assert count(path) == 1
    open_database(path).close()


def test_a_damaged_or_foreign_backup_is_refused_and_nothing_changes(live, tmp_path):
    s, path = live
    good = s.backups.backup_now()
    bad = tmp_path / "kapot.db"
    data = good.read_bytes()
    bad.write_bytes(data[:4096] + b"\x00" * 4096 + data[8192:])
    text = tmp_path / "notities.db"
    text.write_text("geen database")
    before = len(s.backups.backups())
    for source, error in ((bad, CorruptDatabase), (text, NotOverlegDatabase)):
        with pytest.raises(error):
            s.backups.restore(source)
    assert len(s.backups.backups()) == before
    assert len(s.bodies.all()) == 1


def test_an_in_memory_database_has_no_backups(services):
    assert services.backups.backups() == []
    with pytest.raises(Exception, match="geheugen"):
        services.backups.backup_now()


def test_a_backup_name_with_an_impossible_moment_is_not_listed(live):
    s, path = live
    taken = automatic_backup(s.db.conn, path, T0)
    folder = backup_folder(path)
    (folder / f"{path.stem}-auto-2024-13-40-256199.db").write_bytes(b"")  # not ours
    listed = list_backups(path)
    assert [b.path for b in listed] == [taken]
    assert listed[0].taken_at == T0
