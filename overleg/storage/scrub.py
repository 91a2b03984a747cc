"""After an erasure: making the file forget the old bytes.

SQLite keeps deleted and overwritten content around: in free pages and unused parts of
pages, in the old segments of a full-text index (FTS5 marks a deleted row's tokens as
deleted and merges them away later), and in the WAL until a checkpoint. So:

1. `secure_delete` is on while the erasure runs (freed cells are overwritten with zeros);
2. each FTS index is rebuilt from its table and optimised into one segment, in the
   erasure's own transaction;
3. then VACUUM rewrites the whole file without free pages, and a TRUNCATE checkpoint
   copies the WAL into the file and empties it.

VACUUM is itself a transaction (through the WAL or the rollback journal): a crash or a
power cut during it leaves the file as it was before, anonymised already but not yet
compacted; compacting again (`compact`) finishes the job.
"""

import sqlite3

from overleg.storage.connection import Database


def secure_delete(db: Database, on: bool = True) -> None:
    db.execute(f"PRAGMA secure_delete = {'ON' if on else 'OFF'}")


def fts_tables(db: Database) -> list[str]:
    return [r[0] for r in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE "
        "'CREATE VIRTUAL TABLE%USING FTS5%' ORDER BY name")]


def rebuild_fts(db: Database) -> None:
    """Every full-text index rebuilt from its table (inside the caller's transaction)."""
    for fts in fts_tables(db):
        db.execute(f"INSERT INTO [{fts}] ([{fts}]) VALUES ('rebuild')")
        db.execute(f"INSERT INTO [{fts}] ([{fts}]) VALUES ('optimize')")


def compact(db: Database) -> str:
    """VACUUM and an emptied WAL; '' when done, else why not (one Dutch sentence)."""
    if db.conn.in_transaction:
        return "De database was nog bezig met een wijziging."
    try:
        secure_delete(db)
        db.execute("VACUUM")
        busy = db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    except sqlite3.OperationalError:
        return ("Het bestand kon nog niet worden opgeschoond, omdat iemand anders het "
                "open heeft; sluit Overleg elders en anonimiseer opnieuw.")
    if busy and busy[0]:
        return ("Het logbestand (-wal) kon niet worden geleegd, omdat iemand anders het "
                "bestand leest; sluit Overleg elders en anonimiseer opnieuw.")
    return ""
