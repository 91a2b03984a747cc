"""Meetings and their attendance lists."""

import json
from datetime import date, datetime

from overleg.domain.enums import AttendanceStatus, MeetingStatus
from overleg.domain.errors import NotFoundError
from overleg.domain.listings import MeetingListing
from overleg.domain.meetings import Attendance, Meeting, TimelineEntry
from overleg.domain.records import id_of
from overleg.storage.bulk import insert_rows
from overleg.storage.columns import iso, required_datetime, to_date, to_datetime
from overleg.storage.conditions import Conditions
from overleg.storage.connection import Database
from overleg.storage.unreadable import one, readable

_LISTING = """SELECT m.*, b.name AS body_name, b.code AS body_code
              FROM meetings m JOIN bodies b ON b.id = m.body_id"""


class MeetingRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    def add(self, meeting: Meeting) -> Meeting:
        meeting.id = self.db.table("meetings").insert(_row(meeting)).last_pk
        return meeting

    def add_many(self, meetings: list[Meeting]) -> None:
        """Insert many meetings (imports); sets each meeting's id."""
        ids = insert_rows(self.db, "meetings", [_row(m) for m in meetings])
        for m, meeting_id in zip(meetings, ids, strict=True):
            m.id = meeting_id

    def update(self, meeting: Meeting) -> None:
        self.db.table("meetings").update(id_of(meeting), _row(meeting))

    def get(self, meeting_id: int) -> Meeting:
        rows = list(self.db.query("SELECT * FROM meetings WHERE id = ?", [meeting_id]))
        if not rows:
            raise NotFoundError("Deze vergadering bestaat niet (meer).")
        return one("meetings", rows[0], _meeting)

    def listing(self, meeting_id: int) -> MeetingListing:
        rows = list(self.db.query(f"{_LISTING} WHERE m.id = ?", [meeting_id]))
        if not rows:
            raise NotFoundError("Deze vergadering bestaat niet (meer).")
        return one("meetings", rows[0], _listing)

    def listings(self, *, body_id: int | None = None, start: date | None = None,
             end: date | None = None, statuses: list[MeetingStatus] | None = None,
             descending: bool = False, limit: int | None = None) -> list[MeetingListing]:
        where = (Conditions().equals("m.body_id", body_id)
                 .meeting_period("m.starts_at", start, end).one_of("m.status", statuses))
        order = "DESC" if descending else "ASC"
        sql = f"{_LISTING} WHERE {where.sql} ORDER BY m.starts_at {order}, m.id"
        if limit:
            sql += f" LIMIT {int(limit)}"
        return readable(self.db, "meetings", self.db.query(sql, where.params), _listing)

    def ordered_ids(self, *, body_id: int | None = None, start: date | None = None,
                    end: date | None = None, descending: bool = False) -> list[int]:
        """Ids of the meetings listings() would give, in its order, without reading the
        meetings: the meetings list reads only the rows in view (listings_of)."""
        where = Conditions().equals("body_id", body_id).meeting_period("starts_at", start, end)
        order = "DESC" if descending else "ASC"
        # One string of ids: far cheaper than thousands of one-column rows.
        joined = self.db.execute(
            f"SELECT group_concat(id) FROM (SELECT id FROM meetings WHERE {where.sql} "
            f"ORDER BY starts_at {order}, id)", where.params).fetchone()[0]
        return json.loads(f"[{joined}]") if joined else []

    def listings_of(self, ids: list[int]) -> list[MeetingListing]:
        """These meetings, in the order given (a missing one is left out)."""
        if not ids:
            return []
        marks = ", ".join("?" * len(ids))
        found = {r["id"]: r for r in self.db.query(f"{_LISTING} WHERE m.id IN ({marks})", ids)}
        return readable(self.db, "meetings", (found[i] for i in ids if i in found), _listing)

    def count(self) -> int:
        return self.db.execute("SELECT count(*) FROM meetings").fetchone()[0]

    def same_day_count(self, body_id: int, day: date, exclude_id: int | None) -> int:
        """Meetings of the body on that day created before this one (for number suffixes)."""
        return self.db.execute(
            "SELECT count(*) FROM meetings WHERE body_id = ? AND substr(starts_at, 1, 10) = ?"
            " AND id < ?", [body_id, iso(day), exclude_id or 1 << 62]).fetchone()[0]

    def timeline(self, body_id: int) -> list[TimelineEntry]:
        """Every meeting of the body, as the cycle sees it (index on body and start)."""
        return [TimelineEntry(r[0], required_datetime(r[1]), MeetingStatus(r[2]))
                for r in self.db.execute(
                    "SELECT id, starts_at, status FROM meetings WHERE body_id = ? "
                    "ORDER BY starts_at, id", [body_id])]

    def adopted_in(self, meeting_id: int) -> list[Meeting]:
        """The meetings whose minutes this meeting adopted."""
        return readable(self.db, "meetings", self.db.query(
            "SELECT * FROM meetings WHERE adopted_in_meeting_id = ? ORDER BY starts_at",
            [meeting_id]), _meeting)

    def previous_of_body(self, meeting: Meeting) -> Meeting | None:
        """The last earlier meeting of the same body that was held (whose minutes to adopt)."""
        rows = list(self.db.query(
            """SELECT * FROM meetings WHERE body_id = ? AND starts_at < ? AND status IN
               ('held', 'minutes_draft', 'minutes_adopted')
               ORDER BY starts_at DESC LIMIT 1""", [meeting.body_id, iso(meeting.starts_at)]))
        return one("meetings", rows[0], _meeting) if rows else None

    def hand_over(self, old_id: int, new_id: int) -> None:
        """A moved meeting's agenda, invitees and everything that targeted it go to the
        meeting that replaces it."""
        for sql in (
            "UPDATE agenda_items SET meeting_id = :new WHERE meeting_id = :old",
            # What was already recorded for the meeting stays with its items.
            "UPDATE decisions SET meeting_id = :new WHERE meeting_id = :old",
            "UPDATE followups SET meeting_id = :new WHERE meeting_id = :old",
            """INSERT OR IGNORE INTO attendance (meeting_id, person_id, status, note)
               SELECT :new, person_id, status, note FROM attendance WHERE meeting_id = :old""",
            "UPDATE followups SET target_meeting_id = :new WHERE target_meeting_id = :old",
            """UPDATE agenda_items SET postponed_to_meeting_id = :new
               WHERE postponed_to_meeting_id = :old""",
            "UPDATE OR IGNORE milestone_meetings SET meeting_id = :new WHERE meeting_id = :old",
        ):
            self.db.execute(sql, {"old": old_id, "new": new_id})

    # -- attendance ---------------------------------------------------------------------

    def attendance(self, meeting_id: int) -> list[Attendance]:
        return [Attendance(meeting_id=r["meeting_id"], person_id=r["person_id"],
                           status=r["status"], note=r["note"], id=r["id"])
                for r in self.db.query(
                    """SELECT a.* FROM attendance a JOIN people p ON p.id = a.person_id
                       WHERE a.meeting_id = ? ORDER BY p.name""", [meeting_id])]

    def set_attendance(self, a: Attendance) -> None:
        self.db.execute(
            """INSERT INTO attendance (meeting_id, person_id, status, note)
               VALUES (?, ?, ?, ?) ON CONFLICT (meeting_id, person_id)
               DO UPDATE SET status = excluded.status, note = excluded.note""",
            [a.meeting_id, a.person_id, str(a.status), a.note])

    def add_attendance_many(self, entries: list[Attendance]) -> None:
        """Attendance lines of meetings that have none yet (imports)."""
        self.db.conn.executemany(
            "INSERT INTO attendance (meeting_id, person_id, status, note) VALUES (?, ?, ?, ?)",
            [(a.meeting_id, a.person_id, str(a.status), a.note) for a in entries])

    def remove_attendance(self, meeting_id: int, person_id: int) -> None:
        self.db.execute("DELETE FROM attendance WHERE meeting_id = ? AND person_id = ?",
                        [meeting_id, person_id])

    def attendance_counts(self, meeting_id: int) -> dict[AttendanceStatus, int]:
        return {AttendanceStatus(r["status"]): r["n"] for r in self.db.query(
            "SELECT status, count(*) AS n FROM attendance WHERE meeting_id = ? GROUP BY status",
            [meeting_id])}


def _row(m: Meeting) -> dict:
    return {"uuid": m.uuid, "body_id": m.body_id, "starts_at": iso(m.starts_at),
            "ends_at": iso(m.ends_at), "location": m.location,
            "subject": str(m.subject) if m.subject else None, "status": str(m.status),
            "title": m.title, "moved_to_id": m.moved_to_id, "moved_from_id": m.moved_from_id,
            "adopted_in_meeting_id": m.adopted_in_meeting_id,
            "adopted_on": iso(m.adopted_on)}


def _meeting(r: dict) -> Meeting:
    starts: datetime = required_datetime(r["starts_at"])
    return Meeting(body_id=r["body_id"], starts_at=starts, ends_at=to_datetime(r["ends_at"]),
                   location=r["location"], subject=r["subject"], status=r["status"],
                   title=r["title"], moved_to_id=r["moved_to_id"],
                   moved_from_id=r["moved_from_id"],
                   adopted_in_meeting_id=r["adopted_in_meeting_id"],
                   adopted_on=to_date(r["adopted_on"]), id=r["id"], uuid=r["uuid"])


def _listing(r: dict) -> MeetingListing:
    return MeetingListing(_meeting(r), r["body_name"], r["body_code"])
