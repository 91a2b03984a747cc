"""Every refusal leaves the folder exactly as it was: no -wal/-shm, no new database, no
presence note, no temporary file; and what is refused is named for what it is."""

import os
import shutil
import sqlite3
import tempfile
import time
import zipfile
from pathlib import Path

import pytest
from sqlite_utils import Database

from overleg.cli.main import main
from overleg.storage import leftovers
from overleg.storage.backup import backup_folder
from overleg.storage.database import open_database, open_for_reading
from overleg.storage.errors import EmptyDatabaseFile, NotOverlegDatabase
from tests.folder_state import one_sentence, snapshot

NOBODY = 65534


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("weigeren") / "demo.db"
    assert main(["demo", "--db", str(path)]) == 0
    return path


@pytest.fixture
def folder(tmp_path) -> Path:
    f = tmp_path / "map"
    f.mkdir()
    return f


def refused(capsys, folder: Path, *argv) -> str:
    """Run the command; it must fail with one sentence and leave `folder` as it was."""
    before = snapshot(folder)
    code = main([str(a) for a in argv])
    err = capsys.readouterr().err
    assert code == 1, err
    # an import names each refused record on a line of its own, then says one sentence
    assert one_sentence("".join(line + "\n" for line in err.splitlines()
                                if not line.startswith("geweigerd: "))), err
    assert snapshot(folder) == before, f"{argv[0]} changed the folder"
    return err


def newer_copy(demo_file: Path, folder: Path) -> Path:
    path = folder / "nieuwer.db"
    shutil.copy(demo_file, path)
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                 "VALUES ('overleg', '9999_toekomst', '2030-01-01')")
    conn.commit()
    conn.execute("PRAGMA journal_mode = WAL")  # as Overleg leaves its files
    conn.close()
    assert not (folder / "nieuwer.db-wal").exists()
    return path


READ_AND_WRITE = [("check",), ("meetings",), ("actions",), ("backup",),
                  ("export-archive", "--out", "{f}/a.zip")]


@pytest.mark.parametrize("command", READ_AND_WRITE, ids=lambda c: c[0])
def test_a_newer_file_is_refused_without_side_files(capsys, demo_file, folder, command):
    path = newer_copy(demo_file, folder)
    argv = [c.format(f=folder) for c in command]
    err = refused(capsys, folder, *argv, "--db", path)
    assert "nieuwere versie" in err


def test_a_newer_file_is_refused_by_write_commands_and_the_app(capsys, demo_file, folder):
    from overleg.app import Environment

    path = newer_copy(demo_file, folder)
    (folder / "lijst.csv").write_text("Actiepunt;Eigenaar\nBellen;Anna\n", encoding="utf-8")
    refused(capsys, folder, "import", "actions", "--db", path, folder / "lijst.csv")
    before = snapshot(folder)
    with pytest.raises(Exception, match="nieuwere versie"):
        Environment(default_path=path).open(path)
    assert snapshot(folder) == before  # no presence note either


def run_as_nobody(fn) -> str:
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:
        try:
            os.close(r)
            os.setgid(NOBODY)
            os.setuid(NOBODY)
            os.write(w, fn().encode())
        finally:
            os._exit(0)
    os.close(w)
    with os.fdopen(r, "rb") as fh:
        out = fh.read().decode()
    os.waitpid(pid, 0)
    return out


def try_open(path: Path) -> str:
    out = []
    for opener in (open_database, open_for_reading):
        try:
            db = opener(path)
            out.append(f"ok {db.execute('SELECT count(*) FROM meetings').fetchone()[0]}")
            db.close()
        except Exception as exc:  # noqa: BLE001 - reported to the test
            out.append(f"{type(exc).__name__}: {exc}")
    return "|".join(out)


@pytest.mark.skipif(not hasattr(os, "fork") or os.geteuid() != 0,
                    reason="needs root to act as an unprivileged user")
def test_a_read_only_file_leaves_nothing_and_opens_after_chmod(demo_file):
    top = Path(tempfile.mkdtemp(prefix="overleg-ro-"))
    try:
        top.chmod(0o755)
        folder = top / "gedeeld"
        folder.mkdir()
        path = folder / "overleg.db"
        shutil.copy(demo_file, path)
        os.chown(folder, NOBODY, NOBODY)
        os.chown(path, NOBODY, NOBODY)
        path.chmod(0o444)
        before = snapshot(folder)
        write, read = run_as_nobody(lambda: try_open(path)).split("|")
        assert "alleen-lezen" in write and one_sentence(write.split(": ", 1)[1])
        assert read == "ok 10"
        assert snapshot(folder) == before
        path.chmod(0o644)
        assert run_as_nobody(lambda: try_open(path)) == "ok 10|ok 10"
    finally:
        shutil.rmtree(top)


