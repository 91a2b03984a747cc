"""Is a file's content what Overleg wrote: its pages sound, and its schema exactly the
one its migrations make (replayed in memory to compare)."""

from __future__ import annotations

import sqlite3
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from overleg.storage.connection import Database


def pages_sound(uri: str) -> bool:
    conn = sqlite3.connect(uri, uri=True)
    try:
        return conn.execute("PRAGMA integrity_check(1)").fetchone()[0] == "ok"
    finally:
        conn.close()


def integrity_problems(db: Database) -> list[str]:
    """Every damaged page and every broken reference (`overleg check`, a backup)."""
    rows = db.execute("PRAGMA integrity_check").fetchall()
    problems = [r[0] for r in rows if r[0] != "ok"]
    problems += [f"verwijzing {r[0]}.{r[2]} #{r[1]} ontbreekt"
                 for r in db.execute("PRAGMA foreign_key_check").fetchall()]
    return problems


def schema_of(conn: sqlite3.Connection) -> frozenset:
    """Tables, indexes and triggers by name, with each table's columns (type, NOT NULL,
    default, key) and references and each index's columns: what a damaged schema
    changes, and independent of how sqlite-utils words its SQL."""
    objects = conn.execute("SELECT type, name, tbl_name FROM sqlite_master "
                           "WHERE name NOT LIKE 'sqlite_autoindex%'").fetchall()
    details = []
    for kind, name, _ in objects:
        if kind == "table":
            details.append(("columns", name, tuple(map(tuple, conn.execute(
                f"PRAGMA table_info([{name}])").fetchall()))))
            details.append(("references", name, tuple(map(tuple, conn.execute(
                f"PRAGMA foreign_key_list([{name}])").fetchall()))))
        elif kind == "index":
            details.append(("index", name, tuple(map(tuple, conn.execute(
                f"PRAGMA index_info([{name}])").fetchall()))))
    return frozenset(objects + details)


@lru_cache(maxsize=8)
def expected_schema(applied: tuple[str, ...]) -> frozenset:
    """The schema a file has after exactly these migrations, replayed in memory (only
    for a file not checked before: the migrations are imported here, not at start)."""
    from sqlite_utils import Database

    from overleg.storage.migrations import known_names, migrations

    db = Database(memory=True, execute_plugins=False)
    names = known_names()
    later = names[len(applied):] if list(applied) == names[:len(applied)] else []
    migrations.apply(db, stop_before=later[0] if later else None)
    try:
        return schema_of(db.conn)
    finally:
        db.close()
