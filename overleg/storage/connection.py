"""The database every repository works on: a sqlite3 connection that reads without
importing sqlite-utils.

Importing sqlite-utils (with click, pluggy and dateutil) costs the start of the app about
115 ms, and the first screen only reads. So execute() and query() run here, as
sqlite-utils 4.2 runs them (its Database.execute and .query: same autocommit of a lone
write, same savepoint around a query, same dict rows); everything else - table(),
atomic()'s transactions and savepoints, migrations - goes to a sqlite_utils.Database built
on first use over the same connection (utils_link.py), so that both see one transaction.
"""

import sqlite3
from collections.abc import Generator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, Union

from overleg.storage.sql_text import NOT_QUERIES, TRANSACTION_CONTROL, first_keyword, unique_keys

if TYPE_CHECKING:
    import sqlite_utils
    from sqlite_utils.db import Table, View

    from overleg.storage.utils_link import LinkedDatabase

Params = Sequence | dict[str, Any] | None
_NOT_A_QUERY = ("query() can only be used with SQL that returns rows - "
                "use execute() for other statements")


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
        """Runs one statement; a write outside a transaction is committed at once."""
        was_in_transaction = self.conn.in_transaction
        try:
            if parameters is not None:
                cursor = self.conn.execute(sql, parameters)
            else:
                cursor = self.conn.execute(sql)
        except Exception:
            if not was_in_transaction and self.conn.in_transaction:
                self.conn.execute("ROLLBACK")  # or it would hold every later write
            raise
        if (not was_in_transaction and self.conn.in_transaction
                and cursor.description is None
                and first_keyword(sql) not in TRANSACTION_CONTROL):
            self.conn.execute("COMMIT")  # the driver's implicit transaction
        return cursor

    def query(self, sql: str, params: Params = None) -> Generator[dict, None, None]:
        """The rows of a statement that returns rows, as dicts; a statement that returns
        none is refused (ValueError) and undone."""
        keyword = first_keyword(sql)
        if keyword in NOT_QUERIES:
            raise ValueError(_NOT_A_QUERY)
        args: tuple = (params,) if params is not None else ()
        if keyword == "PRAGMA":  # some refuse to run inside a transaction
            if self.conn.in_transaction:
                cursor = self.conn.execute(sql, *args)
            else:
                with self.ensure_autocommit_on():
                    cursor = self.conn.execute(sql, *args)
            if cursor.description is None:
                raise ValueError(_NOT_A_QUERY)
            keys = unique_keys(d[0] for d in cursor.description)
            return (dict(zip(keys, row, strict=False)) for row in cursor)
        # In a savepoint: a statement that turns out to return no rows is rolled back.
        self.conn.execute('SAVEPOINT "sqlite_utils_query"')
        released = False
        try:
            cursor = self.conn.execute(sql, *args)
            if cursor.description is None:
                raise ValueError(_NOT_A_QUERY)
            keys = unique_keys(d[0] for d in cursor.description)
            try:
                self.conn.execute('RELEASE "sqlite_utils_query"')
                released = True
            except sqlite3.OperationalError:
                # A write with RETURNING whose rows are not fetched yet: fetch them, so
                # that it completes, then release.
                fetched = cursor.fetchall()
                self.conn.execute('RELEASE "sqlite_utils_query"')
                released = True
                return (dict(zip(keys, row, strict=False)) for row in fetched)
            return (dict(zip(keys, row, strict=False)) for row in cursor)
        finally:
            if not released and self.conn.in_transaction:
                self.conn.execute('ROLLBACK TO "sqlite_utils_query"')
                self.conn.execute('RELEASE "sqlite_utils_query"')

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
