"""Promise 3: a writer killed with SIGKILL at random moments, many times, leaves a sound
database holding every write it reported committed (and nothing half-written)."""

import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from overleg.services.container import build_services
from overleg.storage.database import integrity_problems, open_database
from tests.helpers import body_with_members, meeting
from tests.storage.crash_writer import write

ROOT = Path(__file__).resolve().parents[2]
# Raise for a longer soak: OVERLEG_CRASH_KILLS=200 pytest tests/storage/test_crash.py
KILLS = int(os.environ.get("OVERLEG_CRASH_KILLS", "40"))

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="POSIX only")


def fork_writer(path: Path, meeting_id: int) -> tuple[int, int]:
    """A child process (forked: no interpreter start-up, so many kills fit in seconds)
    writing through the services; each committed UUID goes down a pipe. Returns pid and
    the pipe's reading end."""
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        try:
            os.close(r)
            write(path, meeting_id, "schrijver", -1,
                  lambda line: os.write(w, f"{line}\n".encode()))
        finally:
            os._exit(1)
    os.close(w)
    return pid, r


def read_lines(fd: int, into: list[str]) -> None:
    buffer = b""
    while chunk := os.read(fd, 65536):
        buffer += chunk
        *done, buffer = buffer.split(b"\n")
        into.extend(x.decode() for x in done)
    os.close(fd)


def start_writer(path: Path, meeting_id: int, user: str = "schrijver", count: int = -1):
    """A writer in a fresh interpreter (the two-user test)."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.storage.crash_writer", str(path), str(meeting_id),
         user, str(count)], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    lines: list[str] = []
    reader = threading.Thread(target=lambda: lines.extend(iter(proc.stdout.readline, "")),
                              daemon=True)
    reader.start()
    return proc, lines, reader


def wait_for(lines: list[str], n: int, timeout: float = 15) -> None:
    end = time.monotonic() + timeout
    while len(lines) < n:
        assert time.monotonic() < end, "the writer did not start"
        time.sleep(0.005)


def test_sigkill_at_random_moments_loses_no_committed_write(tmp_path):
    path = tmp_path / "overleg.db"
    s = build_services(open_database(path), user="tester")
    mid = meeting(s, body_with_members(s), (2013, 9, 19))
    s.db.close()
    rng = random.Random(20130919)
    committed: list[str] = []
    survived = 0
    for _ in range(KILLS):
        pid, fd = fork_writer(path, mid)
        lines: list[str] = []
        reader = threading.Thread(target=read_lines, args=(fd, lines), daemon=True)
        reader.start()
        wait_for(lines, 2)  # opened, and one write committed
        time.sleep(rng.uniform(0, 0.08))
        os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
        reader.join(timeout=5)
        assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
        committed += [line for line in lines[1:] if len(line) == 36]
        survived += 1

    db = open_database(path)
    try:
        assert integrity_problems(db) == []
        stored = {r["uuid"] for r in db.query("SELECT uuid FROM followups")}
        missing = [u for u in committed if u not in stored]
        assert missing == [], f"{len(missing)} committed writes lost"
        # Each write is a follow-up plus its audit entry, in one transaction: never half.
        audited = db.execute("SELECT count(*) FROM audit_log WHERE table_name = 'followups'"
                             " AND action = 'created'").fetchone()[0]
        assert audited == len(stored)
        hits = db.execute("SELECT count(*) FROM followups_fts WHERE followups_fts MATCH "
                          "'Actiepunt'").fetchone()[0]
        assert hits == len(stored), "the search index is as complete as the table"
    finally:
        db.close()
    print(f"\nkills survived: {survived}, committed writes checked: {len(committed)}")
    assert survived == KILLS and len(committed) >= KILLS
