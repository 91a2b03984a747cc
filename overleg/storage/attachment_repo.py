"""Attachment records (documents per agenda item); the bytes are in blob_store.py."""

from collections.abc import Iterable

from overleg.domain.attachments import Attachment
from overleg.domain.errors import NotFoundError
from overleg.domain.records import id_of
from overleg.storage.columns import iso, required_datetime
from overleg.storage.connection import Database
from overleg.storage.schema_attachments import TABLE
from overleg.storage.unreadable import one, readable

_LIST_COLUMNS = ("id, uuid, item_id, position, title, version, confidential, file_name, "
                 "size, media_type, sha256, added_at, previous_id, current, '' AS text")


def _attachment(r: dict) -> Attachment:
    return Attachment(item_id=r["item_id"], title=r["title"], file_name=r["file_name"],
                      size=r["size"], sha256=r["sha256"], media_type=r["media_type"],
                      version=r["version"], confidential=bool(r["confidential"]),
                      added_at=required_datetime(r["added_at"], field="toegevoegd"),
                      previous_id=r["previous_id"], current=bool(r["current"]),
                      text=r.get("text") or "", id=r["id"], uuid=r["uuid"])


def _row(a: Attachment) -> dict:
    return {"item_id": a.item_id, "title": a.title, "version": a.version,
            "confidential": int(a.confidential), "file_name": a.file_name,
            "size": a.size, "media_type": a.media_type, "sha256": a.sha256,
            "added_at": iso(a.added_at), "previous_id": a.previous_id,
            "current": int(a.current), "text": a.text}


class AttachmentRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    def for_item(self, item_id: int) -> list[Attachment]:
        """The current documents of an item, in their order (text left out)."""
        return self._list("WHERE item_id = ? AND current = 1", [item_id])

    def for_items(self, item_ids: Iterable[int]) -> dict[int, list[Attachment]]:
        ids = list(item_ids)
        result: dict[int, list[Attachment]] = {i: [] for i in ids}
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            marks = ", ".join("?" * len(chunk))
            for a in self._list(f"WHERE item_id IN ({marks}) AND current = 1", chunk):
                result[a.item_id].append(a)
        return result

    def for_meeting(self, meeting_id: int) -> list[Attachment]:
        return self._list("WHERE item_id IN (SELECT id FROM agenda_items WHERE "
                          "meeting_id = ?) AND current = 1", [meeting_id])

    def versions(self, attachment_id: int) -> list[Attachment]:
        """This document and every version it replaced, newest first."""
        chain, seen = [], set()
        next_id: int | None = attachment_id
        while next_id is not None and next_id not in seen:
            seen.add(next_id)
            found = self._list("WHERE id = ?", [next_id])
            if not found:
                break
            chain.append(found[0])
            next_id = found[0].previous_id
        return chain

    def get(self, attachment_id: int) -> Attachment:
        rows = list(self.db.query(f"SELECT * FROM {TABLE} WHERE id = ?", [attachment_id]))
        if not rows:
            raise NotFoundError("Dit stuk bestaat niet (meer).")
        return one(TABLE, rows[0], _attachment)

    def add(self, a: Attachment) -> Attachment:
        position = self.db.execute(f"SELECT coalesce(max(position), 0) + 1 FROM {TABLE} "
                                   "WHERE item_id = ?", [a.item_id]).fetchone()[0]
        a.id = self.db.table(TABLE).insert(
            {"uuid": a.uuid, "position": position, **_row(a)}).last_pk
        return a

    def update(self, a: Attachment) -> None:
        row = _row(a)
        del row["text"]  # the text belongs to the bytes; it changes with a new version
        self.db.table(TABLE).update(id_of(a), row)

    def replaced(self, old: Attachment, new: Attachment) -> None:
        """`new` takes the place (and position) of `old`, which stays as history."""
        position = self.db.execute(f"SELECT position FROM {TABLE} WHERE id = ?",
                                   [id_of(old)]).fetchone()[0]
        self.db.execute(f"UPDATE {TABLE} SET current = 0 WHERE id = ?", [id_of(old)])
        self.db.execute(f"UPDATE {TABLE} SET position = ? WHERE id = ?",
                        [position, id_of(new)])

    def delete(self, ids: Iterable[int]) -> None:
        self.db.conn.executemany(f"DELETE FROM {TABLE} WHERE id = ?", [(i,) for i in ids])

    def flags(self, ids: Iterable[int]) -> dict[int, tuple[int, bool]]:
        """Attachment id -> (its item, marked confidential), for the audience rule."""
        ids, result = list(ids), {}
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            for row in self.db.execute(
                    f"SELECT id, item_id, confidential FROM {TABLE} WHERE id IN "
                    f"({', '.join('?' * len(chunk))})", chunk):
                result[row[0]] = (row[1], bool(row[2]))
        return result

    def hashes(self) -> set[str]:
        return {r[0] for r in self.db.execute(f"SELECT DISTINCT sha256 FROM {TABLE}")}

    def _list(self, where: str, params: list) -> list[Attachment]:
        return readable(self.db, TABLE, self.db.query(
            f"SELECT {_LIST_COLUMNS} FROM {TABLE} {where} ORDER BY item_id, position, id",
            params), _attachment)


def hashes_in(db: Database) -> set[str]:
    """Every document hash a database refers to (none before migration 0009)."""
    if not db.execute("SELECT 1 FROM sqlite_master WHERE name = ?", [TABLE]).fetchone():
        return set()
    return AttachmentRepo(db).hashes()
