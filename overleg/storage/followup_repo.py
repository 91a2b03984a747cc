"""Follow-ups (actiepunten) and the action list, filtered and paged in SQL."""

from datetime import date, datetime

from sqlite_utils import Database

from overleg.domain.errors import NotFoundError
from overleg.domain.followups import FollowUp, Target
from overleg.domain.listings import ActionFilter, ActionListing
from overleg.storage.bulk import insert_rows
from overleg.storage.columns import iso, to_date

# The due day of a follow-up: its own date, or the day of the meeting it targets.
_DUE = "COALESCE(f.target_date, substr(tm.starts_at, 1, 10))"

_SELECT = f"""SELECT f.*, {_DUE} AS due,
       COALESCE(p.name, o.name, '') AS owner_label,
       tb.name || ' ' || strftime('%d-%m-%Y', tm.starts_at) AS target_label,
       substr(tm.starts_at, 1, 10) AS target_day,
       COALESCE(ob.name, '') AS body_name, substr(om.starts_at, 1, 10) AS origin_day
  FROM followups f
  LEFT JOIN people p ON p.id = f.owner_person_id
  LEFT JOIN organisations o ON o.id = f.owner_organisation_id
  LEFT JOIN meetings tm ON tm.id = f.target_meeting_id
  LEFT JOIN bodies tb ON tb.id = tm.body_id
  LEFT JOIN meetings om ON om.id = f.meeting_id
  LEFT JOIN bodies ob ON ob.id = om.body_id"""

# Sort keys the action list offers; values are SQL, keys are what callers pass.
ORDERS = {
    "due": "f.due_sort, f.id",  # indexed; no due day sorts last (see schema_followup_due)
    "owner": "owner_label COLLATE NOCASE, f.id",
    "body": "body_name, f.id",
    "status": "f.status, f.id",
    "text": "f.text COLLATE NOCASE, f.id",
    "created": "f.created_on, f.id",
}


class FollowUpRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    def add(self, f: FollowUp) -> FollowUp:
        f.id = self.db["followups"].insert({"uuid": f.uuid, **_row(f)}).last_pk
        return f

    def add_many(self, followups: list[FollowUp]) -> None:
        """Insert many follow-ups (imports); sets each follow-up's id."""
        ids = insert_rows(self.db, "followups", [{"uuid": f.uuid, **_row(f)} for f in followups])
        for f, followup_id in zip(followups, ids, strict=True):
            f.id = followup_id

    def update(self, f: FollowUp) -> None:
        self.db["followups"].update(f.id, _row(f))

    def delete(self, followup_id: int) -> None:
        self.db.execute("DELETE FROM followups WHERE id = ?", [followup_id])

    def get(self, followup_id: int) -> FollowUp:
        rows = list(self.db.query(f"{_SELECT} WHERE f.id = ?", [followup_id]))
        if not rows:
            raise NotFoundError("Dit actiepunt bestaat niet (meer).")
        return _followup(rows[0])

    def for_origin(self, meeting_id: int) -> list[FollowUp]:
        return [_followup(r) for r in self.db.query(
            f"{_SELECT} WHERE f.meeting_id = ? ORDER BY f.id", [meeting_id])]

    def targeting(self, meeting_id: int) -> list[FollowUp]:
        return [_followup(r) for r in self.db.query(
            f"{_SELECT} WHERE f.target_meeting_id = ? ORDER BY f.id", [meeting_id])]

    def open_dated_for_body(self, body_id: int, until: date, *, before_meeting: datetime
                            ) -> list[FollowUp]:
        """Open follow-ups with a target date up to `until`, agreed in this body's earlier
        meetings."""
        return [_followup(r) for r in self.db.query(
            f"""{_SELECT} WHERE f.status = 'open' AND f.target_date <= ? AND om.body_id = ?
                AND om.starts_at < ? ORDER BY f.target_date, f.id""",
            [iso(until), body_id, iso(before_meeting)])]

    def count(self, flt: ActionFilter) -> int:
        where, params = _where(flt)  # on followups' own columns: no joins to count
        return self.db.execute(
            f"SELECT count(*) FROM followups f WHERE {where}", params).fetchone()[0]

    def page(self, flt: ActionFilter, *, offset: int = 0, limit: int = 200,
             order: str = "due", descending: bool = False) -> list[ActionListing]:
        where, params = _where(flt)
        direction = " DESC" if descending else ""
        sql_order = ", ".join(part + direction for part in ORDERS[order].split(", "))
        rows = self.db.query(
            f"{_SELECT} WHERE {where} ORDER BY {sql_order} LIMIT ? OFFSET ?",
            [*params, limit, offset])
        as_of = iso(flt.as_of)
        return [ActionListing(_followup(r), r["body_name"], to_date(r["origin_day"]),
                              r["status"] == "open" and r["due"] is not None
                              and r["due"] < as_of) for r in rows]


def _where(flt: ActionFilter) -> tuple[str, list]:
    where, params = ["1 = 1"], []
    if flt.status is not None:
        where.append("f.status = ?")
        params.append(str(flt.status))
    if flt.overdue_only:
        where.append("f.status = 'open' AND f.due_sort < ?")
        params.append(iso(flt.as_of))
    # Only followups' own columns (and subqueries), so counting needs no joins.
    for condition, value in (
            ("f.meeting_id IN (SELECT id FROM meetings WHERE body_id = ?)", flt.body_id),
            ("f.owner_person_id = ?", flt.owner_person_id),
            ("f.owner_organisation_id = ?", flt.owner_organisation_id),
            ("f.target_meeting_id = ?", flt.target_meeting_id),
            ("f.meeting_id = ?", flt.origin_meeting_id)):
        if value is not None:
            where.append(condition)
            params.append(value)
    if flt.text.strip():
        needle = f"%{flt.text.strip()}%"
        where.append("(f.text LIKE ? OR f.owner_person_id IN (SELECT id FROM people WHERE "
                     "name LIKE ?) OR f.owner_organisation_id IN (SELECT id FROM "
                     "organisations WHERE name LIKE ?))")
        params += [needle] * 3
    return " AND ".join(where), params


def _row(f: FollowUp) -> dict:
    return {"text": f.text, "owner_person_id": f.owner_person_id,
            "owner_organisation_id": f.owner_organisation_id, "meeting_id": f.meeting_id,
            "item_id": f.item_id, "decision_id": f.decision_id,
            "target_date": iso(f.target.due_date), "target_meeting_id": f.target.meeting_id,
            "status": str(f.status), "done_on": iso(f.done_on), "result": f.result,
            "created_on": iso(f.created_on)}


def _followup(r: dict) -> FollowUp:
    target = Target(due_date=to_date(r["target_date"]), meeting_id=r["target_meeting_id"],
                    meeting_day=to_date(r["target_day"]),
                    meeting_label=r["target_label"] or "")
    return FollowUp(text=r["text"], owner_person_id=r["owner_person_id"],
                    owner_organisation_id=r["owner_organisation_id"],
                    owner_label=r["owner_label"], meeting_id=r["meeting_id"],
                    item_id=r["item_id"], decision_id=r["decision_id"], target=target,
                    status=r["status"], done_on=to_date(r["done_on"]), result=r["result"],
                    created_on=to_date(r["created_on"]), id=r["id"], uuid=r["uuid"])
