"""The full page check of a file the window opened before checking it.

A file unknown to verified_files (a copy from a colleague, a restored backup) has every
page checked before anyone writes to it. On a ten-year archive that takes seconds, and
grows with the file, so the window shows the file at once and the check runs in a worker
on a read-only connection of its own. Until it has passed, the window's connection is
held read-only (SQLite's query_only: no statement can change the file) and every
transaction is refused with one sentence; only a passed check is recorded. The command
line keeps checking before it opens (database.open_database without check_later).
"""

import sqlite3
import threading
from pathlib import Path

from overleg.storage import journal, verified_files
from overleg.storage.connection import Database
from overleg.storage.errors import FileBeingChecked, StorageError, translate_error

DAMAGED = "database disk image is malformed"


class FailedCheck(sqlite3.DatabaseError):
    """The full check found damage (not worth a second look)."""


class PageCheck:
    """One run of SQLite's integrity check over `uri`, which another thread may stop."""

    def __init__(self, path: Path, uri: str) -> None:
        self.path, self.uri = path, uri
        self.state = "running"  # then "passed", "failed" or "stopped"
        self._conn: sqlite3.Connection | None = None
        self._lock = threading.Lock()

    def run(self) -> bool:
        """True when every page is sound (runs in a worker; decides nothing itself: the
        window's thread records the outcome: accept_check)."""
        conn = sqlite3.connect(self.uri, uri=True, check_same_thread=False)
        with self._lock:
            if self.state == "stopped":
                conn.close()
                return False
            self._conn = conn
        try:
            return conn.execute("PRAGMA integrity_check(1)").fetchone()[0] == "ok"
        except sqlite3.DatabaseError:
            return False  # not even readable (damaged), or interrupted by stop()
        finally:
            with self._lock:
                self._conn = None
            conn.close()

    def stop(self) -> None:
        """The window is closing: end a running check at once (it counts as not passed)."""
        with self._lock:
            if self.state == "running":
                self.state = "stopped"
            if self._conn is not None:
                self._conn.interrupt()


def accept_check(db: Database, passed: bool) -> None:
    """The outcome of the background check, in the window's thread. Passed: recorded, and
    the file writable (its journal mode settled now); else it stays read-only and every
    write is refused as for a damaged file."""
    check: PageCheck | None = getattr(db, "pending_check", None)
    if check is None or check.state != "running":
        return
    if not passed:
        check.state = "failed"
        return
    check.state = "passed"
    verified_files.checked(check.path)
    db.execute("PRAGMA query_only = OFF")
    db.pending_check = None  # type: ignore[attr-defined]
    journal.settle(db, check.path, fresh=False)


def refusal(check: PageCheck) -> StorageError:
    """Why a transaction is refused while the check runs, or after it failed."""
    if check.state in ("running", "stopped"):
        return FileBeingChecked(f"'{check.path.name}' wordt nog gecontroleerd; wijzigingen "
                                "kunnen worden opgeslagen zodra die controle klaar is.")
    return failure(check.path)


def failure(path: Path) -> StorageError:
    """What the user is told when the check found damage: the sentence of the check
    before opening."""
    error = translate_error(FailedCheck(DAMAGED), path)
    assert isinstance(error, StorageError)
    return error
