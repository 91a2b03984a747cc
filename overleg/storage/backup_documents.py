"""The attached documents of backups: kept once for all backups of a database.

A backup in the backup folder (`overleg-reservekopieen/`) shares one document store,
`overleg-reservekopieen/stukken/`, with every other backup there; each backup copies
only the documents that store lacks, so ten daily backups of a database with 2 GB of
documents hold those 2 GB once, plus the ten (small) database files. A backup written
elsewhere (`overleg backup --out KOPIE.db`) gets a store of its own beside it. A restore
brings back the documents the restored database names that the live store lacks.
"""

import sqlite3
from pathlib import Path

from overleg.storage.blob_store import BlobStore, store_folder
from overleg.storage.schema_attachments import TABLE

SHARED = "stukken"


def store_of_backup(backup: Path) -> BlobStore:
    if backup.parent.name.endswith("-reservekopieen"):
        return BlobStore(backup.parent / SHARED)
    return BlobStore(store_folder(backup))


def hashes(conn: sqlite3.Connection) -> set[str]:
    if not conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", [TABLE]).fetchone():
        return set()
    return {r[0] for r in conn.execute(f"SELECT DISTINCT sha256 FROM {TABLE}")}


def main_file(conn: sqlite3.Connection) -> Path | None:
    for row in conn.execute("PRAGMA database_list").fetchall():
        if row[1] == "main":
            return Path(row[2]) if row[2] else None
    return None


def copy_to_backup(conn: sqlite3.Connection, backup: Path) -> int:
    """After a backup of the database behind `conn`: its documents the backup's store
    lacks; returns how many were copied."""
    source = main_file(conn)
    wanted = hashes(conn)
    if source is None or not wanted:
        return 0
    origin = (store_of_backup(source) if source.parent.name.endswith("-reservekopieen")
              else BlobStore(store_folder(source)))
    return origin.mirror_into(store_of_backup(backup), wanted)


def bring_back(backup: Path, db_path: Path) -> int:
    """After a restore from `backup`: the documents it names that the live store lacks."""
    conn = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        wanted = hashes(conn)
    finally:
        conn.close()
    return store_of_backup(backup).mirror_into(BlobStore(store_folder(db_path)), wanted)
