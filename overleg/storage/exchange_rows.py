"""Records as an exchange package holds them: each row without its local id, a reference
to another record given as that record's UUID (ids differ between databases; a reference
to a table without UUIDs, such as a schema theme, travels empty), and written back the
same way. The tables are schema_record_versions.EXCHANGED, parents first."""

import json
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from overleg.storage.connection import Database
from overleg.storage.schema_record_versions import EXCHANGED


@dataclass(frozen=True)
class Scope:
    """Which records a package holds: some meetings (with what belongs to them) or all."""

    meetings: tuple[int, ...] = ()
    everything: bool = False


def columns(db: Database, table: str) -> list[str]:
    return [c[1] for c in db.execute(f"PRAGMA table_info([{table}])").fetchall()]


def references(db: Database, table: str) -> dict[str, str]:
    """Column -> referred table."""
    return {r[3]: r[2] for r in db.execute(f"PRAGMA foreign_key_list([{table}])").fetchall()}


def required(db: Database, table: str) -> set[str]:
    return {c[1] for c in db.execute(f"PRAGMA table_info([{table}])").fetchall() if c[3]}


def _has_uuid(db: Database, table: str) -> bool:
    return "uuid" in columns(db, table)


def meetings_of_body(db: Database, name: str) -> list[int]:
    """The meetings of the body with this name or code; empty when there is none."""
    body = db.execute("SELECT id FROM bodies WHERE name = ? OR code = ? COLLATE NOCASE",
                      [name, name]).fetchone()
    if body is None:
        return []
    return [r[0] for r in db.execute("SELECT id FROM meetings WHERE body_id = ? ORDER BY id",
                                     [body[0]])]


def all_meetings(db: Database) -> list[int]:
    return [r[0] for r in db.execute("SELECT id FROM meetings ORDER BY id")]


def _ids(db: Database, sql: str, args: Iterable) -> list[int]:
    params = [json.dumps(sorted(set(args)))] if "?" in sql else []
    return [r[0] for r in db.execute(sql, params)]


_IN = "IN (SELECT value FROM json_each(?))"


def scope_ids(db: Database, scope: Scope) -> dict[str, list[int]]:
    """The row ids per table that belong in a package of `scope`."""
    meetings = all_meetings(db) if scope.everything else sorted(set(scope.meetings))
    out: dict[str, list[int]] = {"meetings": meetings}
    for table in ("agenda_items", "decisions", "followups"):
        out[table] = _ids(db, f"SELECT id FROM {table} WHERE meeting_id {_IN} ORDER BY id",
                          meetings)
    out["item_positions"] = _ids(
        db, f"SELECT id FROM item_positions WHERE item_id {_IN} ORDER BY id",
        out["agenda_items"])
    bodies = _ids(db, f"SELECT DISTINCT body_id FROM meetings WHERE id {_IN}", meetings)
    out["milestones"] = _ids(db, "SELECT id FROM milestones" if scope.everything else
                             "SELECT id FROM milestones WHERE id IN (SELECT milestone_id "
                             f"FROM milestone_meetings WHERE meeting_id {_IN})", meetings)
    out["bodies"] = bodies
    if scope.everything:
        out["people"] = _ids(db, "SELECT id FROM people", [])
        out["organisations"] = _ids(db, "SELECT id FROM organisations", [])
        return out
    people = _ids(db, f"SELECT owner_person_id FROM followups WHERE id {_IN}",
                  out["followups"])
    out["people"] = [p for p in people if p is not None]
    orgs = set(_ids(db, f"SELECT organisation_id FROM people WHERE id {_IN}", out["people"]))
    orgs |= set(_ids(db, f"SELECT owner_organisation_id FROM followups WHERE id {_IN}",
                     out["followups"]))
    orgs |= set(_ids(db, f"SELECT organisation_id FROM item_positions WHERE id {_IN}",
                     out["item_positions"]))
    out["organisations"] = sorted(o for o in orgs if o is not None)
    return out


def closed_item_ids(db: Database) -> set[int]:
    """Agenda items marked confidential (the domain keeps derived items marked)."""
    return {r[0] for r in db.execute("SELECT id FROM agenda_items WHERE confidential = 1")}


def item_of(db: Database, table: str, row_id: int) -> int | None:
    """The agenda item a decision, follow-up (directly or through its decision), position
    or milestone (through its dispute track) belongs to."""
    sql = {"decisions": "SELECT item_id FROM decisions WHERE id = ?",
           "followups": "SELECT coalesce(f.item_id, d.item_id) FROM followups f LEFT JOIN "
                        "decisions d ON d.id = f.decision_id WHERE f.id = ?",
           "item_positions": "SELECT item_id FROM item_positions WHERE id = ?",
           "milestones": "SELECT p.item_id FROM milestones m JOIN procedures p ON "
                         "p.id = m.procedure_id WHERE m.id = ?"}.get(table)
    if sql is None:
        return None
    row = db.execute(sql, [row_id]).fetchone()
    return row[0] if row else None


class DoesNotFit(ValueError):
    """A package's record breaks a rule of this database (a number or place taken)."""


