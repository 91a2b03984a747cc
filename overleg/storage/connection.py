"""The database every repository works on: a sqlite3 connection that reads without
importing sqlite-utils.

Importing sqlite-utils (with click, pluggy and dateutil) costs the start of the app about
100 ms, and the first screen only reads. So execute() and query() run here, with the
contract the repositories rely on (a lone write is committed at once; rows come as dicts);
everything else - table(), atomic()'s transactions and savepoints, migrations - goes to a
sqlite_utils.Database built on first use over the same connection (utils_link.py), so
that both see one transaction.
"""

import sqlite3
from collections.abc import Generator, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, Union

if TYPE_CHECKING:
    import sqlite_utils
    from sqlite_utils.db import Table, View

    from overleg.storage.utils_link import LinkedDatabase

Params = Sequence | dict[str, Any] | None


class Database:
    """An Overleg database connection (see the module's docstring)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._utils: LinkedDatabase | None = None
        self.execute("PRAGMA recursive_triggers=on;")  # as sqlite_utils.Database does

    @property
    def utils(self) -> "LinkedDatabase":
        """sqlite-utils over this connection, for writing and migrating; imported and
        built on first use."""
        if self._utils is None:
            from overleg.storage.utils_link import LinkedDatabase

            self._utils = LinkedDatabase(self)
        return self._utils

    def execute(self, sql: str, parameters: Params = None) -> sqlite3.Cursor:
        """Runs one statement. A write outside a transaction is committed at once (the
        driver opened a transaction for it that nobody else would end); inside one, it is
        part of it."""
        before = self.conn.in_transaction
        args: tuple = () if parameters is None else (parameters,)
        try:
            cursor = self.conn.execute(sql, *args)
        except Exception:
            if not before and self.conn.in_transaction:
                self.conn.execute("ROLLBACK")  # or it would hold every later write
            raise
        if not before and self.conn.in_transaction and cursor.description is None \
                and not _begins_transaction(sql):
            self.conn.execute("COMMIT")
        return cursor

    def query(self, sql: str, params: Params = None) -> Iterator[dict[str, Any]]:
        """The rows of a statement as dicts. A statement that gives no rows is a mistake
        of the caller (ValueError; a write it opened a transaction for is undone)."""
        before = self.conn.in_transaction
        cursor = self.conn.execute(sql, () if params is None else params)
        if cursor.description is None:
            if not before and self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise ValueError(f"query() gives rows; this statement gives none: {sql[:60]!r}")
        names = column_names([d[0] for d in cursor.description])
        return (dict(zip(names, row, strict=True)) for row in cursor)

    def table_names(self) -> list[str]:
        return [r[0] for r in self.execute(
            "select name from sqlite_master where type = 'table'").fetchall()]

    @contextmanager
    def ensure_autocommit_on(self) -> Generator[None, None, None]:
        """The driver opens no implicit transaction in the block (for statements such as
        PRAGMA journal_mode that refuse to run in one); refused inside a transaction,
        which changing the isolation level would commit."""
        if self.conn.in_transaction:
            from sqlite_utils.db import TransactionError

            raise TransactionError("ensure_autocommit_on() cannot be used inside a "
                                   "transaction - changing isolation_level would commit "
                                   "the open transaction")
        old_isolation_level = self.conn.isolation_level
        try:
            self.conn.isolation_level = None
            yield
        finally:
            self.conn.isolation_level = old_isolation_level

    @contextmanager
    def atomic(self) -> Generator["Database", None, None]:
        """A transaction (a savepoint inside one), by sqlite-utils."""
        with self.utils.plain_atomic():
            yield self

    def table(self, table_name: str, **kwargs: Any) -> "Table":
        return self.utils.table(table_name, **kwargs)

    def __getitem__(self, table_name: str) -> Union["Table", "View"]:
        return self.utils[table_name]

    def close(self) -> None:
        self.conn.close()


def overleg_database(db: "sqlite_utils.Database") -> Database:
    """The Database a migration's sqlite-utils Database stands for (its owner,
    utils_link.py), or one over its connection (migrations replayed on a plain one)."""
    owner = getattr(db, "owner", None)
    return owner if isinstance(owner, Database) else Database(db.conn)


def _begins_transaction(sql: str) -> bool:
    """Whether the statement is the caller's own BEGIN or SAVEPOINT (left open for the
    caller to end), rather than a write the driver opened a transaction for."""
    words = sql.split(None, 1)
    return bool(words) and words[0].rstrip(";").upper() in ("BEGIN", "SAVEPOINT")


def column_names(names: list[str]) -> list[str]:
    """A result's column names with a repeated one numbered (id, id_2, id_3; a number
    another column already has is skipped), so that no value hides another in a row's
    dict."""
    if len(set(names)) == len(names):
        return names
    given, result = set(names), []
    for name in names:
        candidate, n = name, 1
        while candidate in result or (candidate != name and candidate in given):
            n += 1
            candidate = f"{name}_{n}"
        result.append(candidate)
    return result
