"""Every record table as plain rows, described from the database's own schema, and loaded
back with its references remapped, so an archive rebuilds an identical database or merges
into one that already holds some of its records (matched by UUID, never duplicated).

Nothing here is specific to one schema version: columns, references and unique keys are
read from SQLite (PRAGMA table_info / foreign_key_list / index_list), so a later
migration's columns travel without changes to this module.
"""

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field

from overleg.storage.connection import Database

# What each table holds, for the archive's schema description (Dutch, for archivists).
DESCRIPTIONS = {
    "organisations": "Organisaties: gemeenten, samenwerkingsverbanden, schoolbesturen.",
    "people": "Personen, met functie en organisatie.",
    "bodies": "Overlegorganen (stuurgroepen, OOGO-overleggen, portefeuillehoudersoverleg).",
    "body_members": "Leden van een overlegorgaan en hun rol.",
    "meetings": "Vergaderingen met datum, plaats, status en vaststelling van het verslag.",
    "attendance": "Aanwezigheid per vergadering (aanwezig, afgemeld, ...).",
    "schemas": "Bespreekpuntenschema's (catalogi van thema's en criteria).",
    "schema_themes": "Thema's (bespreekpunten) van een schema.",
    "schema_criteria": "Criteria (gedeelde uitgangspunten) van een schema.",
    "agenda_items": "Agendapunten met aantekeningen, uitkomst en vertrouwelijkheid.",
    "item_criteria": "Afvinklijst van criteria per agendapunt.",
    "decisions": "Besluiten met hun nummer per overlegorgaan.",
    "followups": "Actiepunten (toezeggingen) met eigenaar, termijn en afhandeling.",
    "milestones": "Wettelijke en bestuurlijke mijlpalen.",
    "milestone_meetings": "Welke vergaderingen bij een mijlpaal horen.",
    "procedures": "OOGO-procedures (ondersteuningsplan, jeugdplan, ...) en geschillentrajecten.",
    "procedure_parties": "Met welke organisaties (gemeenten) een procedure wordt gevoerd.",
    "item_positions": "Standpunt per partij per agendapunt, met de besproken documentversie.",
    "attachments": "Stukken per agendapunt: titel, versie, vertrouwelijkheid, bestandsnaam, "
                   "grootte, soort en SHA-256; de bestanden staan in stukken/<sha256>.",
    "file_settings": "Instellingen van dit bestand (bewaartermijnen van persoonsgegevens).",
    "audit_log": "Het audittrail: wie wat wanneer veranderde, oude en nieuwe waarde, reden.",
}


# Local bookkeeping: the change log, and the exchange's versions, tombstones and
# installation (schema_record_versions.TABLES; named here, storage below it imports this).
BOOKKEEPING = {"change_log", "record_versions", "tombstones", "exchange_meta"}


@dataclass
class LoadResult:
    """How many rows an archive import added and found already present, per table."""
    added: dict[str, int] = field(default_factory=dict)
    existing: dict[str, int] = field(default_factory=dict)


