"""connection.Database reads as the repositories expect (the rows sqlite-utils 4 would give)
and hands writing to sqlite-utils, over one connection and one transaction."""

import sqlite3

import pytest
import sqlite_utils

from overleg.storage.connection import Database, overleg_database
from overleg.storage.database import open_database


def pair() -> tuple[Database, sqlite_utils.Database]:
    """Ours and sqlite-utils' over two in-memory files with the same table."""
    ours = Database(sqlite3.connect(":memory:"))
    theirs = sqlite_utils.Database(sqlite3.connect(":memory:"), execute_plugins=False)
    for db in (ours, theirs):
        db.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)")
        db.execute("INSERT INTO t (name) VALUES ('a'), ('b')")
    return ours, theirs


@pytest.mark.parametrize("sql", [
    "SELECT id, name FROM t ORDER BY id",
    "SELECT id, name, id, name AS id_2 FROM t",  # repeated names are made unique alike
    "-- a comment\n/* and another */ SELECT count(*) AS n FROM t",
    "PRAGMA table_info(t)",
])
def test_query_gives_the_rows_sqlite_utils_gives(sql):
    ours, theirs = pair()
    assert list(ours.query(sql)) == list(theirs.query(sql))
    assert list(ours.query("SELECT * FROM t")) == list(theirs.query("SELECT * FROM t"))


@pytest.mark.parametrize("sql", ["BEGIN", "UPDATE t SET name = 'x'", "PRAGMA user_version = 3",
                                 " vacuum"])
def test_query_refuses_what_returns_no_rows_and_undoes_it(sql):
    db, _ = pair()
    with pytest.raises(ValueError, match="gives none"):
        db.query(sql)
    assert [r["name"] for r in db.query("SELECT name FROM t")] == ["a", "b"]
    assert not db.conn.in_transaction


def test_execute_commits_a_lone_write_and_leaves_a_transaction_open():
    ours, _ = pair()
    ours.execute("UPDATE t SET name = 'z' WHERE id = 1")
    assert not ours.conn.in_transaction  # committed at once
    ours.execute("BEGIN")
    ours.execute("DELETE FROM t")
    assert ours.conn.in_transaction  # part of the caller's transaction
    ours.execute("ROLLBACK")
    with pytest.raises(sqlite3.IntegrityError):
        ours.execute("INSERT INTO t (id, name) VALUES (1, 'dup')")
    assert not ours.conn.in_transaction  # the failed write left no transaction behind
    assert ours.table_names() == ["t"]


def test_recursive_triggers_are_on_as_sqlite_utils_sets_them():
    ours, _ = pair()
    assert ours.execute("PRAGMA recursive_triggers").fetchone()[0] == 1


def test_writing_goes_through_one_sqlite_utils_database_over_the_same_connection():
    ours, _ = pair()
    assert ours.utils is ours.utils and ours.utils.conn is ours.conn
    with pytest.raises(KeyError):
        with ours.atomic() as db:
            assert db is ours
            ours.table("t").insert({"name": "c"})
            with ours.atomic():  # a savepoint inside
                ours.table("t").insert({"name": "d"})
            raise KeyError("undone")
    assert [r["name"] for r in ours.query("SELECT name FROM t")] == ["a", "b"]
    assert overleg_database(ours.utils) is ours


def test_a_tables_own_transaction_is_overlegs(tmp_path):
    """sqlite-utils' insert outside a transaction opens one with atomic(): it is
    OverlegDatabase's (write lock at BEGIN, its hooks run), as before."""
    db = open_database(tmp_path / "overleg.db")
    entered = []

    class Hook:
        def __enter__(self):
            entered.append(db.conn.in_transaction)

        def __exit__(self, *exc):
            return None

    db.transaction_hooks = (*db.transaction_hooks, Hook)
    try:
        db.table("file_settings").insert({"key": "k", "value": "v"}, alter=False)
        assert entered == [True]
        assert not db.conn.in_transaction
    finally:
        db.close()


@pytest.mark.parametrize(("names", "expected"), [
    (["id", "name"], ["id", "name"]),
    (["id", "id", "id"], ["id", "id_2", "id_3"]),
    (["id", "id", "id_2"], ["id", "id_3", "id_2"]),  # a number another column has is skipped
    (["id_2", "id", "id"], ["id_2", "id", "id_3"]),
])
def test_repeated_column_names_are_numbered(names, expected):
    from overleg.storage.connection import column_names

    assert column_names(names) == expected
