"""The full integrity check runs once per state of a file: a file Overleg checked, or
last wrote and closed itself, opens without a new check; one changed by anything else,
or last checked over a week ago, is checked (and refused when damaged)."""

import shutil
import sqlite3
import time
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from overleg.app import Environment
from overleg.services.demo import build_demo
from overleg.storage import database, page_check, verified_files
from overleg.storage.database import inspect_file, open_database
from overleg.storage.errors import StorageError
from overleg.storage.locations import data_dir
from tests.helpers import spoil_an_index


@pytest.fixture
def full_checks(monkeypatch) -> list[str]:
    """The URIs the full check ran on, in order (the check itself still runs)."""
    seen: list[str] = []
    real = database._pages_sound

    def counting(uri: str) -> bool:
        seen.append(uri)
        return real(uri)

    monkeypatch.setattr(database, "_pages_sound", counting)
    return seen


@pytest.fixture
def demo_file(tmp_path):
    path = tmp_path / "overleg.db"
    env = Environment(tmp_path)
    services = env.open(path)
    build_demo(services)
    env.close(services)
    return path


def _later() -> None:
    """File times come from a coarse kernel clock (a few ms): a change made in the same
    tick as Overleg's own last write would carry the same time. Outside changes come
    later than that in real life; in a test, wait a tick."""
    time.sleep(0.03)


def test_a_file_overleg_closed_itself_opens_without_a_new_check(demo_file, full_checks):
    env = Environment(demo_file.parent)
    for _ in range(3):  # also after each session's own writes
        env.close(env.open(demo_file))
    assert full_checks == []


def test_writes_by_overleg_in_a_session_are_vouched_for_at_close(demo_file, full_checks):
    env = Environment(demo_file.parent)
    services = env.open(demo_file)
    body = services.bodies.all()[0]
    services.bodies.update_body(replace(body, name=body.name + " (nieuw)"))
    env.close(services)
    assert inspect_file(demo_file) == "current"
    assert full_checks == []


def test_a_file_damaged_after_overleg_closed_it_is_refused(demo_file, full_checks):
    _later()
    spoil_an_index(demo_file)
    with pytest.raises(StorageError):
        open_database(demo_file)
    assert len(full_checks) == 1


def test_a_copy_put_in_place_of_the_file_is_checked(demo_file, tmp_path, full_checks):
    copy = tmp_path / "kopie.db"
    shutil.copy2(demo_file, copy)  # same bytes and times, another file
    copy.replace(demo_file)
    assert inspect_file(demo_file) == "current"
    assert len(full_checks) == 1
    assert inspect_file(demo_file) == "current"  # and then remembered
    assert len(full_checks) == 1


def test_writes_not_closed_by_overleg_are_checked(demo_file, full_checks):
    conn = sqlite3.connect(demo_file)  # a crashed session, or another program, writing
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("UPDATE bodies SET name = name || '!'")
    conn.commit()
    _later()
    assert inspect_file(demo_file) == "current"
    assert len(full_checks) == 1
    conn.close()


def test_every_file_is_checked_again_after_a_week(demo_file):
    assert verified_files.is_verified(demo_file)
    week = datetime.now() + verified_files.RECHECK_AFTER + timedelta(minutes=1)
    assert not verified_files.is_verified(demo_file, now=week)


def test_a_damaged_record_only_costs_a_check(demo_file, full_checks):
    (data_dir() / verified_files.RECORD_NAME).write_text("{niet: json", encoding="utf-8")
    assert inspect_file(demo_file) == "current"
    assert len(full_checks) == 1
    assert inspect_file(demo_file) == "current"
    assert len(full_checks) == 1  # the record was written anew


def test_a_record_folder_that_cannot_be_written_is_no_reason_to_stop(
        demo_file, full_checks, monkeypatch, tmp_path):
    blocker = tmp_path / "geen-map"
    blocker.write_text("een bestand, geen map", encoding="utf-8")
    monkeypatch.setenv("OVERLEG_DATA_DIR", str(blocker / "userdata"))
    assert inspect_file(demo_file) == "current"
    assert inspect_file(demo_file) == "current"
    assert len(full_checks) == 2  # nothing remembered, nothing broken


def test_the_record_holds_a_bounded_number_of_files(tmp_path):
    for n in range(verified_files.KEEP + 5):
        path = tmp_path / f"f{n}.db"
        sqlite3.connect(path).close()
        path.write_bytes(b"x")
        verified_files.checked(path)
    for n in range(5):
        assert not verified_files.is_verified(tmp_path / f"f{n}.db")
    assert verified_files.is_verified(tmp_path / f"f{verified_files.KEEP + 4}.db")


def test_the_window_opens_an_unknown_current_file_read_only_until_checked(
        demo_file, tmp_path, full_checks):
    copy = tmp_path / "kopie.db"
    shutil.copy2(demo_file, copy)
    copy.replace(demo_file)
    db = open_database(demo_file, check_later=True)
    try:
        assert full_checks == [] and db.pending_check is not None
        before = demo_file.read_bytes()
        with pytest.raises(StorageError, match="wordt nog gecontroleerd"):
            with db.atomic():
                db.execute("UPDATE bodies SET name = name || '!'")
        with pytest.raises(sqlite3.OperationalError):  # outside a transaction too
            db.execute("UPDATE bodies SET name = name || '!'")
        assert demo_file.read_bytes() == before and not verified_files.is_verified(demo_file)
        page_check.accept_check(db, db.pending_check.run())
        assert db.pending_check is None and verified_files.is_verified(demo_file)
        with db.atomic():
            db.execute("UPDATE bodies SET name = name || '!'")
    finally:
        db.close()


def test_a_file_to_migrate_is_checked_before_opening_even_for_the_window(tmp_path,
                                                                       full_checks):
    path = tmp_path / "oud.db"
    shutil.copy2(Path(__file__).parent.parent / "fixtures" / "schema_v8.db", path)
    db = open_database(path, check_later=True)
    try:
        assert len(full_checks) == 1 and db.pending_check is None
    finally:
        db.close()
