"""Milestones and the meetings that serve them."""

from datetime import date

from overleg.domain.errors import NotFoundError
from overleg.domain.milestones import Milestone
from overleg.domain.records import id_of
from overleg.storage.columns import iso, required_date, to_date
from overleg.storage.connection import Database
from overleg.storage.unreadable import readable


class MilestoneRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    def add(self, m: Milestone) -> Milestone:
        m.id = self.db.table("milestones").insert({"uuid": m.uuid, **_row(m)}).last_pk
        for meeting_id in m.meeting_ids:
            self.link(id_of(m), meeting_id)
        return m

    def update(self, m: Milestone) -> None:
        self.db.table("milestones").update(id_of(m), _row(m))
        self.db.execute("DELETE FROM milestone_meetings WHERE milestone_id = ?", [m.id])
        for meeting_id in m.meeting_ids:
            self.link(id_of(m), meeting_id)

    def delete(self, milestone_id: int) -> None:
        self.db.execute("DELETE FROM milestones WHERE id = ?", [milestone_id])

    def link(self, milestone_id: int, meeting_id: int) -> None:
        self.db.execute("INSERT OR IGNORE INTO milestone_meetings VALUES (?, ?)",
                        [milestone_id, meeting_id])

    def get(self, milestone_id: int) -> Milestone:
        found = self._select("id = ?", [milestone_id])
        if not found:
            raise NotFoundError(f"Mijlpaal {milestone_id} bestaat niet.")
        return found[0]

    def of_procedure(self, procedure_id: int) -> list[Milestone]:
        return self._select("procedure_id = ?", [procedure_id])

    def between(self, *, start: date | None = None, end: date | None = None) -> list[Milestone]:
        where, params = ["1 = 1"], []
        if start is not None:
            where.append("due >= ?")
            params.append(iso(start))
        if end is not None:
            where.append("due <= ?")
            params.append(iso(end))
        return self._select(" AND ".join(where), params)

    def open_before(self, day: date) -> list[Milestone]:
        """Not done and due before the day: overdue as seen from it."""
        return self._select("done_on IS NULL AND due < ?", [iso(day)])

    def open_due_by(self, day: date) -> list[Milestone]:
        """Not done and due on or before the day (through the index on due)."""
        return self._select("done_on IS NULL AND due <= ?", [iso(day)])

    def _select(self, where: str, params: list) -> list[Milestone]:
        rows = list(self.db.query(
            f"SELECT * FROM milestones WHERE {where} ORDER BY due, id", params))
        links: dict[int, list[int]] = {}
        ids = [r["id"] for r in rows]
        if ids:
            for r in self.db.query(
                    "SELECT * FROM milestone_meetings WHERE milestone_id IN "
                    "(SELECT value FROM json_each(?))", [str(ids)]):
                links.setdefault(r["milestone_id"], []).append(r["meeting_id"])
        return readable(self.db, "milestones", rows,
                        lambda r: _milestone(r, links.get(r["id"], [])))


def _row(m: Milestone) -> dict:
    return {"title": m.title, "due": iso(m.due), "kind": str(m.kind),
            "description": m.description, "legal_basis": m.legal_basis,
            "done_on": iso(m.done_on), "procedure_id": m.procedure_id,
            "step_code": m.step_code, "party_organisation_id": m.party_id,
            "body_id": m.body_id, "due_set": int(m.due_set),
            "needs_meeting": int(m.needs_meeting)}


def _milestone(r: dict, meeting_ids: list[int]) -> Milestone:
    return Milestone(title=r["title"], due=required_date(r["due"]),
                     kind=r["kind"], description=r["description"],
                     legal_basis=r["legal_basis"], meeting_ids=meeting_ids, id=r["id"],
                     uuid=r["uuid"], done_on=to_date(r["done_on"]),
                     procedure_id=r["procedure_id"], step_code=r["step_code"],
                     party_id=r["party_organisation_id"], body_id=r["body_id"],
                     due_set=bool(r["due_set"]),
                     needs_meeting=bool(r["needs_meeting"]))


def planned_meeting_days(db: Database, meeting_ids: list[int]) -> dict[int, date]:
    """The day of each of these meetings that still takes place (not cancelled or moved)."""
    rows = db.query("SELECT id, starts_at FROM meetings WHERE id IN "
                    "(SELECT value FROM json_each(?)) AND status NOT IN ('cancelled', 'moved')",
                    [str(sorted(set(meeting_ids)))])
    return {r["id"]: required_date(r["starts_at"]) for r in rows}


def busy_days(db: Database, start: date) -> list[date]:
    """The first days from start on that hold a meeting or an open milestone (a few)."""
    rows = db.query(
        "SELECT day FROM (SELECT substr(starts_at, 1, 10) AS day FROM meetings "
        "WHERE starts_at >= ? AND status NOT IN ('cancelled', 'moved') "
        "UNION SELECT due FROM milestones WHERE due >= ? AND done_on IS NULL) "
        "ORDER BY day LIMIT 5", [iso(start), iso(start)])
    return [required_date(r["day"]) for r in rows]


def last_busy_day(db: Database) -> date | None:
    row = next(iter(db.query(
        "SELECT max(day) AS day FROM (SELECT max(substr(starts_at, 1, 10)) AS day FROM meetings "
        "UNION SELECT max(due) FROM milestones)")), None)
    return to_date(row["day"]) if row else None
