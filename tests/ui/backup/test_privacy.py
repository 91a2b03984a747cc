"""Promise 8: the records stay on this machine. Opening a database, working in it,
backing it up, archiving it and building the main window open no network connection;
the database, its backups and archives are readable by the owner only."""

import os
import socket
import zipfile
from pathlib import Path

import pytest

from overleg.app import Environment
from overleg.services.archive_service import export_archive
from overleg.storage.presence import presence_folder
from overleg.ui.main_window import MainWindow
from tests.ui.fakes import FakePrompts


def inet_sockets_of_this_process() -> set[str]:
    """Inodes of this process's open TCP/UDP sockets (Linux), also those Qt opens in C++
    where patching Python's socket module would not see them."""
    ours = set()
    for fd in Path("/proc/self/fd").iterdir():
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if target.startswith("socket:["):
            ours.add(target[8:-1])
    inet = set()
    for table in ("tcp", "tcp6", "udp", "udp6"):
        path = Path("/proc/net") / table
        if path.exists():
            for line in path.read_text().splitlines()[1:]:
                inet.add(line.split()[9])
    return ours & inet


@pytest.fixture
def no_network(monkeypatch):
    attempts: list[str] = []

    def refuse(name):
        def blocked(*args, **kwargs):
            attempts.append(f"{name}{args[1:] if name.startswith('socket.') else args}")
            raise OSError("network access attempted")
        return blocked

    monkeypatch.setattr(socket.socket, "connect", refuse("socket.connect"))
    monkeypatch.setattr(socket.socket, "connect_ex", refuse("socket.connect_ex"))
    monkeypatch.setattr(socket.socket, "sendto", refuse("socket.sendto"))
    monkeypatch.setattr(socket, "create_connection", refuse("create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", refuse("getaddrinfo"))
    return attempts


def test_a_working_session_opens_no_network_connection(qtbot, tmp_path, no_network):
    linux = Path("/proc/self/fd").exists()
    before = inet_sockets_of_this_process() if linux else set()
    path = tmp_path / "overleg.db"
    env = Environment(default_path=path)
    assert env.is_new(path)
    s = env.open(path)
    env.fill_with_demo(s)
    s.search.search("thuiszitters")
    s.backups.backup_now()
    export_archive(s.db, tmp_path / "archief.zip")
    window = MainWindow(s, path, prompts=FakePrompts(), opener=env)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.refresh_all()
    qtbot.wait(50)
    window.close()
    after = inet_sockets_of_this_process() if linux else set()
    assert no_network == [], f"network use: {no_network}"
    assert after - before == set(), "a TCP/UDP socket was opened"

    for private in [path, *s.backups.backups(), tmp_path / "archief.zip"]:
        p = getattr(private, "path", private)
        assert p.stat().st_mode & 0o077 == 0, f"{p.name} is readable by others"
    assert presence_folder(path).stat().st_mode & 0o077 == 0
    with zipfile.ZipFile(tmp_path / "archief.zip") as z:
        assert "schema.json" in z.namelist()
    s.presence.release()
    s.db.close()


def test_the_guard_itself_catches_a_connection(no_network):
    """The check above can fail: a real connection attempt is caught."""
    with pytest.raises(OSError, match="network access attempted"):
        socket.create_connection(("example.org", 80), timeout=1)
    assert no_network
