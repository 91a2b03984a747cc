"""Follow-ups (actiepunten) and the action list, filtered and paged in SQL."""

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date

from overleg.domain.errors import NotFoundError
from overleg.domain.followups import FollowUp, Target
from overleg.domain.listings import ActionFilter, ActionListing
from overleg.domain.records import id_of
from overleg.storage.bulk import insert_rows
from overleg.storage.columns import iso, to_date
from overleg.storage.connection import Database
from overleg.storage.schema_meeting_indexes import OPEN_BY_ORIGIN
from overleg.storage.unreadable import each_readable, one, readable

# The due day of a follow-up: its own date, or the day of the meeting it targets.
_DUE = "COALESCE(f.target_date, substr(tm.starts_at, 1, 10))"

_FROM = """FROM followups f
  LEFT JOIN people p ON p.id = f.owner_person_id
  LEFT JOIN organisations o ON o.id = f.owner_organisation_id
  LEFT JOIN meetings tm ON tm.id = f.target_meeting_id
  LEFT JOIN bodies tb ON tb.id = tm.body_id
  LEFT JOIN meetings om ON om.id = f.meeting_id
  LEFT JOIN bodies ob ON ob.id = om.body_id"""

# The computed columns the sort keys below refer to.
_KEY_COLUMNS = {"due": _DUE, "owner_label": "COALESCE(p.name, o.name, '')",
                "body_name": "COALESCE(ob.name, '')"}
_KEYS = ", ".join(f"{sql} AS {name}" for name, sql in _KEY_COLUMNS.items())
# What a typed text finds (FollowUpRepo.text_match): an FTS5 query, the ids of the people
# and of the organisations whose name holds the text.
TextMatch = tuple[str, tuple[int, ...], tuple[int, ...]]

_LEAN_KEY_COLUMNS = {**_KEY_COLUMNS, "due": """COALESCE(f.target_date,
    (SELECT substr(starts_at, 1, 10) FROM meetings WHERE id = f.target_meeting_id))"""}
# The joins each lean key column needs (the others read followups' own columns).
_LEAN_JOINS = {
    "owner_label": """LEFT JOIN people p ON p.id = f.owner_person_id
                      LEFT JOIN organisations o ON o.id = f.owner_organisation_id""",
    "body_name": """LEFT JOIN meetings om ON om.id = f.meeting_id
                    LEFT JOIN bodies ob ON ob.id = om.body_id"""}

_SELECT = f"""SELECT f.*, {_KEYS},
       tb.name || ' ' || strftime('%d-%m-%Y', tm.starts_at) AS target_label,
       substr(tm.starts_at, 1, 10) AS target_day, substr(om.starts_at, 1, 10) AS origin_day
  {_FROM}"""

# Sort keys the action list offers; values are SQL, keys are what callers pass.
ORDERS = {
    "due": "f.due_sort, f.id",  # indexed; no due day sorts last (see schema_followup_due)
    "owner": "owner_label COLLATE NOCASE, f.id",
    "body": "body_name, f.id",
    "status": "f.status, f.id",
    "text": "f.text COLLATE NOCASE, f.id",
    "created": "f.created_on, f.id",
    "done": "f.done_on IS NULL, f.done_on, f.id",
}


class FollowUpRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    def add(self, f: FollowUp) -> FollowUp:
        f.id = self.db.table("followups").insert({"uuid": f.uuid, **_row(f)}).last_pk
        return f

    def add_many(self, followups: list[FollowUp]) -> None:
        """Insert many follow-ups (imports); sets each follow-up's id."""
        ids = insert_rows(self.db, "followups", [{"uuid": f.uuid, **_row(f)} for f in followups])
        for f, followup_id in zip(followups, ids, strict=True):
            f.id = followup_id

    def update(self, f: FollowUp) -> None:
        # One UPDATE: sqlite-utils' Table.update first reads the row and the table's
        # keys (three statements per row, a fifth of an imported list's writing).
        row = _row(f)
        sets = ", ".join(f"[{name}] = ?" for name in row)
        changed = self.db.execute(f"UPDATE followups SET {sets} WHERE id = ?",
                                  [*row.values(), id_of(f)]).rowcount
        if not changed:
            raise NotFoundError("Dit actiepunt bestaat niet (meer).")

    def delete(self, followup_id: int) -> None:
        self.db.execute("DELETE FROM followups WHERE id = ?", [followup_id])

    def get(self, followup_id: int) -> FollowUp:
        rows = list(self.db.query(f"{_SELECT} WHERE f.id = ?", [followup_id]))
        if not rows:
            raise NotFoundError("Dit actiepunt bestaat niet (meer).")
        return one("followups", rows[0], _followup)

    def get_many(self, ids: Iterable[int]) -> dict[int, FollowUp]:
        """These follow-ups by id in one statement (an imported list compares thousands);
        an id that is gone is absent, an unreadable row a named error as in get()."""
        wanted = list(dict.fromkeys(ids))
        if not wanted:
            return {}
        return {r["id"]: one("followups", r, _followup) for r in self.db.query(
            f"{_SELECT} WHERE f.id IN (SELECT value FROM json_each(?))",
            [json.dumps(wanted)])}

    def ids_by_uuid(self, uuids: list[str]) -> dict[str, int]:
        """The local ids of the follow-ups with these UUIDs (a re-imported list)."""
        found: dict[str, int] = {}
        for start in range(0, len(uuids), 500):  # SQLite's limit on bound variables
            chunk = uuids[start:start + 500]
            marks = ", ".join("?" * len(chunk))
            found.update((r["uuid"], r["id"]) for r in self.db.query(
                f"SELECT id, uuid FROM followups WHERE uuid IN ({marks})", chunk))
        return found

    def for_origin(self, meeting_id: int) -> list[FollowUp]:
        return readable(self.db, "followups", self.db.query(
            f"{_SELECT} WHERE f.meeting_id = ? ORDER BY f.id", [meeting_id]), _followup)

    def targeting(self, meeting_id: int) -> list[FollowUp]:
        return readable(self.db, "followups", self.db.query(
            f"{_SELECT} WHERE f.target_meeting_id = ? ORDER BY f.id", [meeting_id]), _followup)

    def open_counts_targeting(self, meeting_ids: list[int]) -> dict[int, int]:
        """How many open follow-ups come back at each of these meetings (absent: none)."""
        if not meeting_ids:
            return {}
        marks = ", ".join("?" * len(meeting_ids))
        return dict(self.db.execute(
            f"""SELECT target_meeting_id, count(*) FROM followups WHERE status = 'open'
                AND target_meeting_id IN ({marks}) GROUP BY target_meeting_id""",
            meeting_ids).fetchall())

    def returning_ids(self, meeting_id: int, origin_ids: list[int], excluded: Iterable[int],
                      *, offset: int = 0, limit: int = -1) -> tuple[int, list[int]]:
        """The follow-ups that come back at this meeting, counted and one page of their
        ids: the rule of domain.followups.returning_followups in SQL (open; targeting the
        meeting or agreed in one of `origin_ids`; not `excluded`, those already on its
        agenda), in its order: those targeting it first, then the others, each by id.
        Two lookups, by the target's index and by the index of open follow-ups per
        meeting (schema_meeting_indexes); the ids are sorted in SQL, so a coming meeting
        with thousands of points costs one page of objects."""
        marks = ", ".join("?" * len(origin_ids)) or "NULL"
        candidates = f"""SELECT id, 0 AS later FROM followups
                WHERE target_meeting_id = ? AND status = 'open'
            UNION ALL SELECT id, 1 FROM followups INDEXED BY {OPEN_BY_ORIGIN}
                WHERE status = 'open' AND meeting_id IN ({marks})
                  AND target_meeting_id IS NOT ?"""
        params = [meeting_id, *origin_ids, meeting_id, json.dumps(sorted(set(excluded)))]
        where = "WHERE id NOT IN (SELECT value FROM json_each(?))"
        total = self.db.execute(f"SELECT count(*) FROM ({candidates}) {where}",
                                params).fetchone()[0]
        ids = [r[0] for r in self.db.execute(
            f"SELECT id FROM ({candidates}) {where} ORDER BY later, id LIMIT ? OFFSET ?",
            [*params, limit, offset])] if limit != 0 and offset < total else []
        return total, ids

    def returning(self, ids: list[int]) -> list[FollowUp]:
        """These follow-ups, in this order, with only the owner's name joined (what a
        proposal shows); an unreadable one is left out and reported."""
        if not ids:
            return []
        rows = {r["id"]: r for r in self.db.query(
            """SELECT f.*, COALESCE(p.name, o.name, '') AS owner_label,
                      NULL AS target_day, '' AS target_label
               FROM followups f
               LEFT JOIN people p ON p.id = f.owner_person_id
               LEFT JOIN organisations o ON o.id = f.owner_organisation_id
               WHERE f.id IN (SELECT value FROM json_each(?))""", [json.dumps(ids)])}
        return readable(self.db, "followups", (rows[i] for i in ids if i in rows), _followup)

    def count(self, flt: ActionFilter) -> int:
        where, params = _where(flt)  # on followups' own columns: no joins to count
        # Without a condition SQLite counts the table's pages (its count optimisation);
        # "WHERE 1 = 1" would make it step through every row of an index instead.
        sql = "SELECT count(*) FROM followups f" + (f" WHERE {where}" if params else "")
        return self.db.execute(sql, params).fetchone()[0]

    def page(self, flt: ActionFilter, *, offset: int = 0, limit: int = 200,
             order: str = "due", descending: bool = False) -> list[ActionListing]:
        return list(self.each_listing(flt, offset=offset, limit=limit, order=order,
                                      descending=descending))

    def each_listing(self, flt: ActionFilter, *, offset: int = 0, limit: int = -1,
                     order: str = "due", descending: bool = False) -> Iterator[ActionListing]:
        """The listings one at a time, read from the cursor as they are asked for (exports
        of the whole action list never hold it)."""
        where, params = _where(flt)
        direction = " DESC" if descending else ""
        sql_order = ", ".join(part + direction for part in ORDERS[order].split(", "))
        rows = self.db.query(
            f"{_SELECT} WHERE {where} ORDER BY {sql_order} LIMIT ? OFFSET ?",
            [*params, limit, offset])
        as_of = iso(flt.as_of)
        return each_readable(self.db, "followups", rows, lambda r: _listing(r, as_of))

    # The action list screen keeps the ordered ids of its filter and intersects them with
    # the text matches per keystroke: matching is a plain scan, sorting 25,000 rows is not.

    def ordered_ids(self, flt: ActionFilter, *, order: str = "due", descending: bool = False
                    ) -> list[int]:
        """Ids of the follow-ups that pass the filter (its text aside), in list order."""
        where, params = _where(replace(flt, text=""))
        direction = " DESC" if descending else ""
        sql_order = ", ".join(part + direction for part in ORDERS[order].split(", "))
        # Only the key this order needs (the due day by subquery, not by join): SQLite
        # then drops the joins nothing uses. The ids come back as one string, in the
        # subquery's order, which is far cheaper than 25,000 one-column rows.
        needed = [name for name in _LEAN_KEY_COLUMNS
                  if re.search(rf"\b{name}\b", ORDERS[order])]
        keys = "".join(f", {_LEAN_KEY_COLUMNS[name]} AS {name}" for name in needed)
        # Only the joins the key reads: SQLite keeps a join another join refers to, and
        # reading every follow-up's row for it cost more than the index scan of the order.
        joins = " ".join(_LEAN_JOINS.get(name, "") for name in needed)
        joined = self.db.execute(
            f"SELECT group_concat(id) FROM (SELECT f.id{keys} FROM followups f {joins} "
            f"WHERE {where} ORDER BY {sql_order})", params).fetchone()[0]
        return json.loads(f"[{joined}]") if joined else []

    def due_ids(self, flt: ActionFilter, *, offset: int, limit: int,
                descending: bool = False) -> list[int]:
        """One page of `ordered_ids` in due order, read from the due-order index alone:
        the list opens without reading the ids of the whole archive."""
        where, params = _where(replace(flt, text=""))
        direction = " DESC" if descending else ""
        return [r[0] for r in self.db.execute(
            f"SELECT f.id FROM followups f WHERE {where} "
            f"ORDER BY f.due_sort{direction}, f.id{direction} LIMIT ? OFFSET ?",
            [*params, limit, offset])]

    def ids_matching(self, text: str) -> set[int]:
        """Ids of the follow-ups the typed text finds (_text_rule; every list made from
        the screen, an export or a count, filters by the same rule in SQL)."""
        return self.ids_of_match(self.text_match(text))

    def text_match(self, text: str) -> TextMatch:
        """What the typed text finds, before it is looked up: the FTS5 query with its last
        word spelled out as the words of followups_fts that begin with it (search_terms;
        "" when none do or the text has no words), and the ids of the people and of the
        organisations whose name holds the text. Two texts with the same TextMatch find
        the same follow-ups: typing on in a word often leaves it unchanged ('leerl' and
        'leerlingen' both spell out "leerlingen" OR "leerlingenvervoer"), so the action
        list need not look the follow-ups up again. Spelled out, FTS5 also gathers the
        matches faster than as a prefix query (4x archive: 4.0 ms instead of 4.7)."""
        from overleg.storage.search_terms import expanded, words  # typing in a filter only

        found = words(text)
        q = expanded(self.db.execute, found, ("followup",)).get("followup", "") \
            if found else ""
        needle = _text_rule(text)[1]
        people, organisations = (tuple(r[0] for r in self.db.execute(
            f"SELECT id FROM {table} WHERE name LIKE ? ORDER BY id", [needle]))
            for _, table in _OWNERS)
        return q, people, organisations

    def ids_of_match(self, match: TextMatch) -> set[int]:
        """Ids of the follow-ups a text_match finds.

        Each part's ids come back as one group_concat string: reading thousands of
        one-column rows through the driver costs more than the index lookup itself.
        """
        q, *owners = match
        parts: list[tuple[str, list[object]]] = []
        if q:
            parts.append(("SELECT group_concat(rowid) FROM followups_fts "
                          "WHERE followups_fts MATCH ?", [q]))
        for (column, _), ids in zip(_OWNERS, owners, strict=True):
            # Mostly no owner matches, and then no follow-up is read for them.
            if ids:
                parts.append((f"SELECT group_concat(id) FROM followups WHERE {column} IN "
                              f"({', '.join('?' * len(ids))})", list(ids)))
        found: set[int] = set()
        for sql, params in parts:
            joined = self.db.execute(sql, params).fetchone()[0]
            if joined:  # '3,17,42': json parses it fastest
                found.update(json.loads(f"[{joined}]"))
        return found

    def listings(self, ids: list[int], as_of: date) -> list[ActionListing]:
        """The listings of these follow-ups, in the order of `ids` (missing ones left out)."""
        if not ids:
            return []
        marks = ", ".join("?" * len(ids))
        rows = {r["id"]: r for r in self.db.query(f"{_SELECT} WHERE f.id IN ({marks})", ids)}
        day = iso(as_of)
        return readable(self.db, "followups", (rows[i] for i in ids if i in rows),
                        lambda r: _listing(r, day))


