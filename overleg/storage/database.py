"""Opening an Overleg database safely.

Every check runs on a read-only connection first, so a file that is not ours, is damaged
or comes from a newer version is refused without a single byte written. Only then is the
file opened for writing, configured and migrated (after a copy is taken).
"""

import os
import sqlite3
import time
from collections.abc import Callable, Generator
from contextlib import AbstractContextManager, ExitStack, contextmanager, suppress
from pathlib import Path

from overleg.storage import audit_anchors, journal, leftovers, page_cache, verified_files
from overleg.storage.connection import Database
from overleg.storage.errors import (
    DatabaseUnavailable,
    EmptyDatabaseFile,
    NewerDatabase,
    NotOverlegDatabase,
    StorageError,
    translate_error,
)
from overleg.storage.file_uris import inspect_uri, read_only_uri
from overleg.storage.file_uris import sidecars as _sidecars
from overleg.storage.migration_names import MIGRATION_SET, NAMES
from overleg.storage.page_check import FailedCheck, PageCheck, refusal
from overleg.storage.schema_check import expected_schema
from overleg.storage.schema_check import integrity_problems as integrity_problems
from overleg.storage.schema_check import pages_sound as _pages_sound  # tests count calls
from overleg.storage.schema_check import schema_of as _schema_of

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 10_000
BUSY_RETRIES = 3  # after the busy timeout: a colleague's long save, then give up politely


class OverlegDatabase(Database):
    """A Database whose transactions suit a file shared by two people: the write lock is
    taken at BEGIN (so a read-then-write never fails on a stale snapshot), waited for and
    retried, and SQLite's errors reach the user as one sentence after a full rollback."""

    path: Path = Path("overleg.db")
    notices: list[str] = []  # what opening said without refusing (see journal.py)
    # Entered inside each outermost transaction, around its work (the change log marks
    # this connection's own writes so: change_log.py). Set per connection in _connect.
    transaction_hooks: tuple[Callable[[], AbstractContextManager], ...] = ()
    # Set while the file's full check runs in the background (page_check.py).
    pending_check: PageCheck | None = None

    @contextmanager
    def atomic(self) -> Generator["Database", None, None]:
        if self.conn.in_transaction:
            with super().atomic():
                yield self
            return
        if self.pending_check is None:
            self._begin_immediate()
        else:  # read-only until its check has passed (page_check.py): a write fails below
            self.conn.execute("BEGIN")
        try:
            with ExitStack() as hooks:
                for hook in self.transaction_hooks:
                    hooks.enter_context(hook())
                yield self
            self.conn.execute("COMMIT")
        except BaseException as exc:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.OperationalError):
                check = self.pending_check
                raise (refusal(check) if check else translate_error(exc, self.path)) from None
            raise

    def close(self) -> None:
        """Closed after Overleg's own writes (checkpointed into the file): a file that was
        verified when it was opened is remembered as sound in its new state, and the audit
        chain's new head is recorded outside it."""
        with suppress(sqlite3.DatabaseError):  # closed already, or unreadable: anchor stays
            audit_anchors.advance(self.conn, self.path)
        super().close()
        if self.pending_check is None:  # an unchecked state is never vouched for
            verified_files.vouch(self.path)

    def _begin_immediate(self) -> None:
        for attempt in range(BUSY_RETRIES + 1):
            try:
                self.conn.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as exc:
                busy = "locked" in str(exc) or "busy" in str(exc)
                if not busy or attempt == BUSY_RETRIES:
                    raise translate_error(exc, self.path) from None
                time.sleep(0.2 * (attempt + 1))


