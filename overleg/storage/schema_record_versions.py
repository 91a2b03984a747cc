"""Record versions and tombstones (migration 0010), kept by the file's own triggers so
every path that writes a record (a screen, an import, an undo, another instance) counts.

- record_versions: per exchanged record (table, UUID) its version (1 at creation, one more
  at every change), who wrote it last (user and installation) and when, and per field the
  stamp of its last change ('time|user|installation'), so an exchange can tell which
  side changed a field last;
- tombstones: per removed record its UUID, table, when and by whom, and the meeting and
  body it belonged to, so a removal travels to the other party and a removed record can be
  told from one that was never there. A record that comes back loses its tombstone;
- exchange_meta: this file's installation id (a UUID made once) and who is writing now
  (every write transaction of the app sets it first: record_stamps.watch_writer), so the
  triggers know the user without the app's help; the view exchange_stamp makes of them
  and the time the stamp 'time|user|installation'.

Every trigger's text is stored in the file, so it is kept short (a new database on a
nearly full disk must still fit).

The tables are bookkeeping: not archived, not captured by undo (an undo is a new change,
so versions only ever go up)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from overleg.domain.records import new_uuid

if TYPE_CHECKING:
    from sqlite_utils import Database

VERSIONS, TOMBSTONES, META = "record_versions", "tombstones", "exchange_meta"
TABLES = (VERSIONS, TOMBSTONES, META)

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
        stamp TEXT NOT NULL, created TEXT NOT NULL DEFAULT '',
        fields TEXT NOT NULL DEFAULT '{{}}', PRIMARY KEY (tbl, uuid))""",
    f"""CREATE TABLE {TOMBSTONES} (
        tbl TEXT NOT NULL, uuid TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 0,
        stamp TEXT NOT NULL, meeting TEXT, body TEXT, PRIMARY KEY (tbl, uuid))""",
    f"CREATE TABLE {META} (k TEXT PRIMARY KEY, v TEXT NOT NULL)",
    f"""CREATE VIEW exchange_stamp AS SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now') || '|'
        || coalesce((SELECT v FROM {META} WHERE k = 'user'), '') || '|'
        || coalesce((SELECT v FROM {META} WHERE k = 'installation'), '') AS s""",
]

STAMP = "(SELECT s FROM exchange_stamp)"


def triggers_for(table: str, columns: list[str]) -> list[str]:
    """Insert: version 1 (or one past its tombstone's), stamped, no field stamps (they
    default to the creation); update: version + 1, stamped, and the changed fields get
    the row's new stamp (an unchanged one writes to the dummy key '~'); delete: the
    tombstone."""
    meeting, body = SCOPE[table]
    key = f"tbl = '{table}' AND uuid = NEW.uuid"
    changed = ",".join(f"iif(OLD.[{c}] IS NEW.[{c}],'$.~','$.{c}'),stamp"
                       for c in columns if c not in ("id", "uuid"))
    return [
        f"CREATE TRIGGER [version_{table}_insert] AFTER INSERT ON [{table}] "
        f"WHEN NEW.uuid IS NOT NULL BEGIN INSERT OR REPLACE INTO {VERSIONS} "
        f"(tbl, uuid, version, stamp, created) VALUES ('{table}', NEW.uuid, coalesce(("
        f"SELECT version FROM {TOMBSTONES} WHERE {key}), 0) + 1, {STAMP}, {STAMP}); "
        f"DELETE FROM {TOMBSTONES} WHERE {key}; END",
        f"CREATE TRIGGER [version_{table}_update] AFTER UPDATE ON [{table}] "
        f"WHEN NEW.uuid IS NOT NULL BEGIN INSERT INTO {VERSIONS} (tbl, uuid, version, "
        f"stamp) VALUES ('{table}', NEW.uuid, 1, {STAMP}) ON CONFLICT (tbl, uuid) DO "
        f"UPDATE SET version = version + 1, stamp = excluded.stamp; "
        f"UPDATE {VERSIONS} SET fields = json_set(fields, {changed}) WHERE {key}; END",
        f"CREATE TRIGGER [version_{table}_delete] AFTER DELETE ON [{table}] "
        f"WHEN OLD.uuid IS NOT NULL BEGIN "
        f"INSERT OR REPLACE INTO {TOMBSTONES} (tbl, uuid, version, stamp, meeting, body) "
        f"VALUES ('{table}', OLD.uuid, coalesce((SELECT version FROM {VERSIONS} WHERE "
        f"tbl = '{table}' AND uuid = OLD.uuid), 0) + 1, {STAMP}, {meeting}, {body}); "
        f"DELETE FROM {VERSIONS} WHERE tbl = '{table}' AND uuid = OLD.uuid; END",
    ]


def create(db: Database) -> None:
    """The tables and triggers; the records already there start at version 1, last
    written by whoever the audit trail names last for them (else nobody known)."""
    for ddl in DDL:
        db.execute(ddl)
    db.execute(f"INSERT INTO {META} VALUES ('installation', ?), ('user', '')", [new_uuid()])
    for table in EXCHANGED:
        columns = [c[1] for c in db.execute(f"PRAGMA table_info([{table}])").fetchall()]
        db.execute(
            f"INSERT INTO {VERSIONS} (tbl, uuid, version, stamp) SELECT '{table}', t.uuid, "
            "1, coalesce(a.at || '|' || coalesce(a.user, '') || '|' || "
            f"(SELECT v FROM {META} WHERE k = 'installation'), {STAMP}) "
            f"FROM [{table}] t LEFT JOIN ("
            "SELECT record_uuid, max(at) AS at, user FROM audit_log "
            f"WHERE table_name = '{table}' GROUP BY record_uuid) a "
            "ON a.record_uuid = t.uuid WHERE t.uuid IS NOT NULL")
        for ddl in triggers_for(table, columns):
            db.execute(ddl)
