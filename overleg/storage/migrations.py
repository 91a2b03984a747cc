"""The schema's history as sqlite-utils Migrations; each runs in its own transaction.

Released migrations are never changed or reordered: an older database replays exactly
the steps it is missing.
"""

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from overleg.storage import (
    audit_repo,
    schema_attachments,
    schema_change_log,
    schema_followup_due,
    schema_markdown_notes,
    schema_meeting_indexes,
    schema_oogo,
    schema_owner_index,
    schema_record_versions,
    schema_safe_codes,
    schema_settings,
    schema_v1,
)
from overleg.storage.connection import overleg_database
from overleg.storage.migration_names import MIGRATION_SET

migrations = Migrations(MIGRATION_SET)


@migrations(name="0001_initial")
def initial(db: Database) -> None:
    for ddl in schema_v1.TABLES + schema_v1.INDEXES:
        db.execute(ddl)
    for table, columns in schema_v1.FTS.items():
        db.table(table).enable_fts(columns, create_triggers=True,
                             tokenize="unicode61 remove_diacritics 2")


@migrations(name="0002_audit_host")
def audit_host(db: Database) -> None:
    """A file on a shared folder is edited from several machines: the audit trail names
    the machine next to the user, and lists a table's changes by time quickly."""
    db.execute("ALTER TABLE audit_log ADD COLUMN host TEXT NOT NULL DEFAULT ''")
    db.execute("CREATE INDEX idx_audit_table_at ON audit_log(table_name, at)")


@migrations(name="0003_followup_due_order")
def followup_due_order(db: Database) -> None:
    for ddl in schema_followup_due.DDL:
        db.execute(ddl)


@migrations(name="0004_audit_chain")
def audit_chain(db: Database) -> None:
    """The trail becomes a hash chain (overleg.domain.audit_chain): each row carries the
    previous row's hash and its own; rows from an archive are marked with their source;
    a later erasure of personal data keeps the digests of what it replaced. Existing rows
    are chained in their order."""
    for ddl in ("ALTER TABLE audit_log ADD COLUMN source TEXT NOT NULL DEFAULT ''",
                "ALTER TABLE audit_log ADD COLUMN imported_at TEXT",
                "ALTER TABLE audit_log ADD COLUMN erased TEXT NOT NULL DEFAULT ''",
                "ALTER TABLE audit_log ADD COLUMN prev_hash TEXT",
                "ALTER TABLE audit_log ADD COLUMN hash TEXT"):
        db.execute(ddl)
    audit_repo.chain_existing(overleg_database(db))


@migrations(name="0005_oogo_cycle")
def oogo_cycle(db: Database) -> None:
    for ddl in schema_oogo.DDL:
        db.execute(ddl)
    for table, columns in schema_oogo.FTS.items():
        db.table(table).enable_fts(columns, create_triggers=True,
                             tokenize="unicode61 remove_diacritics 2")


@migrations(name="0006_safe_body_codes")
def safe_body_codes(db: Database) -> None:
    schema_safe_codes.rename_refused_codes(db)


@migrations(name="0007_change_log")
def change_log(db: Database) -> None:
    """Which records changed, by whichever instance: an open window shows a colleague's
    changes in the same file. (Needs none of the migrations between 0005 and it.)"""
    schema_change_log.create(db)


@migrations(name="0008_archived_people")
def archived_people(db: Database) -> None:
    """People and organisations who are referred to (minutes, follow-ups, procedures) are
    archived instead of deleted: hidden from pickers, kept in records and documents."""
    for table in ("people", "organisations"):
        db.execute(f"ALTER TABLE {table} ADD COLUMN archived INTEGER NOT NULL DEFAULT 0")


@migrations(name="0009_attachments")
def attachments(db: Database) -> None:
    """Documents per agenda item: records here, bytes beside the file (blob_store.py)."""
    schema_attachments.create(db)


@migrations(name="0010_record_versions")
def record_versions(db: Database) -> None:
    """Exchange packages: records carry a version and their last writer, removals leave a
    tombstone (schema_record_versions.py)."""
    schema_record_versions.create(db)


@migrations(name="0011_file_settings")
def file_settings(db: Database) -> None:
    """Settings kept in the file: the retention periods of personal data (AVG)."""
    for ddl in schema_settings.DDL + schema_change_log.triggers_for("file_settings"):
        db.execute(ddl)


@migrations(name=schema_markdown_notes.NAME)
def markdown_notes(db: Database) -> None:
    """Notes are Markdown from now on; stored plain notes are escaped so that they look
    exactly as before (bulleted lines stay bullets)."""
    schema_markdown_notes.escape_stored_notes(db)


@migrations(name=schema_meeting_indexes.NAME)
def meeting_indexes(db: Database) -> None:
    """A coming meeting's returning points through indexes (schema_meeting_indexes.py)."""
    for ddl in schema_meeting_indexes.DDL:
        db.execute(ddl)


@migrations(name=schema_owner_index.NAME)
def owner_index(db: Database) -> None:
    """An organisation's follow-ups through an index (schema_owner_index.py)."""
    for ddl in schema_owner_index.DDL:
        db.execute(ddl)


def known_names() -> list[str]:
    return [m.name for m in migrations._migrations]


SCHEMA_VERSION = len(known_names())
