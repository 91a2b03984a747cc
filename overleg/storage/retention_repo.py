"""Retention of personal data: the periods (kept in the file's settings) and the records
past them, found and cleared by SQL."""

from datetime import date

from overleg.domain.retention import DueRecord, RetentionKind
from overleg.storage.columns import to_date
from overleg.storage.connection import Database

_KEY = "retention.{}"

_DUE = {
    RetentionKind.CONFIDENTIAL_NOTES: """
        SELECT i.id, i.uuid, m.starts_at, 'agendapunt ''' || i.title || ''', ' || b.name
        FROM agenda_items i JOIN meetings m ON m.id = i.meeting_id
        JOIN bodies b ON b.id = m.body_id
        WHERE i.confidential = 1 AND i.notes != '' AND date(m.starts_at) <= ?
        ORDER BY m.starts_at, i.position""",
    RetentionKind.ATTENDANCE: """
        SELECT a.id, m.uuid, m.starts_at, p.name || ' bij ' || b.name
        FROM attendance a JOIN meetings m ON m.id = a.meeting_id
        JOIN bodies b ON b.id = m.body_id JOIN people p ON p.id = a.person_id
        WHERE date(m.starts_at) <= ?
        ORDER BY m.starts_at, p.name""",
    RetentionKind.FOLLOWUP_OWNERS: """
        SELECT f.id, f.uuid, coalesce(f.done_on, f.created_on), p.name || ': '
               || rtrim(substr(f.text, 1, 60))
        FROM followups f JOIN people p ON p.id = f.owner_person_id
        WHERE f.status IN ('done', 'cancelled')
          AND coalesce(f.done_on, f.created_on) IS NOT NULL
          AND date(coalesce(f.done_on, f.created_on)) <= ?
        ORDER BY 3, f.id""",
}

_APPLY = {
    RetentionKind.CONFIDENTIAL_NOTES: "UPDATE agenda_items SET notes = '' WHERE id = ?",
    RetentionKind.ATTENDANCE: "DELETE FROM attendance WHERE id = ?",
    RetentionKind.FOLLOWUP_OWNERS: "UPDATE followups SET owner_person_id = NULL WHERE id = ?",
}


class RetentionRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    def stored_months(self, kind: RetentionKind) -> str | None:
        row = self.db.execute("SELECT value FROM file_settings WHERE key = ?",
                              [_KEY.format(kind)]).fetchone()
        return row[0] if row else None

    def store_months(self, kind: RetentionKind, months: int) -> None:
        self.db.execute("INSERT INTO file_settings (key, value) VALUES (?, ?) ON CONFLICT "
                        "(key) DO UPDATE SET value = excluded.value",
                        [_KEY.format(kind), str(months)])

    def due(self, kind: RetentionKind, cutoff: date) -> list[DueRecord]:
        return [DueRecord(kind, _TABLES[kind], row_id, uuid, to_date(day) or cutoff, what)
                for row_id, uuid, day, what in self.db.execute(
                    _DUE[kind], [cutoff.isoformat()]).fetchall()]

    def clear(self, record: DueRecord) -> None:
        self.db.execute(_APPLY[record.kind], [record.row_id])


_TABLES = {RetentionKind.CONFIDENTIAL_NOTES: "agenda_items",
           RetentionKind.ATTENDANCE: "attendance",
           RetentionKind.FOLLOWUP_OWNERS: "followups"}
