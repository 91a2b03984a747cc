"""Change sets: what one user action did to the records, and how to take it back.

A change set lists, in the order they happened, the rows an action inserted, updated or
deleted, each with its whole image before and after. Its inverse is the same list
backwards with before and after swapped, so undoing restores the very same records:
the same ids and UUIDs, the same links between them and the same numbering. Screens read
a change set to decide what to refresh; the undo stack keeps them.
"""

from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum


class Op(StrEnum):
    INSERT = "insert"
    UPDATE = "update"
    DELETE = "delete"


_OPPOSITE = {Op.INSERT: Op.DELETE, Op.DELETE: Op.INSERT, Op.UPDATE: Op.UPDATE}


@dataclass(frozen=True)
class RowChange:
    """One row inserted, updated or deleted, with the row before and after."""
    table: str
    op: Op
    row_id: int
    before: dict | None  # None for an insert
    after: dict | None  # None for a delete

    @property
    def uuid(self) -> str | None:
        image = self.after if self.after is not None else self.before
        return (image or {}).get("uuid")

    @property
    def fields(self) -> tuple[str, ...]:
        """The columns whose value differs (every column for an insert or a delete)."""
        if self.before is None or self.after is None:
            return tuple((self.after or self.before or {}).keys())
        return tuple(k for k in self.after if self.before.get(k) != self.after[k])

    def inverse(self) -> "RowChange":
        return RowChange(self.table, _OPPOSITE[self.op], self.row_id, self.after, self.before)


@dataclass(frozen=True)
class ChangeSet:
    """What one user action changed, row by row: published to the screens, and its inverse
    is the undo."""
    label: str
    changes: tuple[RowChange, ...] = field(default_factory=tuple)
    # Made by someone else in the same file (another instance): screens show it where
    # the user is, instead of bringing the changed record into view as after an undo.
    # Such a change set knows the rows as they are now, not as they were before.
    elsewhere: bool = False

    def __bool__(self) -> bool:
        return bool(self.changes)

    def __iter__(self) -> Iterator[RowChange]:
        return iter(self.changes)

    def inverse(self) -> "ChangeSet":
        return ChangeSet(self.label, tuple(c.inverse() for c in reversed(self.changes)))

    @property
    def tables(self) -> frozenset[str]:
        return frozenset(c.table for c in self.changes)

    def touches(self, *tables: str) -> bool:
        return bool(self.tables.intersection(tables))

    def ids(self, table: str, *ops: Op) -> set[int]:
        """Row ids of `table` that this change set inserted, updated or deleted (or only
        the given kinds)."""
        return {c.row_id for c in self.changes
                if c.table == table and (not ops or c.op in ops)}

    def uuids(self, table: str) -> set[str]:
        return {u for c in self.changes if c.table == table and (u := c.uuid)}

    def summary(self) -> dict[str, dict[str, list[str]]]:
        """{table: {'insert'|'update'|'delete': [uuid or row id, ...]}}, for logs and tests."""
        result: dict[str, dict[str, list[str]]] = {}
        for c in self.changes:
            result.setdefault(c.table, {}).setdefault(c.op.value, []).append(
                c.uuid or str(c.row_id))
        return result

    def merged_with(self, later: "ChangeSet") -> "ChangeSet":
        """One step for two actions that belong together (a run of typing in one field):
        each row from its state before the first to its state after the second."""
        rows: dict[tuple[str, int], tuple[dict | None, dict | None]] = {}
        for c in self.changes + later.changes:
            key = (c.table, c.row_id)
            before = rows[key][0] if key in rows else c.before
            rows[key] = (before, c.after)
        merged = []
        for (table, row_id), (before, after) in rows.items():
            if before == after:
                continue
            op = Op.INSERT if before is None else Op.DELETE if after is None else Op.UPDATE
            merged.append(RowChange(table, op, row_id, before, after))
        return ChangeSet(self.label, tuple(merged))
