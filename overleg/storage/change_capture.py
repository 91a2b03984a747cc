"""Which rows one user action changed, captured by SQLite itself, and putting them back.

Temporary triggers (they live in this connection only, so a colleague's writes and the
file itself are untouched) copy the whole image of every row a statement inserts, updates
or deletes into the temporary table change_rows, while capturing is switched on. Cascades
and SET NULL actions of foreign keys fire those triggers too, so a change set holds
everything an action did, whichever service method did it. Applying a change set checks
that each row still looks as the change set expects, so a record changed since by someone
else (or by a restore) is never overwritten.
"""

import json
from collections.abc import Iterator
from contextlib import contextmanager

from overleg.domain.changes import ChangeSet, Op, RowChange
from overleg.storage import archive_tables
from overleg.storage.connection import Database
from overleg.storage.errors import ChangedMeanwhile

# History is only ever appended: undoing an action adds to the trail, never removes.
NOT_CAPTURED = {"audit_log"}


class ChangeCapture:
    def __init__(self, db: Database) -> None:
        self.db = db
        self._columns: dict[str, list[str]] = {}
        self._depth = 0  # an undo inside a captured action is part of that action

    @contextmanager
    def capturing(self, label: str) -> Iterator[list[ChangeSet]]:
        """Capture what the block changes; the list holds the change set afterwards
        (empty when the block raised, whose changes were rolled back anyway)."""
        self._install()
        out: list[ChangeSet] = []
        start = self.db.execute("SELECT coalesce(max(seq), 0) FROM temp.change_rows"
                                ).fetchone()[0]
        if self._depth == 0:
            self.db.execute("INSERT INTO temp.change_switch VALUES (1)")
        self._depth += 1
        try:
            yield out
        finally:
            self._depth -= 1
            if self._depth == 0:
                self.db.execute("DELETE FROM temp.change_switch")
        rows = self.db.execute(
            "SELECT tbl, op, rid, old, new FROM temp.change_rows WHERE seq > ? ORDER BY seq",
            [start]).fetchall()
        if self._depth == 0:
            self.db.execute("DELETE FROM temp.change_rows")
        out.append(ChangeSet(label, tuple(self._net(rows))))

    def apply(self, changes: ChangeSet) -> ChangeSet:
        """Carry out a change set (usually an inverse) inside the caller's transaction;
        returns what it changed. Refuses, changing nothing, when a row is not as expected
        or when the database would change more than the change set says (a cascade into
        a record someone added meanwhile)."""
        self._install()
        self.db.execute("PRAGMA defer_foreign_keys = ON")  # rows return in any order
        for change in changes:  # one change per row: each is checked before any is made
            now = self.image(change.table, change.row_id)
            if now == change.before:
                continue
            what = f"{change.table} {change.uuid or change.row_id}"
            if now is None:
                raise ChangedMeanwhile("Dit kan niet worden teruggedraaid: een gegeven is "
                                       f"intussen verwijderd ({what}).")
            raise ChangedMeanwhile("Dit kan niet worden teruggedraaid: een gegeven is intussen "
                                   "gewijzigd (door iemand anders of door het terugzetten van "
                                   f"een reservekopie; {what}).")
        with self.capturing(changes.label) as done:
            self._park(changes)
            for change in changes:
                self._carry_out(change)
        result = done[0]
        if {(c.table, c.row_id): c.after for c in result} != \
                {(c.table, c.row_id): c.after for c in changes}:
            raise ChangedMeanwhile("Dit kan niet worden teruggedraaid: er hangen intussen "
                                   "andere gegevens aan.")
        return result

    def _net(self, rows: list[tuple]) -> list[RowChange]:
        """One change per row, from its state before the action to its state now, in the
        order each row was first touched. The triggers' own records are not enough: a
        trigger of the schema (a sort column kept current) can log its update before the
        insert that caused it, with the insert's image already out of date."""
        first: dict[tuple[str, int], int] = {}
        before: dict[tuple[str, int], dict | None] = {}
        for seq, (table, op, rid, old, _new) in enumerate(rows):
            key = (table, rid)
            if key not in first:
                first[key] = seq
                before[key] = None if op == Op.INSERT else _loads(old)
            elif op == Op.INSERT and rows[first[key]][1] == Op.UPDATE:
                before[key] = None  # the update came from the insert's own trigger
        result = []
        for key in sorted(first, key=first.__getitem__):
            was, now = before[key], self.image(*key)
            if was == now:
                continue
            op = Op.INSERT if was is None else Op.DELETE if now is None else Op.UPDATE
            result.append(RowChange(key[0], op, key[1], was, now))
        return result

    def image(self, table: str, row_id: int) -> dict | None:
        """The row as a change set holds it (None when there is no such row)."""
        cols = self.columns(table)
        row = self.db.execute(f"SELECT {_json_object(cols, '')} FROM [{table}] "
                              "WHERE rowid = ?", [row_id]).fetchone()
        return json.loads(row[0]) if row else None

    def columns(self, table: str) -> list[str]:
        if table not in self._columns:
            self._columns[table] = [c[1] for c in self.db.execute(
                f"PRAGMA main.table_info([{table}])").fetchall()]
        return self._columns[table]

    def _park(self, changes: ChangeSet) -> None:
        """Unique values that move between rows (decision numbers after a renumbering)
        would collide halfway; the rows that give one up (changed or deleted) first get a
        value no row has."""
        for change in changes:
            if change.op is Op.INSERT or change.before is None:
                continue
            after = change.after or {}
            moving = {c for key in self._unique_keys(change.table) for c in key
                      if change.op is Op.DELETE or change.before.get(c) != after.get(c)}
            moving.discard("id")
            if moving:
                sets = ", ".join(f"[{c}] = '~' || rowid || '~' || [{c}]" for c in moving)
                self.db.execute(f"UPDATE [{change.table}] SET {sets} WHERE rowid = ?",
                                [change.row_id])

    def _unique_keys(self, table: str) -> list[list[str]]:
        keys = []
        for index in self.db.execute(f"PRAGMA main.index_list([{table}])").fetchall():
            if index[2]:  # unique
                keys.append([c[2] for c in self.db.execute(
                    f"PRAGMA main.index_info([{index[1]}])")])
        return keys

    def _carry_out(self, change: RowChange) -> None:
        table = change.table
        if change.op is Op.DELETE:
            self.db.execute(f"DELETE FROM [{table}] WHERE rowid = ?", [change.row_id])
            return
        values = dict(change.after or {})
        if change.op is Op.INSERT:
            if "id" not in values:  # a table without its own id: keep the rowid
                values = {"rowid": change.row_id, **values}
            names = ", ".join(f"[{k}]" for k in values)
            marks = ", ".join("?" for _ in values)
            self.db.execute(f"INSERT INTO [{table}] ({names}) VALUES ({marks})",
                            list(values.values()))
            return
        sets = ", ".join(f"[{k}] = ?" for k in values)
        self.db.execute(f"UPDATE [{table}] SET {sets} WHERE rowid = ?",
                        [*values.values(), change.row_id])

    def _install(self) -> None:
        """The temporary tables and triggers, once per connection, for the record tables
        as the (migrated) file has them."""
        if self.db.execute("SELECT 1 FROM sqlite_temp_master WHERE name = 'change_rows'"
                           ).fetchone():
            return
        with self.db.atomic():
            self.db.execute("CREATE TEMP TABLE change_rows (seq INTEGER PRIMARY KEY, "
                            "tbl TEXT, op TEXT, rid INTEGER, old TEXT, new TEXT)")
            self.db.execute("CREATE TEMP TABLE change_switch (capturing INTEGER)")
            for table in archive_tables.record_tables(self.db):
                if table not in NOT_CAPTURED:
                    for ddl in _triggers(table, self.columns(table)):
                        self.db.execute(ddl)


