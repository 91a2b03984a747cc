"""Which archives (ZIP) were exported from which database file, on this computer.

An archive holds every record as it was; when a person is anonymised later, the archives
made before still hold their name. The file itself cannot say where its archives went
(an export only reads it), so each export is noted here, in a small JSON file in the
user-data folder: the database, the archive's path and when. Losing the record loses
only that list."""

import sqlite3
from datetime import datetime
from pathlib import Path

from overleg.storage.user_records import read_record, save_record

RECORD_NAME = "geexporteerde-archieven.json"
KEEP = 50  # archives remembered per database file


def database_file(conn: sqlite3.Connection) -> Path | None:
    for row in conn.execute("PRAGMA database_list").fetchall():
        if row[1] == "main":
            return Path(row[2]) if row[2] else None
    return None


def note(db_path: Path | None, archive: Path, at: datetime) -> None:
    if db_path is None:
        return
    records = _read()
    key = str(db_path.resolve())
    old = records.get(key)
    entries = [e for e in (old if isinstance(old, list) else []) if isinstance(e, dict)
               and e.get("pad") != str(archive.resolve())]
    entries.append({"pad": str(archive.resolve()), "tijd": at.isoformat(timespec="seconds")})
    records[key] = entries[-KEEP:]
    _save(records)


def archives(db_path: Path) -> list[tuple[Path, datetime]]:
    """The archives noted for `db_path` that still exist, oldest first."""
    found = []
    entries = _read().get(str(db_path.resolve()))
    for e in entries if isinstance(entries, list) else []:
        try:
            path, at = Path(e["pad"]), datetime.fromisoformat(e["tijd"])
        except (KeyError, TypeError, ValueError):
            continue
        if path.exists():
            found.append((path, at))
    return found


def _read() -> dict:
    return read_record(RECORD_NAME)


def _save(records: dict) -> None:
    save_record(RECORD_NAME, records)
