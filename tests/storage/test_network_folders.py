"""A database on a network folder (or a synced OneDrive folder) gets SQLite's rollback
journal with full sync; the journal mode belongs to the file. This machine cannot mount
a network filesystem, so the operating system's answers are injected."""

import sqlite3

import pytest

from overleg.cli.main import main
from overleg.services.container import build_services
from overleg.storage import filesystems
from overleg.storage.database import notices, open_database
from overleg.storage.filesystems import DRIVE_REMOTE, OsFacts, network_kind
from overleg.storage.presence import Presence

MOUNTS = """\
22 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw
40 22 0:35 / /mnt/gedeeld rw,relatime shared:20 - nfs4 server:/export rw,vers=4.2
41 40 8:2 / /mnt/gedeeld/lokaal rw - ext4 /dev/sdb1 rw
42 22 0:36 / /media/Team\\040Map rw - cifs //nas/team rw
43 22 0:37 / /home/anna/ssh rw - fuse.sshfs anna@host: rw
44 22 0:38 / /tmp rw - tmpfs tmpfs rw
"""


def linux(mounts: str = MOUNTS) -> OsFacts:
    return OsFacts(platform="linux", mountinfo=mounts)


def windows(remote: str = "Z", env: dict | None = None) -> OsFacts:
    return OsFacts(platform="win32",
                   drive_type=lambda root: DRIVE_REMOTE if root[0] == remote else 3,
                   env=env or {})


@pytest.mark.parametrize(("path", "kind"), [
    ("/mnt/gedeeld/overleg.db", "nfs4"),
    ("/mnt/gedeeld/sub/map/overleg.db", "nfs4"),
    ("/mnt/gedeeld/lokaal/overleg.db", None),  # a local disk mounted inside the share
    ("/mnt/gedeeldx/overleg.db", None),
    ("/media/Team Map/overleg.db", "cifs"),
    ("/home/anna/ssh/overleg.db", "fuse.sshfs"),
    ("/home/anna/overleg.db", None),
    ("/tmp/overleg.db", None),
])
def test_linux_network_filesystems_are_found_in_the_mount_table(path, kind):
    assert network_kind(path, linux()) == kind


@pytest.mark.parametrize(("path", "kind"), [
    (r"\\server\secretariaat\overleg.db", "netwerkpad"),
    (r"\\?\UNC\server\secretariaat\overleg.db", "netwerkpad"),
    (r"Z:\Overleg\overleg.db", "netwerkschijf Z:"),
    (r"z:\overleg.db", "netwerkschijf Z:"),
    (r"C:\Users\anna\Documenten\overleg.db", None),
    (r"\\?\C:\Users\anna\overleg.db", None),
])
def test_windows_unc_paths_and_mapped_drives_are_network(path, kind):
    assert network_kind(path, windows()) == kind


def test_onedrive_and_sharepoint_folders_count_as_network():
    env = {"OneDrive": r"C:\Users\anna\OneDrive",
           "OneDriveCommercial": r"C:\Users\anna\OneDrive - Gemeente Lelystad"}
    facts = windows(env=env)
    assert network_kind(r"C:\Users\anna\OneDrive\overleg.db", facts) == "OneDrive"
    assert network_kind(r"c:\users\anna\onedrive - gemeente lelystad\Overleg\o.db",
                        facts) == "OneDriveCommercial"
    assert network_kind(r"C:\Users\anna\Documenten\o.db", facts) is None
    # Without the variables (another user's sync folder): the folder's name.
    assert network_kind(r"D:\Sync\OneDrive - Regio\o.db", windows()) == "OneDrive"


@pytest.fixture
def on_share(tmp_path, monkeypatch):
    """Pretend tmp_path is an NFS mount."""
    folder = tmp_path.resolve()
    mounts = MOUNTS + f"50 22 0:40 / {folder} rw - nfs4 server:/overleg rw\n"
    monkeypatch.setattr(filesystems, "current_facts", lambda: linux(mounts))
    return folder


def mode(path) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA journal_mode").fetchone()[0]
    finally:
        conn.close()


def test_a_new_database_on_a_share_uses_the_rollback_journal_with_full_sync(on_share):
    path = on_share / "overleg.db"
    db = open_database(path)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    db.execute("INSERT INTO bodies (uuid, name, code, kind) VALUES ('u', 'PFO', 'PFO', "
                "'other')")
    assert not (on_share / "overleg.db-wal").exists()
    assert notices(db) == []
    db.close()
    assert mode(path) == "delete"


def test_a_local_database_uses_wal_with_full_sync(tmp_path, monkeypatch):
    monkeypatch.setattr(filesystems, "current_facts", lambda: linux())
    db = open_database(tmp_path / "o.db")
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 2
    db.close()


def local_wal_file(path, monkeypatch):
    with monkeypatch.context() as m:
        m.setattr(filesystems, "current_facts", lambda: linux(""))
        open_database(path).close()
    assert mode(path) == "wal"


def test_a_wal_file_moved_to_a_share_is_switched_when_no_one_else_has_it(
        on_share, monkeypatch):
    path = on_share / "overleg.db"
    local_wal_file(path, monkeypatch)
    db = open_database(path)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert notices(db) == []
    db.close()
    assert mode(path) == "delete"


def test_a_wal_file_in_use_on_a_share_is_followed_with_a_notice(on_share, monkeypatch,
                                                                capsys):
    path = on_share / "overleg.db"
    local_wal_file(path, monkeypatch)
    colleague = sqlite3.connect(path)  # has the file open in WAL mode
    colleague.execute("SELECT count(*) FROM bodies").fetchone()
    try:
        db = open_database(path)
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert "netwerkmap" in notices(db)[0] and "volgt het bestand" in notices(db)[0]
        assert "volgt het bestand" in build_services(db).presence.message()  # the window
        db.close()
        assert main(["import", "actions", "--db", str(path), str(csv(on_share))]) == 0
        assert "volgt het bestand" in capsys.readouterr().err  # a notice, not an error
    finally:
        colleague.close()
    assert mode(path) == "wal"


def csv(folder):
    p = folder / "l.csv"
    p.write_text("Actiepunt;Eigenaar\nBellen;Anna\n", encoding="utf-8")
    return p


def test_a_rollback_file_on_a_local_disk_switches_to_wal_only_when_alone(
        on_share, monkeypatch):
    path = on_share / "overleg.db"
    open_database(path).close()  # made on the share: rollback journal
    monkeypatch.setattr(filesystems, "current_facts", lambda: linux(""))  # now local
    other = Presence(path, "anna", host="ANDERE-PC", pid=4242)
    other.claim()
    db = open_database(path)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert "rollback-journaal" in notices(db)[0]
    db.close()
    other.release()
    db = open_database(path)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert notices(db) == []
    db.close()
