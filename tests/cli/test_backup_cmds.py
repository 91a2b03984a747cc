"""The record-keeping commands: backup, backups, restore, export-archive, import-archive,
and what the command line says about a file it cannot use."""

import hashlib
import os
import shutil
import sqlite3
import zipfile

import pytest

from overleg.cli.main import main
from overleg.services.container import build_services
from overleg.services.demo import build_demo
from overleg.storage.backup import backup_folder
from overleg.storage.database import open_database
from overleg.storage.presence import Presence


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def n_meetings(path):
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM meetings").fetchone()[0]
    finally:
        conn.close()


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "overleg.db"
    s = build_services(open_database(path))
    s.schemas.ensure_builtin()
    build_demo(s)
    s.db.close()
    return path


@pytest.fixture
def demo_db(template, tmp_path):
    path = tmp_path / "overleg.db"
    shutil.copy(template, path)
    return path


def test_backup_writes_a_private_copy_and_never_overwrites(capsys, demo_db, tmp_path):
    out = tmp_path / "kopie.db"
    code, text, _ = run(capsys, "backup", "--db", demo_db, "--out", out)
    assert code == 0 and str(out) in text
    assert n_meetings(out) == 10 and out.stat().st_mode & 0o077 == 0
    before = digest(out)
    code, _, err = run(capsys, "backup", "--db", demo_db, "--out", out)
    assert code == 1 and "bestaat al" in err and digest(out) == before
    code, text, _ = run(capsys, "backup", "--db", demo_db)
    assert code == 0 and str(backup_folder(demo_db)) in text
    code, text, _ = run(capsys, "backups", "--db", demo_db)
    assert code == 0 and "handmatig" in text and len(text.splitlines()) == 1


def test_restore_brings_back_a_backup_and_keeps_the_replaced_content(capsys, demo_db,
                                                                      tmp_path):
    out = tmp_path / "kopie.db"
    run(capsys, "backup", "--db", demo_db, "--out", out)
    conn = sqlite3.connect(demo_db)
    conn.execute("DELETE FROM meetings")
    conn.commit()
    conn.close()
    code, text, _ = run(capsys, "restore", "--db", demo_db, "--from", out)
    assert code == 0 and "bewaard als" in text
    assert n_meetings(demo_db) == 10
    kept = [p for p in backup_folder(demo_db).iterdir() if "voor-herstel" in p.name]
    assert len(kept) == 1 and n_meetings(kept[0]) == 0


def test_restore_from_a_file_that_is_not_a_backup_changes_nothing(capsys, demo_db, tmp_path):
    bogus = tmp_path / "notulen.docx"
    bogus.write_bytes(b"PK\x03\x04 geen database")
    before = digest(demo_db)
    code, out, err = run(capsys, "restore", "--db", demo_db, "--from", bogus)
    assert (code, out) == (1, "") and err.count("\n") == 1
    assert digest(demo_db) == before and not backup_folder(demo_db).exists()


def test_archive_round_trip_on_the_command_line(capsys, demo_db, tmp_path):
    archive, rebuilt = tmp_path / "archief.zip", tmp_path / "herbouwd.db"
    code, text, _ = run(capsys, "export-archive", "--db", demo_db, "--out", archive)
    with zipfile.ZipFile(archive) as z:
        tables = [n for n in z.namelist() if n.startswith("tabellen/")]
    # every table of the file, whatever later migrations add
    assert code == 0 and f"records in {len(tables)} tabellen, 20 documenten" in text
    assert len(tables) >= 20
    with zipfile.ZipFile(archive) as z:
        docs = sorted(n for n in z.namelist() if n.startswith("documenten/"))
        assert "documenten/STT-2013-09-19-1500-verslag.docx" in docs
        assert {"documenten/besluitenlijst.docx", "documenten/actielijst.docx"} <= set(docs)
        assert all(z.read(n)[:2] == b"PK" for n in docs)
    code, text, _ = run(capsys, "import-archive", "--db", rebuilt, archive)
    assert code == 0 and n_meetings(rebuilt) == 10
    code, text, _ = run(capsys, "import-archive", "--db", rebuilt, archive)
    assert code == 0 and "niet dubbel" in text and n_meetings(rebuilt) == 10
    code, _, err = run(capsys, "export-archive", "--db", demo_db, "--out", archive)
    assert code == 1 and "bestaat al" in err


def test_a_damaged_database_is_named_with_its_newest_backup(capsys, demo_db):
    run(capsys, "backup", "--db", demo_db)
    data = bytearray(demo_db.read_bytes())
    data[100:4096 * 3] = b"\x5a" * (4096 * 3 - 100)
    demo_db.write_bytes(bytes(data))
    for extra in ("-wal", "-shm"):
        demo_db.with_name(demo_db.name + extra).unlink(missing_ok=True)
    before = digest(demo_db)
    code, out, err = run(capsys, "meetings", "--db", demo_db)
    assert (code, out) == (1, "") and err.count("\n") == 1
    assert "beschadigd" in err and "reservekopie van" in err
    assert f"overleg restore --db {demo_db} --from " in err
    assert digest(demo_db) == before


def test_the_new_commands_have_help(capsys):
    for command in ["backup", "backups", "restore", "export-archive", "import-archive"]:
        with pytest.raises(SystemExit) as exc:
            main([command, "--help"])
        assert exc.value.code == 0 and "--db" in capsys.readouterr().out


def test_restore_is_refused_while_a_colleague_has_the_file_open(capsys, demo_db, tmp_path):
    out = tmp_path / "kopie.db"
    run(capsys, "backup", "--db", demo_db, "--out", out)
    colleague = Presence(demo_db, "anna", pid=os.getppid())  # a live process, not us
    colleague.claim()
    before = digest(demo_db)
    code, _, err = run(capsys, "restore", "--db", demo_db, "--from", out)
    assert code == 1 and "anna op " in err and "heeft 'overleg.db' open" in err
    assert digest(demo_db) == before
    colleague.release()
    code, _, _ = run(capsys, "restore", "--db", demo_db, "--from", out)
    assert code == 0
