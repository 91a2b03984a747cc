"""Backups of a database file through SQLite's online backup API.

A backup is a complete, consistent copy taken while the file is in use (WAL content
included). Copies are written to a temporary name and renamed into place, so a full disk
or a crash never leaves a half-written backup that looks whole. Every copy is readable by
the owner only, like the database itself.

Automatic backups sit in a folder next to the database (`overleg-reservekopieen/` for
`overleg.db`), at most one per day, the newest KEEP_AUTOMATIC kept. A restore first takes
a copy of what it replaces (`...-voor-herstel-...`), which rotation never removes.
"""

import errno
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from overleg.storage import audit_anchors, backup_documents
from overleg.storage.connection import Database
from overleg.storage.database import (
    inspect_file,
    inspect_uri,
    integrity_problems,
    read_only_uri,
    translate_error,
)
from overleg.storage.errors import (
    CorruptDatabase,
    DatabaseUnavailable,
    NotOverlegDatabase,
    StorageError,
)

KEEP_AUTOMATIC = 10
AUTOMATIC_INTERVAL = timedelta(days=1)
_STAMP = "%Y-%m-%d-%H%M%S"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<kind>auto|handmatig|voor-herstel)-"
                   r"(?P<stamp>\d{4}-\d\d-\d\d-\d{6})(?:-\d+)?\.db$")
KIND_LABELS = {"auto": "automatisch", "handmatig": "handmatig",
               "voor-herstel": "vóór herstel"}


@dataclass(frozen=True)
class BackupInfo:
    """A backup copy of the database: where, when, what kind and how large."""
    path: Path
    taken_at: datetime
    kind: str  # 'auto', 'handmatig' or 'voor-herstel'
    size: int

    @property
    def label(self) -> str:
        return KIND_LABELS.get(self.kind, self.kind)


def backup_folder(db_path: Path) -> Path:
    return db_path.parent / f"{db_path.stem}-reservekopieen"


def backup_name(db_path: Path, kind: str, at: datetime) -> Path:
    folder = backup_folder(db_path)
    base = f"{db_path.stem}-{kind}-{at.strftime(_STAMP)}"
    target, n = folder / f"{base}.db", 1
    while target.exists():  # two copies in one second keep both
        n += 1
        target = folder / f"{base}-{n}.db"
    return target


