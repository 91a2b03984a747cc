"""Decisions and the decision register."""

import json
from collections.abc import Iterable, Iterator
from datetime import date

from overleg.domain.decisions import Decision
from overleg.domain.errors import NotFoundError
from overleg.domain.listings import DecisionGroup, DecisionListing
from overleg.domain.records import id_of
from overleg.storage.bulk import insert_rows
from overleg.storage.columns import required_datetime
from overleg.storage.conditions import Conditions
from overleg.storage.connection import Database
from overleg.storage.unreadable import each_readable, one, readable

_REGISTER_FROM = """FROM decisions d JOIN bodies b ON b.id = d.body_id
               JOIN meetings m ON m.id = d.meeting_id"""
_REGISTER = f"""SELECT d.*, b.name AS body_name, m.starts_at AS meeting_starts,
                      COALESCE(i.title, '') AS item_title
               {_REGISTER_FROM}
               LEFT JOIN agenda_items i ON i.id = d.item_id"""


class DecisionRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    def add(self, d: Decision) -> Decision:
        d.id = self.db.table("decisions").insert({"uuid": d.uuid, **_row(d)}).last_pk
        return d

    def add_many(self, decisions: list[Decision]) -> None:
        """Insert many numbered decisions (imports); sets each decision's id."""
        ids = insert_rows(self.db, "decisions", [{"uuid": d.uuid, **_row(d)} for d in decisions])
        for d, decision_id in zip(decisions, ids, strict=True):
            d.id = decision_id

    def update(self, d: Decision) -> None:
        self.db.table("decisions").update(id_of(d), _row(d))

    def get(self, decision_id: int) -> Decision:
        rows = list(self.db.query("SELECT * FROM decisions WHERE id = ?", [decision_id]))
        if not rows:
            raise NotFoundError("Dit besluit bestaat niet (meer).")
        return one("decisions", rows[0], _decision)

    def delete(self, decision_id: int) -> None:
        self.db.execute("DELETE FROM decisions WHERE id = ?", [decision_id])

    def for_meeting(self, meeting_id: int) -> list[Decision]:
        return readable(self.db, "decisions", self.db.query(
            "SELECT * FROM decisions WHERE meeting_id = ? ORDER BY sequence, id", [meeting_id]),
            _decision)

    def items_of(self, decision_ids: Iterable[int | None]) -> dict[int, int | None]:
        """The agenda item of each decision among `decision_ids`."""
        ids = sorted({i for i in decision_ids if i is not None})
        if not ids:
            return {}
        return {r["id"]: r["item_id"] for r in self.db.query(
            "SELECT id, item_id FROM decisions WHERE id IN (SELECT value FROM json_each(?))",
            [json.dumps(ids)])}

    def store_numbers(self, decisions: list[Decision]) -> None:
        """Write new numbers in two passes, so a swap never meets the UNIQUE constraint."""
        self.db.conn.executemany("UPDATE decisions SET number = '~' || uuid WHERE id = ?",
                                 [(d.id,) for d in decisions])
        self.db.conn.executemany(
            "UPDATE decisions SET number = ?, sequence = ? WHERE id = ?",
            [(d.number, d.sequence, d.id) for d in decisions])

    def register_groups(self, text: str = "") -> list[DecisionGroup]:
        """The meetings with decisions (matching `text`), by body name, newest first."""
        where, params = "1 = 1", []
        if text:
            where = "(d.text LIKE ? OR d.number LIKE ?)"
            params = [f"%{text}%"] * 2
        rows = self.db.execute(
            f"""SELECT b.id, b.name, m.id, m.starts_at, count(*) {_REGISTER_FROM}
                WHERE {where} GROUP BY m.id ORDER BY b.name, m.starts_at DESC""", params)
        return [DecisionGroup(body_id, body_name, meeting_id, required_datetime(starts), n)
                for body_id, body_name, meeting_id, starts, n in rows]

    def register(self, *, body_id: int | None = None, start: date | None = None,
                 end: date | None = None, meeting_id: int | None = None,
                 text: str = "") -> list[DecisionListing]:
        return list(self.each_registered(body_id=body_id, start=start, end=end,
                                         meeting_id=meeting_id, text=text))

    def each_registered(self, *, body_id: int | None = None, start: date | None = None,
                        end: date | None = None, meeting_id: int | None = None,
                        text: str = "") -> Iterator[DecisionListing]:
        """The register one decision at a time, read as asked for (whole-archive exports)."""
        where = _register_where(body_id, start, end, meeting_id, text)
        rows = self.db.query(
            f"{_REGISTER} WHERE {where.sql} ORDER BY b.name, m.starts_at, d.sequence",
            where.params)
        return each_readable(self.db, "decisions", rows, lambda r: DecisionListing(
            _decision(r), r["body_name"], required_datetime(r["meeting_starts"]),
            r["item_title"]))

    def count_registered(self, *, body_id: int | None = None, start: date | None = None,
                         end: date | None = None, meeting_id: int | None = None,
                         text: str = "") -> int:
        where = _register_where(body_id, start, end, meeting_id, text)
        return self.db.execute(f"SELECT count(*) {_REGISTER_FROM} WHERE {where.sql}",
                               where.params).fetchone()[0]


def _register_where(body_id: int | None, start: date | None, end: date | None,
                    meeting_id: int | None, text: str) -> Conditions:
    where = (Conditions().equals("d.body_id", body_id).equals("d.meeting_id", meeting_id)
             .meeting_period("m.starts_at", start, end))
    if text:
        where.add("(d.text LIKE ? OR d.number LIKE ?)", *[f"%{text}%"] * 2)
    return where


def _row(d: Decision) -> dict:
    return {"body_id": d.body_id, "meeting_id": d.meeting_id, "item_id": d.item_id,
            "number": d.number, "sequence": d.sequence, "text": d.text, "status": str(d.status)}


def _decision(r: dict) -> Decision:
    return Decision(body_id=r["body_id"], meeting_id=r["meeting_id"], text=r["text"],
                    item_id=r["item_id"], number=r["number"], sequence=r["sequence"],
                    status=r["status"], id=r["id"], uuid=r["uuid"])
