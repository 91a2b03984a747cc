"""Agenda items, their criteria checklists, and what targets a meeting."""

import json
from collections.abc import Iterable

from overleg.domain.agenda import AgendaItem, CriterionCheck
from overleg.domain.enums import MeetingStatus
from overleg.domain.errors import NotFoundError
from overleg.domain.followups import PostponedItem
from overleg.domain.records import id_of
from overleg.storage.bulk import insert_rows
from overleg.storage.connection import Database
from overleg.storage.schema_meeting_indexes import POSTPONED_BY_MEETING
from overleg.storage.unreadable import one, readable

_COLUMNS = ("meeting_id", "position", "title", "description", "kind", "presenter",
            "planned_minutes", "confidential", "theme_id", "standard", "documents", "notes",
            "outcome", "postponed_to_meeting_id", "source_followup_id", "carried_from_item_id")


class AgendaRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    def items(self, meeting_id: int, *, with_checklists: bool = True) -> list[AgendaItem]:
        items = readable(self.db, "agenda_items", self.db.query(
            "SELECT * FROM agenda_items WHERE meeting_id = ? ORDER BY position", [meeting_id]),
            _item)
        if with_checklists and items:
            checks = self._checklists([id_of(i) for i in items])
            for item in items:
                item.checklist = checks.get(id_of(item), [])
        return items

    def get(self, item_id: int) -> AgendaItem:
        rows = list(self.db.query("SELECT * FROM agenda_items WHERE id = ?", [item_id]))
        if not rows:
            raise NotFoundError("Dit agendapunt bestaat niet (meer).")
        item = one("agenda_items", rows[0], _item)
        item.checklist = self._checklists([item_id]).get(item_id, [])
        return item

    def add(self, item: AgendaItem) -> AgendaItem:
        row = _row(item)
        row["uuid"] = item.uuid
        item.id = self.db.table("agenda_items").insert(row).last_pk
        for check in item.checklist:
            self.set_check(id_of(item), check)
        return item

    def add_many(self, items: list[AgendaItem]) -> None:
        """Insert many items with their checklists (imports); sets each item's id."""
        ids = insert_rows(self.db, "agenda_items", [{"uuid": i.uuid, **_row(i)} for i in items])
        for item, item_id in zip(items, ids, strict=True):
            item.id = item_id
        self.db.conn.executemany(
            "INSERT INTO item_criteria (item_id, criterion_id, checked, remark) "
            "VALUES (?, ?, ?, ?)",
            [(i.id, c.criterion_id, int(c.checked), c.remark) for i in items
             for c in i.checklist])

    def update(self, item: AgendaItem) -> None:
        self.db.table("agenda_items").update(id_of(item), _row(item))

    def delete(self, item_id: int) -> None:
        self.db.execute("DELETE FROM agenda_items WHERE id = ?", [item_id])

    def set_positions(self, positions: list[tuple[int, int]]) -> None:
        self.db.conn.executemany("UPDATE agenda_items SET position = ? WHERE id = ?",
                                 [(pos, item_id) for item_id, pos in positions])

    def set_check(self, item_id: int, check: CriterionCheck) -> None:
        self.db.execute(
            """INSERT INTO item_criteria (item_id, criterion_id, checked, remark)
               VALUES (?, ?, ?, ?) ON CONFLICT (item_id, criterion_id)
               DO UPDATE SET checked = excluded.checked, remark = excluded.remark""",
            [item_id, check.criterion_id, int(check.checked), check.remark])

    def postponed_for(self, meeting_id: int, origin_ids: list[int]) -> list[PostponedItem]:
        """Items postponed to this meeting, and items postponed (to a known meeting or
        not) in the meetings `origin_ids`; each with where it was carried since. Read
        through the index of postponed items per meeting (schema_meeting_indexes): the
        origins' other items are never read."""
        columns = "id, title, description, postponed_to_meeting_id, meeting_id, position"
        rows = {r["id"]: r for r in self.db.query(
            f"""SELECT {columns} FROM agenda_items
                WHERE postponed_to_meeting_id = ? AND outcome = 'postponed'""", [meeting_id])}
        if origin_ids:
            rows.update((r["id"], r) for r in self.db.query(
                f"""SELECT {columns} FROM agenda_items INDEXED BY {POSTPONED_BY_MEETING}
                    WHERE outcome = 'postponed'
                      AND meeting_id IN ({', '.join('?' * len(origin_ids))})""", origin_ids))
        ordered = sorted(rows.values(), key=lambda r: (r["meeting_id"], r["position"]))
        carried = self._carried([r["id"] for r in ordered])
        return [PostponedItem(r["id"], r["title"], r["description"],
                              r["postponed_to_meeting_id"], r["meeting_id"],
                              tuple(MeetingStatus(s) for s in carried.get(r["id"], ())))
                for r in ordered]

    def _carried(self, item_ids: list[int]) -> dict[int, list[str]]:
        """Status of each meeting these items were carried to. A proposal is accepted in a
        later meeting of the item's body or in the meeting it was postponed to, so only
        carried items there count. The carried items are found through their index first
        (usually none): the agendas of the body's later meetings are never read."""
        if not item_ids:
            return {}
        marks = ", ".join("?" * len(item_ids))
        copies = [r[0] for r in self.db.execute(
            f"SELECT id FROM agenda_items WHERE carried_from_item_id IN ({marks})", item_ids)]
        if not copies:
            return {}
        found: dict[int, list[str]] = {}
        for item_id, status in self.db.execute(
                f"""WITH cand AS (SELECT i.id, i.postponed_to_meeting_id AS target,
                                         m.body_id, m.starts_at
                                  FROM agenda_items i JOIN meetings m ON m.id = i.meeting_id
                                  WHERE i.id IN ({marks})),
                         places AS (
                    SELECT m.id FROM meetings m
                    WHERE m.body_id IN (SELECT body_id FROM cand)
                      AND m.starts_at > (SELECT min(starts_at) FROM cand)
                    UNION SELECT target FROM cand WHERE target IS NOT NULL)
                    SELECT c.carried_from_item_id, m.status FROM agenda_items c
                    JOIN meetings m ON m.id = c.meeting_id
                    WHERE c.id IN (SELECT value FROM json_each(?))
                      AND +c.meeting_id IN (SELECT id FROM places)
                    ORDER BY c.id""", [*item_ids, json.dumps(copies)]):
            found.setdefault(item_id, []).append(status)
        return found

    def titles(self, meeting_id: int) -> set[str]:
        """The titles of the meeting's items, nothing else read."""
        return {r[0] for r in self.db.execute(
            "SELECT title FROM agenda_items WHERE meeting_id = ?", [meeting_id])}

    def origins_on_agenda(self, meeting_id: int) -> list[tuple[int | None, int | None]]:
        return [(r["source_followup_id"], r["carried_from_item_id"]) for r in self.db.query(
            """SELECT source_followup_id, carried_from_item_id FROM agenda_items
               WHERE meeting_id = ?""", [meeting_id])]

    def confidential_among(self, item_ids: Iterable[int | None]) -> set[int]:
        """The items among `item_ids` that are marked confidential ('besloten')."""
        ids = sorted({i for i in item_ids if i is not None})
        if not ids:
            return set()
        return {r["id"] for r in self.db.query(
            """SELECT id FROM agenda_items WHERE confidential = 1
               AND id IN (SELECT value FROM json_each(?))""", [json.dumps(ids)])}

    def derived_from(self, item_id: int) -> list[int]:
        """Items that continue this item or bring back one of its follow-ups (directly or
        through one of its decisions)."""
        return [r["id"] for r in self.db.query(
            """SELECT id FROM agenda_items WHERE carried_from_item_id = :item
               OR source_followup_id IN (
                   SELECT id FROM followups WHERE item_id = :item OR decision_id IN (
                       SELECT id FROM decisions WHERE item_id = :item))""",
            {"item": item_id})]

    def set_confidential(self, item_ids: Iterable[int]) -> None:
        self.db.conn.executemany("UPDATE agenda_items SET confidential = 1 WHERE id = ?",
                                 [(i,) for i in item_ids])

    def _checklists(self, item_ids: list[int]) -> dict[int, list[CriterionCheck]]:
        result: dict[int, list[CriterionCheck]] = {}
        marks = ", ".join("?" * len(item_ids))
        for r in self.db.query(
                f"""SELECT ic.item_id, ic.criterion_id, ic.checked, ic.remark, c.code, c.title
                    FROM item_criteria ic JOIN schema_criteria c ON c.id = ic.criterion_id
                    WHERE ic.item_id IN ({marks}) ORDER BY c.position""", item_ids):
            result.setdefault(r["item_id"], []).append(CriterionCheck(
                r["criterion_id"], r["code"], r["title"], bool(r["checked"]), r["remark"]))
        return result


def _row(item: AgendaItem) -> dict:
    row = {c: getattr(item, c) for c in _COLUMNS}
    row["kind"] = str(item.kind)
    row["outcome"] = str(item.outcome) if item.outcome else None
    row["standard"] = str(item.standard) if item.standard else None
    row["confidential"] = int(item.confidential)
    return row


def _item(r: dict) -> AgendaItem:
    values = {c: r[c] for c in _COLUMNS}
    values["confidential"] = bool(values["confidential"])
    return AgendaItem(**values, id=r["id"], uuid=r["uuid"])