def write_backup(conn: sqlite3.Connection, target: Path, *, source_name: str = "",
                 documents: bool = True) -> Path:
    """Copy the database behind `conn` to `target` (a new file, owner-only), and the
    attached documents its store lacks (backup_documents.py)."""
    partial = target.with_name(f".{target.name}.deel")
    try:
        target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd = os.open(partial, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
        os.close(fd)
        dst = sqlite3.connect(partial)
        try:
            conn.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
            anchor = audit_anchors.head(dst, f"de reservekopie '{target.name}'")
        finally:
            dst.close()
        os.replace(partial, target)
        audit_anchors.write_beside(target, anchor)
        if documents:
            backup_documents.copy_to_backup(conn, target)
    except (OSError, sqlite3.Error) as exc:
        try:
            partial.unlink(missing_ok=True)
        except OSError:
            pass  # no folder to write in, so nothing half-written either
        if isinstance(exc, OSError) and exc.errno != errno.ENOSPC:  # the folder, not the file
            raise DatabaseUnavailable(f"De reservekopie kan niet worden opgeslagen in "
                                      f"'{target.parent}' (geen map, of geen toegang).") from None
        raise translate_error(exc, Path(source_name or target.name)) from None
    return target


def backup_file(db_path: Path, target: Path) -> Path:
    """A backup of a database file that need not be open (read-only access suffices)."""
    state = inspect_file(db_path)  # refuses what is not a usable Overleg database
    if state == "missing":
        raise DatabaseUnavailable(f"Het bestand '{db_path}' bestaat niet.")
    if state == "empty":
        raise NotOverlegDatabase(f"'{db_path.name}' is leeg; er is niets om een "
                                 "reservekopie van te maken.")
    src = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return write_backup(src, target, source_name=db_path.name)
    finally:
        src.close()


def list_backups(db_path: Path) -> list[BackupInfo]:
    """The backups of this database, newest first."""
    folder = backup_folder(db_path)
    found = []
    for p in folder.glob(f"{db_path.stem}-*.db") if folder.is_dir() else []:
        m = _NAME.match(p.name)
        if m and m["stem"] == db_path.stem:
            taken_at = _taken_at(m["stamp"])
            if taken_at is not None:
                found.append(BackupInfo(p, taken_at, m["kind"], p.stat().st_size))
    return sorted(found, key=lambda b: (b.taken_at, b.path.name), reverse=True)


def _taken_at(stamp: str) -> datetime | None:
    """The moment in a backup's name (_STAMP), None for an impossible one (not ours).
    Read by hand: datetime.strptime imports _strptime and calendar, ~4 ms of every
    start, which looks whether the day's backup is due."""
    try:
        return datetime(int(stamp[0:4]), int(stamp[5:7]), int(stamp[8:10]),
                        int(stamp[11:13]), int(stamp[13:15]), int(stamp[15:17]))
    except ValueError:
        return None


def automatic_due(db_path: Path, now: datetime) -> bool:
    """True when the last automatic backup is a day old or more (or there is none)."""
    autos = [b for b in list_backups(db_path) if b.kind == "auto"]
    return not autos or now - autos[0].taken_at >= AUTOMATIC_INTERVAL


def automatic_backup(conn: sqlite3.Connection, db_path: Path, now: datetime, *,
                     keep: int = KEEP_AUTOMATIC) -> Path | None:
    """A backup when the last automatic one is a day old or more; old ones rotated out."""
    if not automatic_due(db_path, now):
        return None
    target = write_backup(conn, backup_name(db_path, "auto", now), source_name=db_path.name)
    for old in [b for b in list_backups(db_path) if b.kind == "auto"][keep:]:
        old.path.unlink(missing_ok=True)
        audit_anchors.forget_beside(old.path)
    return target


def automatic_backup_apart(db_path: Path, now: datetime) -> Path | None:
    """The same through a read-only connection of its own, so that it can run in another
    thread while the app works on its connection (SQLite keeps the copy consistent)."""
    src = sqlite3.connect(read_only_uri(db_path), uri=True)
    try:
        return automatic_backup(src, db_path, now)
    finally:
        src.close()


def check_backup(source: Path) -> None:
    """Raises with one sentence unless `source` is a whole, usable Overleg database."""
    if inspect_file(source) in ("missing", "empty"):
        raise DatabaseUnavailable(f"'{source.name}' is geen reservekopie van Overleg.")
    conn = sqlite3.connect(inspect_uri(source), uri=True)  # leaves no side files
    try:
        problems = integrity_problems(Database(conn))
    except sqlite3.DatabaseError as exc:
        raise translate_error(exc, source) from None
    finally:
        conn.close()
    if problems:
        raise CorruptDatabase(f"De reservekopie '{source.name}' is zelf beschadigd; kies "
                              "een andere.")


def restore(db_path: Path, source: Path, now: datetime) -> Path | None:
    """Put the content of backup `source` in `db_path`; returns the copy taken of what it
    replaced (None when there was no file). The backup itself is left as it is."""
    check_backup(source)
    refuse_foreign_target(db_path)
    safety = _keep_current(db_path, now)
    src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    try:
        if safety is not None and _readable(db_path):
            _restore_into_live_file(src, db_path)
        else:
            _replace_file(src, db_path)
    except (OSError, sqlite3.Error) as exc:
        raise translate_error(exc, db_path) from None
    finally:
        src.close()
    try:
        backup_documents.bring_back(source, db_path)
    except OSError as exc:
        raise translate_error(exc, db_path) from None
    return safety


def refuse_foreign_target(db_path: Path) -> None:
    """A restore overwrites only an Overleg database: one that opens, is damaged or
    newer, or has backups of its own beside it (it was one); or a missing or 0-byte
    file. Another program's file or a text file is never replaced."""
    if not db_path.exists() or (db_path.is_file() and db_path.stat().st_size == 0):
        return
    try:
        inspect_file(db_path)
        return
    except NotOverlegDatabase as exc:
        if list_backups(db_path):
            return
        raise NotOverlegDatabase(f"'{db_path.name}' is geen Overleg-database en wordt "
                                 "niet overschreven; kies het juiste databasebestand."
                                 ) from exc
    except StorageError:
        return  # damaged, newer, busy: the safety copy keeps what is there


def _keep_current(db_path: Path, now: datetime) -> Path | None:
    if not db_path.exists() or db_path.stat().st_size == 0:
        return None
    target = backup_name(db_path, "voor-herstel", now)
    if _readable(db_path):
        conn = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            return write_backup(conn, target, source_name=db_path.name)
        finally:
            conn.close()
    # A damaged file cannot be read by SQLite: keep its bytes (and its WAL) as they are.
    target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    for suffix in ("", "-wal"):
        original = Path(f"{db_path}{suffix}")
        if original.exists():
            fd = os.open(f"{target}{suffix}", os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "wb") as out:
                out.write(original.read_bytes())
    return target


def _readable(db_path: Path) -> bool:
    try:
        return inspect_file(db_path) in ("current", "pending")
    except Exception:
        return False


def _restore_into_live_file(src: sqlite3.Connection, db_path: Path) -> None:
    """SQLite's backup API writes into the live file under its locks, so an open
    connection (ours, in the app) sees the restored content on its next read."""
    dst = sqlite3.connect(db_path, timeout=10)
    try:
        src.backup(dst)
    finally:
        dst.close()


def _replace_file(src: sqlite3.Connection, db_path: Path) -> None:
    """The current file is missing or damaged: build the restored one beside it and
    rename it into place; a stale WAL of the damaged file must not be replayed."""
    fresh = write_backup(src, db_path.with_name(f".{db_path.name}.herstel"), documents=False)
    for suffix in ("-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    os.replace(fresh, db_path)
