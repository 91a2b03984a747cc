"""Milestones and the meetings that serve them."""

from datetime import date

from sqlite_utils import Database

from overleg.domain.milestones import Milestone
from overleg.storage.columns import iso, to_date
from overleg.storage.unreadable import readable


class MilestoneRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    def add(self, m: Milestone) -> Milestone:
        m.id = self.db["milestones"].insert({
            "uuid": m.uuid, "title": m.title, "due": iso(m.due), "kind": str(m.kind),
            "description": m.description, "legal_basis": m.legal_basis}).last_pk
        for meeting_id in m.meeting_ids:
            self.link(m.id, meeting_id)  # type: ignore[arg-type]
        return m

    def link(self, milestone_id: int, meeting_id: int) -> None:
        self.db.execute("INSERT OR IGNORE INTO milestone_meetings VALUES (?, ?)",
                        [milestone_id, meeting_id])

    def between(self, *, start: date | None = None, end: date | None = None) -> list[Milestone]:
        where, params = ["1 = 1"], []
        if start is not None:
            where.append("due >= ?")
            params.append(iso(start))
        if end is not None:
            where.append("due <= ?")
            params.append(iso(end))
        rows = list(self.db.query(
            f"SELECT * FROM milestones WHERE {' AND '.join(where)} ORDER BY due, id", params))
        links: dict[int, list[int]] = {}
        for r in self.db.query("SELECT * FROM milestone_meetings"):
            links.setdefault(r["milestone_id"], []).append(r["meeting_id"])
        return readable(self.db, "milestones", rows, lambda r: Milestone(
            title=r["title"], due=to_date(r["due"]),  # type: ignore[arg-type]
            kind=r["kind"], description=r["description"], legal_basis=r["legal_basis"],
            meeting_ids=links.get(r["id"], []), id=r["id"], uuid=r["uuid"]))
