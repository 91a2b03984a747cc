"""What other connections changed in the file since this one last looked, read from the
change log the file's triggers keep (schema_change_log.py).

SQLite's `PRAGMA data_version` changes only when another connection committed, so a look
when nobody else wrote costs two small queries and reads no log. This connection's own
writes are skipped: each of its write transactions marks its stretch of the log (own(),
entered by OverlegDatabase.atomic)."""

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from overleg.storage.connection import Database
from overleg.storage.schema_change_log import LOG_TABLE

# (table, row id, 'insert' | 'update' | 'delete'), in the order they happened.
Entry = tuple[str, int, str]


class LogGap(Exception):
    """The log no longer reaches back to where this connection last looked."""


class ChangeLog:
    def __init__(self, db: Database) -> None:
        self.db = db
        self._own: list[tuple[int, int]] = []  # (after, up to) of this connection's writes
        self.seen = self.position()
        self._version = self._data_version()
        if hasattr(db, "transaction_hooks"):  # every write transaction of this connection
            db.transaction_hooks = (*db.transaction_hooks, self.own)

    def position(self) -> int:
        try:
            return self.db.execute(f"SELECT coalesce(max(seq), 0) FROM {LOG_TABLE}"
                                   ).fetchone()[0]
        except sqlite3.OperationalError:  # no log: a file of an older version (restored)
            return 0

    @contextmanager
    def own(self) -> Iterator[None]:
        """Around a write transaction of this connection (inside it, so no one else
        writes meanwhile): its entries are not news to this connection. Entered by
        OverlegDatabase.atomic; nesting is harmless."""
        start = self.position()
        yield
        end = self.position()
        if end > start:
            self._own.append((start, end))

    def news(self) -> list[Entry]:
        """Changes by others since the last look (raises LogGap when some were pruned).
        A file busy with someone's save right now (or closed already, by a window on its
        way out): nothing yet, asked again next time."""
        try:
            return self._news()
        except (sqlite3.OperationalError, sqlite3.ProgrammingError):
            return []

    def _news(self) -> list[Entry]:
        newest = self.position()  # read before the version: a commit in between is
        version = self._data_version()  # seen now by its version, or next time
        if version == self._version:
            self.seen, self._own = newest, []
            return []
        if newest < self.seen:  # the file was replaced (a backup restored): read it all
            self.seen, self._own, self._version = newest, [], version
            raise LogGap
        rows = self.db.execute(f"SELECT seq, tbl, rid, op FROM {LOG_TABLE} WHERE seq > ? "
                               "ORDER BY seq", [self.seen]).fetchall()
        oldest = self.db.execute(f"SELECT min(seq) FROM {LOG_TABLE}").fetchone()[0]
        self._version = version  # only now: a read that failed is tried again
        seen, own = self.seen, self._own
        self._own = []
        if rows:
            self.seen = rows[-1][0]
        if oldest is not None and oldest > seen + 1 and seen < newest:
            raise LogGap
        return [(tbl, rid, op) for seq, tbl, rid, op in rows
                if not any(start < seq <= end for start, end in own)]

    def _data_version(self) -> int:
        return self.db.execute("PRAGMA data_version").fetchone()[0]
