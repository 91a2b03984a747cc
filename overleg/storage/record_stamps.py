"""Reading the versions, field stamps and tombstones the triggers keep
(schema_record_versions.py), and telling the triggers who writes."""

import json
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from overleg.domain.versions import Stamp, Version
from overleg.storage.connection import Database
from overleg.storage.schema_record_versions import META, TOMBSTONES, VERSIONS


@dataclass(frozen=True)
class Tombstone:
    """What remains of a deleted record: enough to carry the deletion to another copy."""
    table: str
    uuid: str
    version: int
    deleted: Stamp
    meeting: str | None
    body: str | None


def watch_writer(db: Database, user: Callable[[], str]) -> None:
    """Make `user()` the writer the triggers record: set at the start of every write
    transaction of this connection (a file two instances share sees each one's own
    name; a name chosen after opening counts from then on), or once for a connection
    without transaction hooks (in memory)."""
    @contextmanager
    def hook() -> Iterator[None]:
        try:
            db.conn.execute(f"UPDATE {META} SET v = ? WHERE k = 'user'", [user()])
        except sqlite3.OperationalError:  # a file of an older version (a backup restored
            pass  # under the open window): it has no versions to stamp until migrated
        yield

    if hasattr(db, "transaction_hooks"):
        db.transaction_hooks = (*db.transaction_hooks, hook)
        return
    try:
        with db.conn:
            db.conn.execute(f"UPDATE {META} SET v = ? WHERE k = 'user'", [user()])
    except sqlite3.OperationalError:  # read-only, or a file without the table
        pass


def installation_id(db: Database) -> str:
    row = db.execute(f"SELECT v FROM {META} WHERE k = 'installation'").fetchone()
    return row[0] if row else ""


def versions(db: Database, table: str, uuids: list[str]) -> dict[str, Version]:
    out = {}
    for start in range(0, len(uuids), 500):
        chunk = uuids[start:start + 500]
        for uuid, version, stamp, created, fields in db.execute(
                f"SELECT uuid, version, stamp, created, fields FROM {VERSIONS} "
                f"WHERE tbl = ? AND uuid IN ({', '.join('?' * len(chunk))})",
                [table, *chunk]):
            out[uuid] = Version(version, Stamp.parse(stamp),
                                {k: Stamp.parse(v) for k, v in json.loads(fields).items()
                                 if k != "~"}, Stamp.parse(created))
    return out


def set_version(db: Database, table: str, uuid: str, version: Version) -> None:
    """Take over another installation's version of a record (after accepting it)."""
    db.execute(f"UPDATE {VERSIONS} SET version = ?, stamp = ?, created = ?, fields = ? "
               "WHERE tbl = ? AND uuid = ?",
               [version.version, version.last.text(), version.created.text(),
                json.dumps({k: s.text() for k, s in version.fields.items()}), table, uuid])


def tombstones(db: Database, *, meetings: list[str] | None = None,
               bodies: list[str] | None = None) -> list[Tombstone]:
    """Removals: all of them, or those of some meetings or bodies."""
    sql = f"SELECT tbl, uuid, version, stamp, meeting, body FROM {TOMBSTONES}"
    args: list = []
    if meetings is not None or bodies is not None:
        sql += (" WHERE meeting IN (SELECT value FROM json_each(?)) "
                "OR body IN (SELECT value FROM json_each(?))")
        args = [json.dumps(meetings or []), json.dumps(bodies or [])]
    return [Tombstone(t, u, v, Stamp.parse(st), m, b)
            for t, u, v, st, m, b in db.execute(sql + " ORDER BY stamp", args)]


def tombstone(db: Database, table: str, uuid: str) -> Tombstone | None:
    row = db.execute(f"SELECT tbl, uuid, version, stamp, meeting, body FROM {TOMBSTONES} "
                     "WHERE tbl = ? AND uuid = ?", [table, uuid]).fetchone()
    if row is None:
        return None
    t, u, v, st, m, b = row
    return Tombstone(t, u, v, Stamp.parse(st), m, b)