def bad_archives(folder: Path, demo_file: Path) -> list[Path]:
    out = []
    (folder / "leeg.zip").touch()
    (folder / "tekst.zip").write_text("geen zip")
    out += [folder / "leeg.zip", folder / "tekst.zip"]
    with zipfile.ZipFile(folder / "zonder-schema.zip", "w") as z:
        z.writestr("LEESMIJ.txt", "x")
    with zipfile.ZipFile(folder / "kapotte-json.zip", "w") as z:
        z.writestr("schema.json", "{\"format\": \"overleg-archief\", ")
    with zipfile.ZipFile(folder / "verkeerde-rijen.zip", "w") as z:
        z.writestr("schema.json", '{"format": "overleg-archief", "tables": {"bodies": '
                   '{"file": "b.json"}}}')
        z.writestr("b.json", '[{"id": "x", "name": 3}]')
    out += [folder / n for n in ("zonder-schema.zip", "kapotte-json.zip",
                                 "verkeerde-rijen.zip")]
    return out


def test_import_archive_into_a_new_file_with_a_bad_archive_leaves_no_file(
        capsys, demo_file, folder):
    for archive in bad_archives(folder, demo_file):
        refused(capsys, folder, "import-archive", "--db", folder / "nieuw.db", archive)
    assert not (folder / "nieuw.db").exists()


def test_import_archive_that_fails_halfway_leaves_no_new_file(capsys, folder, monkeypatch):
    """A failure after the database was begun (here: the records cannot be loaded)."""
    from overleg.services import archive_service
    from overleg.storage.errors import StorageError

    assert main(["demo", "--db", str(folder / "bron.db")]) == 0
    assert main(["export-archive", "--db", str(folder / "bron.db"),
                 "--out", str(folder / "a.zip")]) == 0
    capsys.readouterr()

    def fail(ctx, path):
        ctx.db.execute("CREATE TABLE iets (x)")
        raise StorageError("De schijf met 'nieuw.db' is vol; er is niets opgeslagen.")
    monkeypatch.setattr(archive_service, "import_archive", fail)
    refused(capsys, folder, "import-archive", "--db", folder / "nieuw.db", folder / "a.zip")


def test_killed_backups_temp_files_are_cleared_at_the_next_start(demo_file, folder):
    path = folder / "overleg.db"
    shutil.copy(demo_file, path)
    backups = backup_folder(path)
    backups.mkdir()
    stale = [backups / ".overleg-handmatig-2013-09-19-150000.db.deel",
             folder / ".overleg.db.nieuw", folder / "..overleg.db.herstel.deel"]
    for p in stale:
        p.write_bytes(b"\0" * 4096)
        old = time.time() - leftovers.STALE_AFTER_SECONDS - 60
        os.utime(p, (old, old))
    busy = backups / ".overleg-auto-2026-01-01-090000.db.deel"  # being written now
    busy.write_bytes(b"\0" * 10)
    open_database(path).close()
    assert [p.exists() for p in stale] == [False, False, False]
    assert busy.exists()


def sqlite_utils_file(path: Path, with_tables: bool = True) -> None:
    db = Database(path)
    if with_tables:
        db["notities"].insert({"id": 1, "tekst": "boodschappen"}, pk="id")
        db["_sqlite_migrations"].insert({"migration_set": "notities", "name": "m001",
                                         "applied_at": "2024-01-01"})
    else:
        db.execute("PRAGMA user_version = 1")
    db.close()


@pytest.mark.parametrize("command", [("check",), ("meetings",), ("backup",)],
                         ids=lambda c: c[0])
def test_a_foreign_sqlite_file_is_called_foreign_not_damaged(capsys, folder, command):
    path = folder / "notities.db"
    sqlite_utils_file(path)
    err = refused(capsys, folder, *command, "--db", path)
    assert "ander programma" in err and "beschadigd" not in err


@pytest.mark.parametrize("kind", ["0 bytes", "empty SQLite"])
def test_empty_files_are_never_adopted_by_write_commands(capsys, folder, kind):
    path = folder / "leeg.db"
    if kind == "0 bytes":
        path.touch()
    else:
        sqlite_utils_file(path, with_tables=False)
    (folder / "lijst.csv").write_text("Actiepunt;Eigenaar\nBellen;Anna\n", encoding="utf-8")
    assert main(["demo", "--db", str(folder / "bron.db")]) == 0
    assert main(["export-archive", "--db", str(folder / "bron.db"),
                 "--out", str(folder / "a.zip")]) == 0
    capsys.readouterr()
    for argv in (["import", "actions", "--db", path, folder / "lijst.csv"],
                 ["import-archive", "--db", path, folder / "a.zip"],
                 ["demo", "--db", path], ["backup", "--db", path]):
        refused(capsys, folder, *argv)
    with pytest.raises(EmptyDatabaseFile):
        open_database(path)
    open_database(path, adopt_empty=True).close()  # the user chose to create one there
    assert main(["check", "--db", str(path)]) == 0


def test_restore_overwrites_only_an_overleg_database(capsys, demo_file, folder):
    backup = folder / "kopie.db"
    shutil.copy(demo_file, backup)
    notes = folder / "notities.txt"
    notes.write_text("Mijn aantekeningen\n" * 50)
    err = refused(capsys, folder, "restore", "--db", notes, "--from", backup)
    assert "geen Overleg-database" in err
    foreign = folder / "ander.db"
    sqlite_utils_file(foreign)
    refused(capsys, folder, "restore", "--db", foreign, "--from", backup)
    with pytest.raises(NotOverlegDatabase):
        open_for_reading(foreign)