def open_database(path: str | os.PathLike, *, create: bool = True,
                  adopt_empty: bool = False, check_later: bool = False) -> OverlegDatabase:
    """Open (or create) an Overleg database, migrated to the current schema.

    An empty file (no bytes, or SQLite without tables) is made an Overleg database only
    with `adopt_empty`: the user chose to create one there. Every refusal leaves the
    folder as it was. With `check_later` a current file whose pages are due for the full
    check opens before it, read-only until accept_check (see page_check.py)."""
    path = Path(path)
    state, unchecked = _inspect(path, defer_pages=check_later)
    if state == "missing" and not create:
        raise DatabaseUnavailable(f"Het bestand '{path}' bestaat niet.")
    if state == "empty" and not adopt_empty:
        raise EmptyDatabaseFile(f"'{path.name}' is leeg en (nog) geen Overleg-database; "
                                "kies een nieuwe bestandsnaam of verwijder het lege bestand.")
    if state != "missing":
        _refuse_unwritable(path)
    elif not os.access(path.parent, os.W_OK):
        raise DatabaseUnavailable(f"In de map '{path.parent}' kan geen database worden "
                                  "gemaakt (alleen-lezen of geen toegang).")
    if state in ("missing", "empty"):
        _create_private_file(path)
    elif state == "pending":
        from overleg.storage.migration_copy import copy_before_migrating  # rarely

        copy_before_migrating(path)
    sidecars = [p for p in _sidecars(path) if not p.exists()]
    db = _connect(path)
    try:
        _configure(db, path, fresh=state in ("missing", "empty"), settle=not unchecked)
        if unchecked:  # before anything else may run a statement on it
            db.execute("PRAGMA query_only = ON")
            db.pending_check = PageCheck(path, read_only_uri(path))
        if state != "current":
            _migrate(db)
    except (sqlite3.DatabaseError, UnicodeDecodeError, StorageError) as exc:
        try:
            db.close()
        except sqlite3.Error:
            pass
        if state == "missing":  # all of it is ours, written just now
            for p in [path, *_sidecars(path)]:
                p.unlink(missing_ok=True)
        else:
            _remove_new_sidecars(path, sidecars)
        raise exc if isinstance(exc, StorageError) else translate_error(exc, path) from None
    if state in ("missing", "empty"):
        verified_files.checked(path)  # made by Overleg just now: nothing to check
    leftovers.clear(path)
    return db


def _refuse_unwritable(path: Path) -> None:
    """Checked before SQLite touches the file: SQLite would open a read-only file
    read-only without a word and leave read-only side files behind."""
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        raise DatabaseUnavailable(f"'{path.name}' kan niet worden geopend om te schrijven "
                                  "(alleen-lezen of geen toegang).")


