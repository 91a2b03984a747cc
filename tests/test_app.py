"""One door into a database file: the window (Environment) and the commands open a file
through overleg.app.open_services, so a fresh file ends up the same either way."""

import argparse
import sqlite3
from pathlib import Path

from overleg.app import Environment
from overleg.cli.main import main
from overleg.cli.options import close_opened, services_for_writing
from overleg.storage.presence import presence_folder

# What the command below writes itself (the milestone, its audit row and log entry).
COMMAND_OWN = {"milestones", "milestone_meetings", "audit_log", "change_log",
               "record_versions"}  # the versions of the command's milestone
PER_FILE = {"exchange_meta"}  # its installation id is each file's own, like a UUID


def contents(path: Path) -> dict[str, object]:
    """Schema, applied migrations and every table's rows (UUIDs left out: each file makes
    its own), keyed by table."""
    conn = sqlite3.connect(path)
    try:
        found: dict[str, object] = {"sqlite_master": sorted(conn.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE "
            "'sqlite_%'").fetchall(), key=repr)}
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
            "'sqlite_%' ORDER BY name")]
        for table in tables:
            columns = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')
                       if r[1] not in ("uuid", "applied_at")]
            if not columns:
                continue
            select = ", ".join(f'"{c}"' for c in columns)
            found[table] = sorted(conn.execute(f'SELECT {select} FROM "{table}"').fetchall(),
                                  key=repr)
        return found
    finally:
        conn.close()


def test_window_and_command_make_the_same_fresh_database(tmp_path, capsys):
    by_window, by_command = tmp_path / "venster.db", tmp_path / "opdracht.db"
    env = Environment(default_path=by_window)
    env.close(env.open(by_window))
    assert main(["milestones", "add", "Concept ondersteuningsplan", "--due", "2026-05-01",
                 "--db", str(by_command)]) == 0
    capsys.readouterr()

    window, command = contents(by_window), contents(by_command)
    assert window["schemas"], "the built-in schemas are in the window's file"
    assert command["milestones"] and not window["milestones"]  # the command did run
    assert set(window) == set(command)
    for table in sorted(set(window) - COMMAND_OWN - PER_FILE):
        assert command[table] == window[table], table
    for table in PER_FILE:  # the same keys
        assert [r[0] for r in command[table]] == [r[0] for r in window[table]]


def test_a_command_announces_itself_while_it_runs_and_leaves_no_note(tmp_path):
    path = tmp_path / "overleg.db"
    args = argparse.Namespace(db=path)
    services = services_for_writing(args, create=True)
    assert list(presence_folder(path).glob("*.json")), "others see the command at work"
    assert services.schemas.all()  # built-in data, as the window would have it
    close_opened(args)
    assert not presence_folder(path).exists()


def test_without_a_file_named_both_use_the_default_database(tmp_path, monkeypatch, capsys):
    data = tmp_path / "gegevens"  # not made yet: the first command on a new machine
    monkeypatch.setenv("OVERLEG_DATA_DIR", str(data))
    assert main(["milestones", "add", "Jeugdplan", "--due", "2026-09-01"]) == 0
    assert "Jeugdplan" in capsys.readouterr().out
    assert (data / "overleg.db").exists()
    from overleg.storage.locations import default_database_path
    assert default_database_path() == data / "overleg.db"
    env = Environment(default_path=default_database_path())
    services = env.open(env.default_path)
    try:
        assert [m.status.milestone.title for m in services.milestones.listing()] == ["Jeugdplan"]
    finally:
        env.close(services)