def record_tables(db: Database) -> list[str]:
    """The tables that hold records, parents before children (FTS indexes, SQLite's and
    Overleg's bookkeeping excluded: they are rebuilt or local, not archived)."""
    virtual = [r[0] for r in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL%'")]
    names = [n for n in db.table_names() if not n.startswith(("sqlite_", "_sqlite_"))
             and n not in BOOKKEEPING
             and not any(n == v or n.startswith(f"{v}_") for v in virtual)]
    return _dependency_order(db, names)


def describe(db: Database, table: str) -> dict:
    refs = _references(db, table)
    return {
        "description": DESCRIPTIONS.get(table, ""),
        "columns": [{"name": c[1], "type": c[2] or "", "required": bool(c[3]),
                     "default": c[4], "primary_key": bool(c[5]),
                     **({"references": f"{refs[c[1]]}.id"} if c[1] in refs else {})}
                    for c in db.execute(f"PRAGMA table_info([{table}])").fetchall()],
        "unique": _unique_keys(db, table),
    }


def rows(db: Database, table: str) -> list[dict]:
    return list(each_row(db, table))


def each_row(db: Database, table: str) -> Iterator[dict]:
    """The rows of a table in archive order, read from the cursor as they are asked for
    (an archive export never holds a whole table)."""
    order = "id" if _has_id(db, table) else "rowid"
    return db.query(f"SELECT * FROM [{table}] ORDER BY {order}")


def count(db: Database, table: str) -> int:
    return db.execute(f"SELECT count(*) FROM [{table}]").fetchone()[0]


def applied_migrations(db: Database) -> list[str]:
    return [r[0] for r in db.execute(
        "SELECT name FROM _sqlite_migrations WHERE migration_set = 'overleg' ORDER BY id")]


def load(db: Database, data: dict[str, list[dict]]) -> LoadResult:
    """Insert the archived rows that the database lacks; call inside a transaction.
    Raises ValueError when the rows do not fit together (a damaged archive)."""
    try:
        return _load(db, data)
    except sqlite3.IntegrityError as exc:
        raise ValueError(str(exc)) from None


def _load(db: Database, data: dict[str, list[dict]]) -> LoadResult:
    result = LoadResult()
    ids: dict[str, dict[int, int]] = {}
    deferred: list[tuple[str, int, str, str, int]] = []  # table, id, column, target, old
    order = record_tables(db)
    unknown = set(data) - set(order)
    if unknown:
        raise ValueError(f"unknown tables: {sorted(unknown)}")
    for table in order:
        into = _Table(db, table)
        ids[table] = {}
        added = existing = 0
        for archived in data.get(table, []):
            row = {k: v for k, v in archived.items() if k in into.columns}
            later: list[tuple[str, str, int]] = []
            for col, target in into.refs.items():
                old = row.get(col)
                if old is None:
                    continue
                if target in ids and target != table:
                    row[col] = ids[target].get(old)
                else:  # a table still to come, or this one: filled in afterwards
                    row[col] = None
                    later.append((col, target, old))
            found = into.existing(row, {c for c, _, _ in later})
            if found is not None:
                existing += 1
                if into.has_id:
                    ids[table][archived["id"]] = found
                continue
            if into.has_id and into.id_taken(row.get("id")):
                del row["id"]
            new_id = into.insert(row)
            added += 1
            if new_id is not None:  # a table with ids
                ids[table][archived["id"]] = new_id
                deferred += [(table, new_id, c, t, o) for c, t, o in later]
        into.flush()
        result.added[table], result.existing[table] = added, existing
    updates: dict[tuple[str, str], list[tuple[int | None, int]]] = {}
    for table, row_id, col, target, old in deferred:
        updates.setdefault((table, col), []).append((ids[target].get(old), row_id))
    for (table, col), values in updates.items():  # one prepared statement per column
        db.conn.executemany(f"UPDATE [{table}] SET [{col}] = ? WHERE id = ?", values)
    return result


class _Table:
    """One table being loaded: its shape read once (not per row, as PRAGMAs), the UUIDs
    it holds in memory (one query, kept up to date as rows go in) and plain sqlite3
    statements, which SQLite prepares once per shape; sqlite-utils' insert inspected the
    table on every row and made an archive of 100,000 records take minutes.

    A table that was empty when the load began (an import into a new database) holds only
    what this load put in: the ids it took are known here, and its rows are inserted in
    batches (executemany), written out before any query that reads the table."""

    BATCH = 2000

    def __init__(self, db: Database, table: str) -> None:
        self.conn, self.table = db.conn, table
        self.columns = _columns(db, table)
        self.refs = _references(db, table)
        self.has_id = "id" in self.columns
        self.pk = "id" if self.has_id else "rowid"
        self.uniques = [u for u in _unique_keys(db, table) if u != ["id"] and u != ["uuid"]]
        self.by_uuid: dict[str, int] | None = None
        if "uuid" in self.columns:
            self.by_uuid = {}
            for uuid, row_id in self.conn.execute(
                    f"SELECT uuid, {self.pk} FROM [{table}] WHERE uuid IS NOT NULL"):
                self.by_uuid.setdefault(uuid, row_id)
        self._sql: dict[tuple[str, ...], str] = {}
        # the ids in the table, while it holds only this load's rows; else None
        self.taken: set[int] | None = set() if _integer_id(db, table) and self.conn.execute(
            f"SELECT 1 FROM [{table}] LIMIT 1").fetchone() is None else None
        self.pending: tuple[str, list[list]] | None = None  # rows not yet written

    def existing(self, row: dict, unresolved: set[str]) -> int | None:
        """The id of the same record already in the database: by UUID, then by a unique
        key (a body's code, a schema's code and version), else by every column."""
        if self.by_uuid is not None and row.get("uuid") is not None:
            found = self.by_uuid.get(row["uuid"])
            if found is not None:
                return found
        for key in self.uniques:
            if all(k in row and row[k] is not None and k not in unresolved for k in key):
                self.flush()
                hit = self.conn.execute(
                    f"SELECT {self.pk} FROM [{self.table}] WHERE "
                    + " AND ".join(f"[{k}] = ?" for k in key), [row[k] for k in key]).fetchone()
                if hit:
                    return hit[0]
        if "uuid" in row:
            return None
        cols = [c for c in row if c != "id" and c not in unresolved]
        self.flush()
        hit = self.conn.execute(f"SELECT {self.pk} FROM [{self.table}] WHERE "
                                + " AND ".join(f"[{c}] IS ?" for c in cols),
                                [row[c] for c in cols]).fetchone()
        return hit[0] if hit else None

    def id_taken(self, row_id) -> bool:
        if row_id is None:
            return True
        if self.taken is not None and type(row_id) is int:
            return row_id in self.taken
        self.flush()
        return self.conn.execute(
            f"SELECT 1 FROM [{self.table}] WHERE id = ?", [row_id]).fetchone() is not None

    def insert(self, row: dict) -> int | None:
        keys = tuple(row)
        sql = self._sql.get(keys)
        if sql is None:
            sql = self._sql[keys] = (
                f"INSERT INTO [{self.table}] ({', '.join(f'[{k}]' for k in keys)}) "
                f"VALUES ({', '.join('?' * len(keys))})" if keys
                else f"INSERT INTO [{self.table}] DEFAULT VALUES")
        row_id = row.get("id")
        if self.taken is not None and type(row_id) is int:  # its id known: batched
            if self.pending is not None and self.pending[0] != sql:
                self.flush()  # another shape: the rows keep their order
            if self.pending is None:
                self.pending = (sql, [])
            self.pending[1].append(list(row.values()))
            if len(self.pending[1]) >= self.BATCH:
                self.flush()
            new_id: int | None = row_id
        else:
            self.flush()
            new_id = self.conn.execute(sql, list(row.values())).lastrowid
        if self.taken is not None and new_id is not None:
            self.taken.add(new_id)
        if self.by_uuid is not None and row.get("uuid") is not None and new_id is not None:
            self.by_uuid[row["uuid"]] = new_id
        return new_id if self.has_id else None

    def flush(self) -> None:
        """Write the batched rows, one prepared statement for them all."""
        if self.pending is not None:
            sql, values = self.pending
            self.pending = None
            self.conn.executemany(sql, values)


def differences(db: Database, data: dict[str, list[dict]]
                ) -> list[tuple[str, str, list[tuple[str, object, object]]]]:
    """The incoming records whose UUID the database holds with other content: (table,
    uuid, [(column, local value, incoming value)]). A reference is compared by the UUID
    of the record it points to, since ids differ between databases."""
    incoming_uuid = {t: {r.get("id"): r.get("uuid") for r in rows} for t, rows in data.items()}
    found = []
    for table in record_tables(db):
        columns = _columns(db, table)
        incoming = {r["uuid"]: r for r in data.get(table, []) if r.get("uuid")}
        if "uuid" not in columns or not incoming:
            continue
        all_refs = _references(db, table)
        refs = {c: t for c, t in all_refs.items() if "uuid" in _columns(db, t)}
        uuids = list(incoming)
        for start in range(0, len(uuids), 500):
            chunk = uuids[start:start + 500]
            for mine in db.query(f"SELECT * FROM [{table}] WHERE uuid IN "
                                 f"({', '.join('?' * len(chunk))})", chunk):
                theirs = incoming[mine["uuid"]]
                diffs = []
                for column in columns:
                    if column in ("id", "uuid") or (column in all_refs
                                                    and column not in refs):
                        continue
                    local, other = mine.get(column), theirs.get(column)
                    if column in refs:
                        local = _uuid_of(db, refs[column], local)
                        other = incoming_uuid.get(refs[column], {}).get(other)
                    if local != other:
                        diffs.append((column, local, other))
                if diffs:
                    found.append((table, mine["uuid"], diffs))
    return found


def _uuid_of(db: Database, table: str, row_id) -> str | None:
    if row_id is None:
        return None
    hit = db.execute(f"SELECT uuid FROM [{table}] WHERE id = ?", [row_id]).fetchone()
    return hit[0] if hit else None


def _has_id(db: Database, table: str) -> bool:
    return "id" in _columns(db, table)


def _integer_id(db: Database, table: str) -> bool:
    """Whether `id` is the table's INTEGER PRIMARY KEY (the rowid: an insert's id)."""
    return any(c[1] == "id" and c[5] == 1 and (c[2] or "").upper() == "INTEGER"
               for c in db.execute(f"PRAGMA table_info([{table}])").fetchall()) \
        and sum(1 for c in db.execute(f"PRAGMA table_info([{table}])") if c[5]) == 1


def _columns(db: Database, table: str) -> list[str]:
    return [c[1] for c in db.execute(f"PRAGMA table_info([{table}])").fetchall()]


def _references(db: Database, table: str) -> dict[str, str]:
    return {r[3]: r[2] for r in db.execute(f"PRAGMA foreign_key_list([{table}])").fetchall()}


def _required(db: Database, table: str) -> set[str]:
    return {c[1] for c in db.execute(f"PRAGMA table_info([{table}])").fetchall() if c[3]}


def _unique_keys(db: Database, table: str) -> list[list[str]]:
    keys = []
    for idx in db.execute(f"PRAGMA index_list([{table}])").fetchall():
        if idx[2]:  # unique
            keys.append([c[2] for c in db.execute(f"PRAGMA index_info([{idx[1]}])")])
    return keys


def _dependency_order(db: Database, names: list[str]) -> list[str]:
    """Parents first. A required reference must come first; an optional one is preferred
    first, and otherwise (a cycle, or a table referring to itself) filled in afterwards."""
    hard = {n: {t for c, t in _references(db, n).items() if c in _required(db, n)} - {n}
            for n in names}
    soft = {n: set(_references(db, n).values()) - {n} for n in names}
    placed: list[str] = []
    while len(placed) < len(names):
        ready = [n for n in names if n not in placed and hard[n] <= set(placed)]
        best = [n for n in ready if soft[n] <= set(placed)] or ready
        if not best:
            raise ValueError("cyclic required references")
        placed.append(best[0])
    return placed
