"""Record versions and tombstones (migration 0010), kept by the file's own triggers so
every path that writes a record (a screen, an import, an undo, another instance) counts.

- record_versions: per exchanged record (table, UUID) its version (1 at creation, one more
  at every change), who wrote it last (user and installation) and when, and per field the
  stamp of its last change ('time|user|installation'), so an exchange can tell which
  side changed a field last;
- tombstones: per removed record its UUID, table, when and by whom, and the meeting and
  body it belonged to, so a removal travels to the other party and a removed record can be
  told from one that was never there. A record that comes back loses its tombstone;
- exchange_installation: this file's installation id (a UUID made once);
- exchange_writer: who is writing now. Every write transaction of the app sets it first
  (record_stamps.writer_hook), so the triggers know the user without the app's help.

The tables are bookkeeping: not archived, not captured by undo (an undo is a new change,
so versions only ever go up)."""

from sqlite_utils import Database

from overleg.domain.records import new_uuid

VERSIONS, TOMBSTONES = "record_versions", "tombstones"
INSTALLATION, WRITER = "exchange_installation", "exchange_writer"
TABLES = (VERSIONS, TOMBSTONES, INSTALLATION, WRITER)

# The tables whose records travel in an exchange package (people, organisations and
# bodies as what the others refer to), each with how a removed row finds its meeting
# and body for the tombstone.
_MEETING_OF = "(SELECT uuid FROM meetings WHERE id = OLD.meeting_id)"
_BODY_OF_MEETING = ("(SELECT b.uuid FROM bodies b JOIN meetings m ON m.body_id = b.id "
                    "WHERE m.id = OLD.meeting_id)")
_ITEM_MEETING = "(SELECT meeting_id FROM agenda_items WHERE id = OLD.item_id)"
SCOPE: dict[str, tuple[str, str]] = {
    "organisations": ("NULL", "NULL"),
    "people": ("NULL", "NULL"),
    "bodies": ("NULL", "OLD.uuid"),
    "meetings": ("OLD.uuid", "(SELECT uuid FROM bodies WHERE id = OLD.body_id)"),
    "agenda_items": (_MEETING_OF, _BODY_OF_MEETING),
    "decisions": (_MEETING_OF, _BODY_OF_MEETING),
    "followups": (_MEETING_OF, _BODY_OF_MEETING),
    "item_positions": (f"(SELECT uuid FROM meetings WHERE id = {_ITEM_MEETING})",
                       "(SELECT b.uuid FROM bodies b JOIN meetings m ON m.body_id = b.id "
                       f"WHERE m.id = {_ITEM_MEETING})"),
    "milestones": ("NULL", "(SELECT uuid FROM bodies WHERE id = OLD.body_id)"),
}
EXCHANGED = tuple(SCOPE)

DDL = [
    f"""CREATE TABLE {VERSIONS} (
        tbl TEXT NOT NULL, uuid TEXT NOT NULL, version INTEGER NOT NULL,
        changed_at TEXT NOT NULL, changed_by TEXT NOT NULL, installation TEXT NOT NULL,
        fields TEXT NOT NULL DEFAULT '{{}}', PRIMARY KEY (tbl, uuid))""",
    f"""CREATE TABLE {TOMBSTONES} (
        tbl TEXT NOT NULL, uuid TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 0,
        deleted_at TEXT NOT NULL, deleted_by TEXT NOT NULL, installation TEXT NOT NULL,
        meeting TEXT, body TEXT, PRIMARY KEY (tbl, uuid))""",
    f"CREATE INDEX idx_tombstones_meeting ON {TOMBSTONES}(meeting)",
    f"CREATE TABLE {INSTALLATION} (id TEXT NOT NULL, created_at TEXT NOT NULL)",
    f"CREATE TABLE {WRITER} (user TEXT NOT NULL)",
]

NOW = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"
_USER = f"coalesce((SELECT user FROM {WRITER} LIMIT 1), '')"
_INST = f"coalesce((SELECT id FROM {INSTALLATION} LIMIT 1), '')"
STAMP = f"({NOW} || '|' || {_USER} || '|' || {_INST})"


