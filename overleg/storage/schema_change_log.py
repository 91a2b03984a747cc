"""The change log (migration 0007): every insert, update and delete of a record, by any
connection to the file, noted by a trigger as (table, row id, kind), so an instance can
find out what a colleague changed since it last looked (storage/change_log.py).

The triggers are created for the record tables the file has when the migration runs; a
later migration that adds a record table adds its triggers with triggers_for(). The log
keeps the last LOG_KEEP entries: an instance that looks later than that re-reads all."""

from __future__ import annotations

from typing import TYPE_CHECKING

from overleg.storage import archive_tables
from overleg.storage.connection import overleg_database

if TYPE_CHECKING:
    from sqlite_utils import Database

LOG_TABLE = "change_log"
LOG_KEEP = 100_000
NOT_LOGGED = {"audit_log"}  # only ever appended, and shown from its own screen

TABLE = f"""CREATE TABLE {LOG_TABLE} (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    tbl TEXT NOT NULL,
    rid INTEGER NOT NULL,
    op TEXT NOT NULL
)"""

# Pruned once every thousand entries, in one range delete on the primary key.
BOUNDED = f"""CREATE TRIGGER {LOG_TABLE}_bounded AFTER INSERT ON {LOG_TABLE}
    WHEN NEW.seq % 1000 = 0
    BEGIN DELETE FROM {LOG_TABLE} WHERE seq <= NEW.seq - {LOG_KEEP}; END"""


def triggers_for(table: str) -> list[str]:
    note = f"INSERT INTO {LOG_TABLE} (tbl, rid, op) VALUES"
    return [
        f"CREATE TRIGGER [{LOG_TABLE}_{table}_insert] AFTER INSERT ON [{table}] "
        f"BEGIN {note} ('{table}', NEW.rowid, 'insert'); END",
        f"CREATE TRIGGER [{LOG_TABLE}_{table}_update] AFTER UPDATE ON [{table}] "
        f"BEGIN {note} ('{table}', NEW.rowid, 'update'); END",
        f"CREATE TRIGGER [{LOG_TABLE}_{table}_delete] AFTER DELETE ON [{table}] "
        f"BEGIN {note} ('{table}', OLD.rowid, 'delete'); END",
    ]


def create(db: Database) -> None:
    tables = [t for t in archive_tables.record_tables(overleg_database(db)) if t not in NOT_LOGGED]
    db.execute(TABLE)
    db.execute(BOUNDED)
    for table in tables:
        for ddl in triggers_for(table):
            db.execute(ddl)