def _triggers(table: str, cols: list[str]) -> list[str]:
    when = "WHEN EXISTS (SELECT 1 FROM temp.change_switch)"
    old, new = _json_object(cols, "OLD."), _json_object(cols, "NEW.")
    record = "INSERT INTO change_rows (tbl, op, rid, old, new) VALUES"  # temp: found first
    return [
        f"CREATE TEMP TRIGGER [capture_{table}_insert] AFTER INSERT ON main.[{table}] {when} "
        f"BEGIN {record} ('{table}', 'insert', NEW.rowid, NULL, {new}); END",
        f"CREATE TEMP TRIGGER [capture_{table}_update] AFTER UPDATE ON main.[{table}] {when} "
        f"BEGIN {record} ('{table}', 'update', NEW.rowid, {old}, {new}); END",
        f"CREATE TEMP TRIGGER [capture_{table}_delete] AFTER DELETE ON main.[{table}] {when} "
        f"BEGIN {record} ('{table}', 'delete', OLD.rowid, {old}, NULL); END",
    ]


def _json_object(cols: list[str], prefix: str) -> str:
    return "json_object(" + ", ".join(f"'{c}', {prefix}[{c}]" for c in cols) + ")"


def _loads(text: str | None) -> dict | None:
    return None if text is None else json.loads(text)