@contextmanager
def fitting() -> Iterator[None]:
    try:
        yield
    except sqlite3.IntegrityError as exc:
        raise DoesNotFit(str(exc)) from None


# Records two parties create independently under their own UUIDs but that are the same:
# a body by its code (unique here), an organisation by its name, a person by name and
# e-mail address. A package's record found so is referred to, not added again.
NATURAL = {"bodies": ("code",), "organisations": ("name",), "people": ("name", "email")}


class Rows:
    """Reading and writing package rows of one database; UUIDs <-> ids cached per table."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._uuid_of: dict[str, dict[int, str]] = {}
        self._aliases: dict[tuple[str, str], int] = {}

    def same_by_key(self, table: str, row: dict) -> int | None:
        """The record here that is the package's record under another UUID (NATURAL)."""
        key = NATURAL.get(table)
        if key is None or any(not isinstance(row.get(k), str) or not row[k] for k in key):
            return None
        hit = self.db.execute(f"SELECT id FROM [{table}] WHERE "
                              + " AND ".join(f"[{k}] = ?" for k in key),
                              [row[k] for k in key]).fetchone()
        return hit[0] if hit else None

    def alias(self, table: str, uuid: str, row_id: int) -> None:
        self._aliases[(table, uuid)] = row_id

    def uuid_of(self, table: str, row_id: object) -> str | None:
        if row_id is None:
            return None
        if table not in self._uuid_of:
            self._uuid_of[table] = dict(self.db.execute(f"SELECT id, uuid FROM [{table}]"))
        return self._uuid_of[table].get(row_id)  # type: ignore[call-overload]

    def id_of(self, table: str, uuid: object) -> int | None:
        if not isinstance(uuid, str):
            return None
        if (table, uuid) in self._aliases:
            return self._aliases[(table, uuid)]
        row = self.db.execute(f"SELECT id FROM [{table}] WHERE uuid = ?", [uuid]).fetchone()
        return row[0] if row else None

    def as_package(self, table: str, row: dict) -> dict:
        """A stored row as the package holds it."""
        out = {}
        for column, value in row.items():
            if column == "id":
                continue
            target = references(self.db, table).get(column)
            if target is not None:
                value = self.uuid_of(target, value) if _has_uuid(self.db, target) else None
            out[column] = value
        return out

    def rows(self, table: str, ids: list[int]) -> list[dict]:
        found = []
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            found += [self.as_package(table, r) for r in self.db.query(
                f"SELECT * FROM [{table}] WHERE id IN ({', '.join('?' * len(chunk))}) "
                "ORDER BY id", chunk)]
        return found

    def local(self, table: str, uuid: str) -> dict | None:
        row = next(self.db.query(f"SELECT * FROM [{table}] WHERE uuid = ?", [uuid]), None)
        return None if row is None else self.as_package(table, row)

    def comparable(self, table: str) -> list[str]:
        """The columns two databases can compare: not the id, the UUID or a reference to
        a table without UUIDs."""
        refs = references(self.db, table)
        return [c for c in columns(self.db, table) if c not in ("id", "uuid")
                and (c not in refs or _has_uuid(self.db, refs[c]))]

    def local_values(self, table: str, row: dict) -> tuple[dict, list[tuple[str, str]]]:
        """A package row's values as this database stores them, and the references it
        cannot resolve yet (column, UUID): a record of the same package still to come."""
        values, later = {}, []
        refs = references(self.db, table)
        known = set(columns(self.db, table)) - {"id"}
        for column, value in row.items():
            if column not in known:
                continue
            if column in refs:
                if not _has_uuid(self.db, refs[column]):
                    continue  # travels empty; a new record gets none, a stored one keeps its
                found = self.id_of(refs[column], value)
                if value is not None and found is None:
                    later.append((column, value))
                value = found
            values[column] = value
        return values, later

    def insert(self, table: str, row: dict) -> list[tuple[str, str]]:
        values, later = self.local_values(table, row)
        names = ", ".join(f"[{k}]" for k in values)
        with fitting():
                self.db.execute(f"INSERT INTO [{table}] ({names}) VALUES "
                            f"({', '.join('?' * len(values))})", list(values.values()))
        return later

    def update(self, table: str, uuid: str, row: dict, fields: Iterable[str]) -> None:
        values, _later = self.local_values(table, {f: row.get(f) for f in fields})
        if values:
            sets = ", ".join(f"[{k}] = ?" for k in values)
            with fitting():
                self.db.execute(f"UPDATE [{table}] SET {sets} WHERE uuid = ?",
                                [*values.values(), uuid])

    def link_later(self, table: str, uuid: str, column: str, target_uuid: str) -> None:
        target = references(self.db, table)[column]
        self.db.execute(f"UPDATE [{table}] SET [{column}] = ? WHERE uuid = ?",
                        [self.id_of(target, target_uuid), uuid])

    def delete(self, table: str, uuid: str) -> None:
        with fitting():
            self.db.execute(f"DELETE FROM [{table}] WHERE uuid = ?", [uuid])


ORDER = EXCHANGED  # parents before children