def _listing(r: dict, as_of: str | None) -> ActionListing:
    return ActionListing(_followup(r), r["body_name"], to_date(r["origin_day"]),
                         r["status"] == "open" and r["due"] is not None and r["due"] < as_of)


def _where(flt: ActionFilter) -> tuple[str, list]:
    where: list[str] = ["1 = 1"]
    params: list[object] = []
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
        q, needle = _text_rule(flt.text)
        found = [f"f.{column} IN (SELECT id FROM {table} WHERE name LIKE ?)"
                 for column, table in _OWNERS]
        params += [needle] * len(_OWNERS)
        if q:
            found.append("f.id IN (SELECT rowid FROM followups_fts WHERE followups_fts "
                         "MATCH ?)")
            params.append(q)
        where.append(f"({' OR '.join(found)})")
    return " AND ".join(where), params


# An owner is a person or an organisation: (followups' column, the table of names).
_OWNERS = (("owner_person_id", "people"), ("owner_organisation_id", "organisations"))


def _text_rule(text: str) -> tuple[str, str]:
    """What typed text finds in the action list, on the screen and in everything made
    from it (exports, counts): follow-ups whose text or result has a word beginning
    with each typed word (an FTS5 query over followups_fts, "" when the text has no
    words), or whose owner's name contains the text (a LIKE pattern)."""
    from overleg.storage.search_repo import fts_query  # with the search: only once typed

    return fts_query(text), f"%{text.strip()}%"


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
