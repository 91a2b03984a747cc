"""Where a text (a person's name, an e-mail address) is stored, and rewriting it there.

Every text column of every record table is looked through, read from SQLite's own schema,
so a later migration's columns are covered without changes here. LIKE finds candidates
(case-insensitive for ASCII); the caller decides per value (casefolded) what matches.
"""

from collections.abc import Iterator

from overleg.storage import archive_tables
from overleg.storage.connection import Database

# Kept apart: the audit trail is rewritten only through AuditRepo.erase (the chain).
_NOT_SCANNED = {"audit_log"}
_NEVER_PERSONAL = {"uuid", "status", "kind", "stance", "role", "code", "standard",
                   "template_code", "step_code", "template_path"}


def _text_columns(db: Database, table: str) -> list[str]:
    return [c[1] for c in db.execute(f"PRAGMA table_info([{table}])").fetchall()
            if (c[2] or "").upper() == "TEXT" and c[1] not in _NEVER_PERSONAL]


def _like(text: str) -> str:
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


class PersonDataRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    def text_hits(self, texts: list[str]) -> Iterator[tuple[str, int, str, str, str]]:
        """(table, rowid, uuid or '', column, value) of every stored text in a record
        table that may contain one of `texts`."""
        for table in archive_tables.record_tables(self.db):
            if table in _NOT_SCANNED:
                continue
            columns = _text_columns(self.db, table)
            if not columns:
                continue
            has_uuid = any(c[1] == "uuid" for c in
                           self.db.execute(f"PRAGMA table_info([{table}])").fetchall())
            uuid = "uuid" if has_uuid else "''"
            for column in columns:
                where = " OR ".join(f"[{column}] LIKE ? ESCAPE '\\'" for _ in texts)
                for rowid, record, value in self.db.execute(
                        f"SELECT rowid, {uuid}, [{column}] FROM [{table}] WHERE {where}",
                        [_like(t) for t in texts]).fetchall():
                    yield table, rowid, record, column, value

    def rewrite(self, table: str, rowid: int, column: str, value: str) -> None:
        self.db.execute(f"UPDATE [{table}] SET [{column}] = ? WHERE rowid = ?",
                        [value, rowid])

    def audit_hits(self, texts: list[str], fields: tuple[str, ...]
                   ) -> Iterator[dict]:
        """Rows of the audit trail with one of `texts` in one of `fields`."""
        where = " OR ".join(f"[{f}] LIKE ? ESCAPE '\\'" for f in fields for _ in texts)
        args = [_like(t) for _ in fields for t in texts]
        cols = ", ".join(f"[{f}]" for f in ("id", *fields))
        yield from self.db.query(f"SELECT {cols} FROM audit_log WHERE {where} ORDER BY id",
                                 args)

    def blank_person(self, person_id: int, pseudonym: str) -> None:
        """The person record keeps its links (attendance, follow-ups) under a pseudonym,
        without e-mail or function, archived (no longer offered to choose)."""
        self.db.execute("UPDATE people SET name = ?, email = '', function = '', archived = 1 "
                        "WHERE id = ?", [pseudonym, person_id])

    def references(self, person_id: int) -> int:
        return sum(self.db.execute(f"SELECT count(*) FROM {t} WHERE {c} = ?",
                                   [person_id]).fetchone()[0]
                   for t, c in (("body_members", "person_id"), ("attendance", "person_id"),
                                ("followups", "owner_person_id")))

    # -- what is stored about a person, for the access export ----------------------------

    def person_row(self, person_id: int) -> dict:
        return next(iter(self.db.query(
            "SELECT p.id, p.uuid, p.name, p.function, p.email, p.archived, "
            "o.name AS organisation FROM people p LEFT JOIN organisations o "
            "ON o.id = p.organisation_id WHERE p.id = ?", [person_id])), {})

    def memberships(self, person_id: int) -> list[dict]:
        return list(self.db.query(
            "SELECT m.id, b.uuid AS body_uuid, b.name AS body, m.role FROM body_members m "
            "JOIN bodies b ON b.id = m.body_id WHERE m.person_id = ? ORDER BY b.name",
            [person_id]))

    def attendance(self, person_id: int) -> list[dict]:
        return list(self.db.query(
            "SELECT a.id, m.uuid AS meeting_uuid, b.name AS body, m.starts_at, a.status, "
            "a.note FROM attendance a JOIN meetings m ON m.id = a.meeting_id "
            "JOIN bodies b ON b.id = m.body_id WHERE a.person_id = ? ORDER BY m.starts_at",
            [person_id]))

    def followups_owned(self, person_id: int) -> list[dict]:
        return list(self.db.query(
            "SELECT id, uuid, text, status, target_date, done_on, result, created_on "
            "FROM followups WHERE owner_person_id = ? ORDER BY coalesce(created_on, ''), id",
            [person_id]))

    def audit_rows(self, record_uuid: str | None, texts: list[str]) -> list[dict]:
        """Audit rows about the person's record, or naming them in a value."""
        where = ["record_uuid = ?"] if record_uuid else []
        args: list[object] = [record_uuid] if record_uuid else []
        for f in ("old_value", "new_value", "reason"):
            for t in texts:
                where.append(f"[{f}] LIKE ? ESCAPE '\\'")
                args.append(_like(t))
        return list(self.db.query(
            "SELECT id, at, user, host, table_name, record_uuid, action, field, old_value, "
            f"new_value, reason FROM audit_log WHERE {' OR '.join(where)} ORDER BY id", args))
