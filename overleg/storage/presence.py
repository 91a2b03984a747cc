"""Who else has this database open: one small note per running instance in a folder next
to the file (`overleg.db.in-gebruik/`), with user, machine, process and time.

SQLite's own locks keep the data safe; the notes only let Overleg tell a user "Anna on
LAPTOP-12 has this file open since 09.14". A note is stale, and ignored and cleared,
once its process is gone (same machine) or when it has not been refreshed for STALE_AFTER
(another machine, whose processes we cannot see).
"""

import json
import os
import sys
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

STALE_AFTER = timedelta(hours=12)  # a working day; the app refreshes its note meanwhile


@dataclass(frozen=True)
class Occupant:
    """Another instance that has the file open: who, where and since when."""
    user: str
    host: str
    pid: int
    since: datetime
    seen: datetime  # last refresh

    def describe(self) -> str:
        return f"{self.user} op {self.host} (sinds {self.since:%d-%m-%Y %H.%M})"


def host_name() -> str:
    """This machine's name, as platform.node() gives it; `platform` itself is imported
    only where os.uname is missing (Windows): it costs every start a few milliseconds."""
    uname = getattr(os, "uname", None)
    if uname is not None:
        return uname().nodename
    import platform

    return platform.node()


def presence_folder(db_path: Path) -> Path:
    return db_path.with_name(f"{db_path.name}.in-gebruik")


class Presence:
    """This instance's note; `others()` lists everyone else who has the file open."""

    def __init__(self, db_path: Path, user: str, *, host: str | None = None,
                 pid: int | None = None, now=datetime.now) -> None:
        self.folder = presence_folder(Path(db_path))
        self.user, self.host = user, host or host_name() or "onbekend"
        self.pid = pid or os.getpid()
        self.now = now
        self.since = now()
        self.note = self.folder / f"{_safe(self.host)}-{self.pid}.json"

    def claim(self) -> None:
        """Write (or refresh) our note; a folder we cannot write to is no reason to stop
        working, so failures are ignored (the others simply do not see us)."""
        try:
            self.folder.mkdir(exist_ok=True, mode=0o700)
            partial = self.note.with_suffix(".deel")
            partial.write_text(json.dumps({
                "user": self.user, "host": self.host, "pid": self.pid,
                "since": self.since.isoformat(timespec="seconds"),
                "seen": self.now().isoformat(timespec="seconds")}), encoding="utf-8")
            os.replace(partial, self.note)
        except OSError:
            pass

    refresh = claim

    def release(self) -> None:
        try:
            self.note.unlink(missing_ok=True)
            self.folder.rmdir()  # only when empty: others keep theirs
        except OSError:
            pass

    def others(self) -> list[Occupant]:
        found = []
        for note in sorted(self.folder.glob("*.json")) if self.folder.is_dir() else []:
            if note == self.note:
                continue
            occupant = _read(note)
            if occupant is None or self._stale(occupant):
                if occupant is not None:
                    note.unlink(missing_ok=True)
                continue
            found.append(occupant)
        return found

    def _stale(self, o: Occupant) -> bool:
        if o.host == self.host:
            return not _alive(o.pid)
        return self.now() - o.seen > STALE_AFTER


def _read(note: Path) -> Occupant | None:
    try:
        data = json.loads(note.read_text(encoding="utf-8"))
        return Occupant(str(data["user"]), str(data["host"]), int(data["pid"]),
                        datetime.fromisoformat(data["since"]),
                        datetime.fromisoformat(data["seen"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None  # half-written or foreign: not a colleague


def _alive(pid: int) -> bool:
    if os.name == "nt":  # os.kill(pid, 0) would terminate the process on Windows
        return _alive_windows(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process
    except OSError:
        return False
    return True


def _alive_windows(pid: int) -> bool:
    if sys.platform != "win32":  # called only there; says so to the type checker
        return False
    import ctypes

    kernel32 = ctypes.windll.kernel32
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return False
    try:
        code = ctypes.c_ulong()
        kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        return code.value == 259  # STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)


def _safe(text: str) -> str:
    return "".join(c if c.isalnum() or c in "-_" else "_" for c in text)[:60]