def open_for_reading(path: str | os.PathLike) -> Database:
    """An existing database for a command that only reads: opened read-only when its
    schema is current, so listing never changes the file; migrated (after a copy) when
    it is older."""
    path = Path(path)
    state = inspect_file(path)
    if state == "missing":
        raise DatabaseUnavailable(f"Het bestand '{path}' bestaat niet.")
    if state == "empty":
        raise NotOverlegDatabase(f"'{path.name}' is leeg; het is (nog) geen Overleg-database.")
    if state == "pending":
        return open_database(path, create=False)
    try:
        sidecars = [p for p in _sidecars(path) if not p.exists()]
        # A file we may not write gets read-only side files that would block its
        # owner later: with no WAL content pending, it is read without them.
        uri = read_only_uri(path) if os.access(path, os.W_OK) else inspect_uri(path)
        conn = sqlite3.connect(uri, uri=True,
                               timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
        db = Database(conn)
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        db.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as exc:
        _remove_new_sidecars(path, sidecars)
        raise translate_error(exc, path) from None
    return db


def open_memory() -> Database:
    """A fresh in-memory database with the current schema (tests, previews); usable from
    the worker of long work (ui/common/progress.py), like a file's connection."""
    db = Database(sqlite3.connect(":memory:", check_same_thread=False))
    db.execute("PRAGMA foreign_keys = ON")
    _migrate(db)
    return db


def _migrate(db: Database) -> None:
    """Replays the migrations the file lacks. Imported here: a file whose schema is
    current (every start but the first after an update) needs none of them."""
    from overleg.storage.migrations import migrations

    migrations.apply(db.utils)


def inspect_file(path: Path) -> str:
    """'missing', 'empty', 'current' or 'pending' (older schema); raises when unusable.

    Reads only: a connection in read-only mode, immutable when no side files are needed
    (see inspect_uri), so that a refusal leaves the folder as it was.
    """
    return _inspect(path)[0]


def _inspect(path: Path, *, defer_pages: bool = False) -> tuple[str, bool]:
    """inspect_file's state, and whether the full page check was left to the caller
    (`defer_pages`: only for a current file, which opening does not migrate)."""
    if not path.exists():
        if not path.parent.is_dir():
            raise DatabaseUnavailable(f"De map '{path.parent}' bestaat niet.")
        return "missing", False
    if path.is_dir():
        raise NotOverlegDatabase(f"'{path}' is een map, geen Overleg-database.")
    try:
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except PermissionError:
        raise DatabaseUnavailable(f"U heeft geen toegang tot '{path}'.") from None
    if not header:
        return "empty", False
    if header != SQLITE_HEADER:
        raise NotOverlegDatabase(f"'{path.name}' is geen Overleg-database.")
    sidecars = [p for p in _sidecars(path) if not p.exists()]
    uri = inspect_uri(path)
    try:
        try:
            names, applied, deferred = _read_schema(path, uri, defer_pages)
        except sqlite3.DatabaseError as exc:
            if isinstance(exc, FailedCheck) or "immutable" not in uri \
                    or uri == read_only_uri(path):
                raise
            # Someone may have begun writing while we read without locks: once more,
            # with SQLite's locks (and side files, removed again on a refusal).
            names, applied, deferred = _read_schema(path, read_only_uri(path), defer_pages)
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:  # damaged text too
        _remove_new_sidecars(path, sidecars)
        raise translate_error(exc, path) from None
    try:
        return _state(path, names, applied), deferred
    except StorageError:
        _remove_new_sidecars(path, sidecars)
        raise


def _read_schema(path: Path, uri: str, defer_pages: bool = False
                 ) -> tuple[set[str], list[str], bool]:
    """The file's table names and Overleg migrations, its pages and schema checked once
    per state of the file (see verified_files). Damage deep inside the file shows now,
    not halfway through someone's work (or, with `defer_pages` and a current file, its
    pages in the background: then the third value is True). Another program's file (sqlite-utils
    keeps its own _sqlite_migrations) is foreign, not damaged."""
    conn = sqlite3.connect(uri, uri=True)
    try:
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        applied = _our_migrations(conn) if "_sqlite_migrations" in names else []
        if applied and not verified_files.is_verified(path):
            later = defer_pages and tuple(applied) == NAMES
            if (not later and not _pages_sound(uri)) or (
                    set(applied) <= set(NAMES)
                    and _schema_of(conn) != expected_schema(tuple(applied))):
                raise FailedCheck("database disk image is malformed")
            if later:
                return names, applied, True
            verified_files.checked(path)
        return names, applied, False
    finally:
        conn.close()


def _state(path: Path, names: set[str], applied: list[str]) -> str:
    if not names:
        return "empty"
    if not applied:
        raise NotOverlegDatabase(f"'{path.name}' is een SQLite-bestand van een ander "
                                 "programma, geen Overleg-database.")
    unknown = set(applied) - set(NAMES)
    if unknown:
        raise NewerDatabase(f"'{path.name}' is gemaakt met een nieuwere versie van Overleg; "
                            "werk Overleg bij om het te openen.")
    return "pending" if len(applied) < len(NAMES) else "current"


def _our_migrations(conn: sqlite3.Connection) -> list[str]:
    try:
        return [r[0] for r in conn.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", [MIGRATION_SET])]
    except sqlite3.OperationalError:  # a table of that name in another layout
        return []


def _remove_new_sidecars(path: Path, created: list[Path]) -> None:
    """A refused file is left as it was found: the empty WAL and shared-memory files that
    reading it in WAL mode created are removed again."""
    for p in created:
        try:
            if p.exists() and (p.name.endswith("-shm") or p.stat().st_size == 0):
                p.unlink()
        except OSError:
            pass


def schema_version(db: Database) -> int:
    from overleg.storage.migrations import migrations

    return len(migrations.applied(db.utils))


def _create_private_file(path: Path) -> None:
    """Records of a consultation can hold personal data: readable by the owner only."""
    try:
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
        os.close(fd)
    except OSError as exc:
        raise translate_error(exc, path) from None


def _connect(path: Path) -> OverlegDatabase:
    try:
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000,
                               check_same_thread=False)
    except sqlite3.Error as exc:
        raise translate_error(exc, path) from None
    db = OverlegDatabase(conn)
    db.path = path
    db.transaction_hooks = ()
    return db


def _configure(db: OverlegDatabase, path: Path, *, fresh: bool, settle: bool = True) -> None:
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    db.execute("PRAGMA foreign_keys = ON")
    db.notices = []
    if settle:  # a switch rewrites the header: not before the file is checked
        journal.settle(db, path, fresh=fresh)
    # SQLite quietly opens a read-only file read-only: find out now, not at the first save,
    # by rewriting a header field with its own value and rolling back.
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        version = db.conn.execute("PRAGMA user_version").fetchone()[0]
        db.conn.execute(f"PRAGMA user_version = {int(version)}")
    finally:
        db.conn.execute("ROLLBACK")
    db.execute(f"PRAGMA synchronous = {journal.SYNCHRONOUS}")
    page_cache.keep_working_set(db)


def notices(db: Database) -> list[str]:
    """What opening said without refusing (a journal mode kept from the file)."""
    return list(getattr(db, "notices", []))
