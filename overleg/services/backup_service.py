"""Backups and restore of the open database, and what to tell a user whose file cannot
be opened (with the backups that could replace it)."""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from overleg.domain.dutch_dates import short_date
from overleg.domain.errors import OverlegError
from overleg.services.context import Context
from overleg.storage.backup import (
    BackupInfo,
    automatic_backup,
    automatic_backup_apart,
    automatic_due,
    backup_name,
    list_backups,
    restore,
    write_backup,
)
from overleg.storage.database import open_database
from overleg.storage.errors import (
    CorruptDatabase,
    DatabaseBusy,
    DatabaseUnavailable,
    EmptyDatabaseFile,
    NotOverlegDatabase,
    StorageError,
)
from overleg.storage.presence import Presence


class BackupService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    @property
    def path(self) -> Path | None:
        """The open database file (None for an in-memory database)."""
        for row in self.ctx.db.execute("PRAGMA database_list").fetchall():
            if row[1] == "main":
                return Path(row[2]) if row[2] else None
        return None

    def _file(self) -> Path:
        if self.path is None:
            raise StorageError("Deze database staat alleen in het geheugen; er is geen "
                               "bestand om een reservekopie van te maken.")
        return self.path

    def backups(self) -> list[BackupInfo]:
        return list_backups(self.path) if self.path else []

    def backup_now(self, out: Path | None = None) -> Path:
        """A copy on request: to `out`, or into the backup folder."""
        path = self._file()
        if out is not None and out.exists():
            raise StorageError(f"'{out.name}' bestaat al; kies een nieuwe naam voor de "
                               "reservekopie.")
        target = out or backup_name(path, "handmatig", self.ctx.now())
        return write_backup(self.ctx.db.conn, target, source_name=path.name)

    def automatic(self) -> Path | None:
        """The daily backup; None when today's (or a younger) one exists."""
        return automatic_backup(self.ctx.db.conn, self._file(), self.ctx.now())

    def automatic_job(self) -> Callable[[], Path | None] | None:
        """The daily backup as a job for a worker thread, or None when today's copy
        exists (or the database is only in memory). The job touches nothing of this
        service: it copies through a read-only connection of its own, so the app keeps
        working meanwhile (a ten-year archive takes a while to copy, longer on a share)."""
        path, now = self.path, self.ctx.now()
        if path is None or not automatic_due(path, now):
            return None
        return lambda: automatic_backup_apart(path, now)

    def restore(self, source: Path) -> Path | None:
        """Replace the content of the open file by a backup; returns the copy taken of what
        was replaced. Not inside a transaction: the backup API writes the file itself."""
        path = self._file()
        refuse_when_shared(path, self.ctx.user)
        from overleg.services.audit_history import record_restore, trail_length

        replaced = trail_length(path)
        kept = restore(path, source, self.ctx.now())
        record_restore(self.ctx, path, source, replaced)
        return kept


def refuse_when_shared(path: Path, user: str) -> None:
    others = Presence(path, user).others()
    if others:
        raise DatabaseBusy(f"{others[0].describe()} heeft '{path.name}' open; herstellen kan "
                           "pas als niemand anders het bestand gebruikt.")


def restore_file(path: Path, source: Path, user: str, now: datetime | None = None
                 ) -> Path | None:
    """Restore a file that is not open (the command line, or a file that would not open)."""
    refuse_when_shared(path, user)
    # Imported here: a restore is rare, and the window imports this module at every start.
    from overleg.services.audit_history import record_restore, trail_length

    replaced = trail_length(path)
    kept = restore(path, source, now or datetime.now())
    db = open_database(path, create=False)
    try:
        at = now
        record_restore(Context(db, user=user) if at is None else
                       Context(db, now=lambda: at, user=user), path, source, replaced)
    finally:
        db.close()
    return kept


@dataclass(frozen=True)
class FileProblem:
    """Why a file cannot be used, and the backups that could take its place."""

    message: str
    backups: list[BackupInfo]
    empty: bool = False  # an empty file: the user may choose to make it a database
    @property
    def can_restore(self) -> bool:
        return bool(self.backups)


# A damaged or unreadable file can be replaced by a backup; a newer or foreign file not.
_RESTORABLE = (CorruptDatabase, NotOverlegDatabase, DatabaseUnavailable)


def file_problem(path: Path, exc: OverlegError) -> FileProblem:
    backups = []
    if isinstance(exc, _RESTORABLE) and path.parent.is_dir():
        try:
            backups = list_backups(path)
        except OSError:
            backups = []
    return FileProblem(str(exc), backups, empty=isinstance(exc, EmptyDatabaseFile))


def describe_with_offer(path: Path, exc: OverlegError, command: bool = True) -> str:
    """The error sentence, plus where the newest backup is and how to restore it."""
    problem = file_problem(path, exc)
    if not problem.backups:
        return problem.message
    newest = problem.backups[0]
    when = f"{short_date(newest.taken_at.date())} {newest.taken_at:%H.%M}"
    offer = f" Er is een reservekopie van {when}: {newest.path}"
    if command:
        offer += f" (herstellen: overleg restore --db {path} --from {newest.path})."
    else:
        offer += "."
    return problem.message + offer
