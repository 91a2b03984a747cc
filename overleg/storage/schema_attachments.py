"""Migration 0009: documents attached to agenda items (domain/attachments.py).

One row per version of a document; `previous_id` points to the version it replaced and
`current` is 0 once a newer one replaced it. The bytes live outside the file
(blob_store.py), named by `sha256`; the extracted text sits in the row and in a
full-text index, so search finds a sentence inside an attached PDF."""

from __future__ import annotations

from typing import TYPE_CHECKING

from overleg.storage import schema_change_log

if TYPE_CHECKING:
    from sqlite_utils import Database

TABLE = "attachments"

DDL = [
    f"""CREATE TABLE {TABLE} (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        item_id INTEGER NOT NULL REFERENCES agenda_items(id) ON DELETE CASCADE,
        position INTEGER NOT NULL DEFAULT 0,
        title TEXT NOT NULL,
        version TEXT NOT NULL DEFAULT '',
        confidential INTEGER NOT NULL DEFAULT 0,
        file_name TEXT NOT NULL,
        size INTEGER NOT NULL,
        media_type TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        added_at TEXT NOT NULL,
        previous_id INTEGER REFERENCES {TABLE}(id) ON DELETE SET NULL,
        current INTEGER NOT NULL DEFAULT 1,
        text TEXT NOT NULL DEFAULT ''
    )""",
    f"CREATE INDEX idx_attachments_item ON {TABLE}(item_id, current, position)",
    f"CREATE INDEX idx_attachments_sha ON {TABLE}(sha256)",
    f"CREATE INDEX idx_attachments_previous ON {TABLE}(previous_id)",
]

FTS_COLUMNS = ["title", "file_name", "text"]


def create(db: Database) -> None:
    for ddl in DDL:
        db.execute(ddl)
    db.table(TABLE).enable_fts(FTS_COLUMNS, create_triggers=True,
                               tokenize="unicode61 remove_diacritics 2")
    if db.execute("SELECT 1 FROM sqlite_master WHERE name = ?",
                  [schema_change_log.LOG_TABLE]).fetchone():
        for ddl in schema_change_log.triggers_for(TABLE):
            db.execute(ddl)