def _field_stamps(columns: list[str], changed: bool) -> str:
    """json_set over every column: the stamp of now where the row's value changed (every
    column at an insert), else the stamp it had."""
    parts = []
    for c in columns:
        if c in ("id", "uuid"):
            continue
        now = STAMP if not changed else (
            f"CASE WHEN OLD.[{c}] IS NOT NEW.[{c}] THEN {STAMP} "
            f"ELSE json_extract(fields, '$.{c}') END")
        parts.append(f"'$.{c}', {now}")
    return "json_set(fields, " + ", ".join(parts) + ")"


def triggers_for(table: str, columns: list[str]) -> list[str]:
    meeting, body = SCOPE[table]
    upsert = (f"INSERT INTO {VERSIONS} (tbl, uuid, version, changed_at, changed_by, "
              f"installation) VALUES ('{table}', NEW.uuid, coalesce((SELECT version "
              f"FROM {TOMBSTONES} "
              f"WHERE tbl = '{table}' AND uuid = NEW.uuid), 0) + 1, {NOW}, {_USER}, {_INST}) "
              "ON CONFLICT (tbl, uuid) DO UPDATE SET version = version + 1, "
              f"changed_at = {NOW}, changed_by = {_USER}, installation = {_INST}; ")
    where = f"WHERE tbl = '{table}' AND uuid = NEW.uuid; "
    return [
        f"CREATE TRIGGER [version_{table}_insert] AFTER INSERT ON [{table}] "
        f"WHEN NEW.uuid IS NOT NULL BEGIN {upsert}"
        f"UPDATE {VERSIONS} SET fields = {_field_stamps(columns, False)} {where}"
        f"DELETE FROM {TOMBSTONES} {where} END",
        f"CREATE TRIGGER [version_{table}_update] AFTER UPDATE ON [{table}] "
        f"WHEN NEW.uuid IS NOT NULL BEGIN {upsert}"
        f"UPDATE {VERSIONS} SET fields = {_field_stamps(columns, True)} {where} END",
        f"CREATE TRIGGER [version_{table}_delete] AFTER DELETE ON [{table}] "
        f"WHEN OLD.uuid IS NOT NULL BEGIN "
        f"INSERT OR REPLACE INTO {TOMBSTONES} (tbl, uuid, version, deleted_at, deleted_by, "
        f"installation, meeting, body) VALUES ('{table}', OLD.uuid, "
        f"coalesce((SELECT version FROM {VERSIONS} WHERE tbl = '{table}' AND uuid = OLD.uuid),"
        f" 0) + 1, {NOW}, {_USER}, {_INST}, {meeting}, {body}); "
        f"DELETE FROM {VERSIONS} WHERE tbl = '{table}' AND uuid = OLD.uuid; END",
    ]


def create(db: Database) -> None:
    """The tables and triggers; the records already there start at version 1, last
    written by whoever the audit trail names last for them (else nobody known)."""
    for ddl in DDL:
        db.execute(ddl)
    db.execute(f"INSERT INTO {INSTALLATION} VALUES (?, {NOW})", [new_uuid()])
    db.execute(f"INSERT INTO {WRITER} VALUES ('')")
    for table in EXCHANGED:
        columns = [c[1] for c in db.execute(f"PRAGMA table_info([{table}])").fetchall()]
        db.execute(
            f"INSERT INTO {VERSIONS} (tbl, uuid, version, changed_at, changed_by, "
            f"installation) SELECT '{table}', t.uuid, 1, coalesce(a.at, {NOW}), "
            f"coalesce(a.user, ''), {_INST} FROM [{table}] t LEFT JOIN ("
            "SELECT record_uuid, max(at) AS at, user FROM audit_log "
            f"WHERE table_name = '{table}' GROUP BY record_uuid) a "
            "ON a.record_uuid = t.uuid WHERE t.uuid IS NOT NULL")
        for ddl in triggers_for(table, columns):
            db.execute(ddl)
