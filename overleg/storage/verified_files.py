"""Which database files passed SQLite's full integrity check, and in which state.

The full check reads every page: a third of a second on a ten-year archive, too slow for
every start. A file whose state (identity, size, times, header and WAL) is what it was
when Overleg last checked it, or last wrote and closed it, cannot have been damaged from
outside since, so it is not checked again; anything else is (a copy from a colleague, a
restored backup, a crash mid-session, a sync tool). Once a week every file is checked
anyway, for damage that leaves no trace in the file's times (a failing disk).

The record is a small JSON file in the user-data folder; losing it costs one check.
"""

from datetime import datetime, timedelta
from pathlib import Path

from overleg import __version__
from overleg.storage.user_records import read_record, save_record

RECORD_NAME = "gecontroleerde-bestanden.json"
RECHECK_AFTER = timedelta(days=7)
KEEP = 32  # files remembered; the oldest check is forgotten first
HEADER_BYTES = 100  # SQLite's file header: page size, counters, schema cookie


def file_state(path: Path) -> list:
    """What changes when anyone writes the file: the Overleg version that checks it, the
    file's identity, size, modification and change times and header, and the identity,
    size and modification time of its WAL."""
    state: list = [__version__]
    for p in (path, path.with_name(path.name + "-wal")):
        try:
            st = p.stat()
        except OSError:
            st = None
        # An empty WAL holds nothing: reading the file creates one (and removing it
        # again is up to SQLite), so it counts the same as none.
        if st is None or (p != path and st.st_size == 0):
            state += [None] * 3
        else:
            state += [st.st_ino, st.st_size, st.st_mtime_ns]
    try:
        st = path.stat()
        with path.open("rb") as fh:
            header = fh.read(HEADER_BYTES)
        state += [st.st_ctime_ns, header.hex()]
    except OSError:
        state += [None, None]
    return state


def is_verified(path: Path, *, now: datetime | None = None) -> bool:
    """True when `path` is in the state recorded after its last check or our last write,
    and that check is less than RECHECK_AFTER old."""
    entry = _read().get(_key(path))
    if not isinstance(entry, dict) or entry.get("state") != file_state(path):
        return False
    try:
        checked = datetime.fromisoformat(entry["checked"])
    except (KeyError, TypeError, ValueError):
        return False
    return (now or datetime.now()) - checked < RECHECK_AFTER


def checked(path: Path, *, now: datetime | None = None) -> None:
    """`path` just passed the full check in its present state."""
    _write(path, (now or datetime.now()).isoformat(timespec="seconds"))


def vouch(path: Path) -> None:
    """Overleg itself just wrote `path`, which was verified when it was opened: its new
    state is as sound as the one checked (the date of that check is kept)."""
    entry = _read().get(_key(path))
    if isinstance(entry, dict) and isinstance(entry.get("checked"), str):
        _write(path, entry["checked"])


def anchor(path: Path) -> object:
    """The audit chain's head last recorded for `path` (see audit_anchors), or None."""
    entry = _read().get(_key(path))
    return entry.get("audit") if isinstance(entry, dict) else None


def set_anchor(path: Path, head: dict | None) -> None:
    records = _read()
    entry = records.get(_key(path))
    entry = dict(entry) if isinstance(entry, dict) else {"state": None, "checked": None}
    if head is None:
        entry.pop("audit", None)
    else:
        entry["audit"] = head
    records.pop(_key(path), None)
    records[_key(path)] = entry
    _save(dict(list(records.items())[-KEEP:]))


def _key(path: Path) -> str:
    return str(path.resolve())





def _write(path: Path, checked_at: str) -> None:
    records = _read()
    old = records.pop(_key(path), None)
    records[_key(path)] = {"state": file_state(path), "checked": checked_at}
    if isinstance(old, dict) and "audit" in old:  # the anchor outlives every re-check
        records[_key(path)]["audit"] = old["audit"]
    _save(dict(list(records.items())[-KEEP:]))


def _read() -> dict:
    return read_record(RECORD_NAME)


def _save(records: dict) -> None:
    save_record(RECORD_NAME, records)
