"""Newest first, exactly: which matches of a full-text search belong to the latest
meetings.

FTS5 lists every match's rowid fast (about 2 ms for 13,000 on ten years of minutes), but
ordering the matches by meeting day means looking up each one's meeting (about 20 ms).
So the matches are first narrowed to the records of recent meetings: a window of days
whose record ids are gathered through the meetings' date index. The window is widened
until it holds `limit` matches or covers everything; the first pass over the matches
also counts them all. Every match outside a window is older than every match inside it,
so the order is exact however late a record was typed or imported.

The functions take `execute` (a connection's execute): the storage layer runs them
through its Database, the benchmark through a bare sqlite3 connection, with the same SQL.
"""

import json
import re
import sqlite3
from collections.abc import Callable
from datetime import date, timedelta

Execute = Callable[..., sqlite3.Cursor]

# Per index: its records of meetings from :since up to (not on) :until (with follow-ups
# made outside a meeting, by the day they were made; CROSS JOIN: from the meetings' date
# index down, where the planner chose to scan all attachments), and each match's place: day,
# meeting, and within a meeting the agenda order (items, decisions, follow-ups, positions).
_INDEXES = {
    "item": ("agenda_items_fts", """
        SELECT i.id FROM meetings m JOIN agenda_items i ON i.meeting_id = m.id
        WHERE m.starts_at >= :since AND m.starts_at < :until""", """
        SELECT 'item', r.id, m.starts_at, r.meeting_id, 0, r.position
        FROM agenda_items_fts JOIN agenda_items r ON r.id = agenda_items_fts.rowid
        JOIN meetings m ON m.id = r.meeting_id"""),
    "decision": ("decisions_fts", """
        SELECT d.id FROM meetings m JOIN decisions d ON d.meeting_id = m.id
        WHERE m.starts_at >= :since AND m.starts_at < :until""", """
        SELECT 'decision', r.id, m.starts_at, r.meeting_id, 1, r.sequence
        FROM decisions_fts JOIN decisions r ON r.id = decisions_fts.rowid
        JOIN meetings m ON m.id = r.meeting_id"""),
    "followup": ("followups_fts", """
        SELECT f.id FROM meetings m JOIN followups f ON f.meeting_id = m.id
        WHERE m.starts_at >= :since AND m.starts_at < :until
        UNION ALL SELECT id FROM followups WHERE meeting_id IS NULL
                                AND created_on >= :since AND created_on < :until
        """, """
        SELECT 'followup', r.id, COALESCE(m.starts_at, r.created_on), r.meeting_id, 2, r.id
        FROM followups_fts JOIN followups r ON r.id = followups_fts.rowid
        LEFT JOIN meetings m ON m.id = r.meeting_id"""),
    "position": ("item_positions_fts", """
        SELECT p.id FROM meetings m CROSS JOIN agenda_items i ON i.meeting_id = m.id
        CROSS JOIN item_positions p ON p.item_id = i.id
        WHERE m.starts_at >= :since AND m.starts_at < :until""", """
        SELECT 'position', r.id, m.starts_at, i.meeting_id, 3, i.position
        FROM item_positions_fts JOIN item_positions r ON r.id = item_positions_fts.rowid
        JOIN agenda_items i ON i.id = r.item_id JOIN meetings m ON m.id = i.meeting_id"""),
    "document": ("attachments_fts", """
        SELECT a.id FROM meetings m CROSS JOIN agenda_items i ON i.meeting_id = m.id
        CROSS JOIN attachments a ON a.item_id = i.id
        WHERE m.starts_at >= :since AND m.starts_at < :until""", """
        SELECT 'document', r.id, m.starts_at, i.meeting_id, 4, i.position
        FROM attachments_fts JOIN attachments r ON r.id = attachments_fts.rowid
        JOIN agenda_items i ON i.id = r.item_id JOIN meetings m ON m.id = i.meeting_id"""),
}
KINDS = tuple(_INDEXES)
_ORDER = "ORDER BY 3 DESC, 4, 5, 6, 2 LIMIT :limit"
MIN_WINDOW_DAYS = 30
END = "9999"  # after every day
# The first window expects this many times `limit` matches, if evenly spread. Recent days
# hold fewer (coming meetings have no minutes yet): at 5 a common word needed a second
# window, which costs as much as the first; a larger window costs little more.
SPREAD = 8


def window_sql(windowed: bool) -> str:
    """The places of the matches in a window (`+rowid`: FTS5 lists its matches once and
    each is checked against the window's ids; a plain IN would search once per id)."""
    parts = []
    for fts, ids, place in _INDEXES.values():
        where = f"WHERE {fts} MATCH :q" + (f" AND +{fts}.rowid IN ({ids})" if windowed else "")
        parts.append(f"SELECT * FROM ({place} {where})")
    return " UNION ALL ".join(parts) + f" {_ORDER}"


def _first_scan_sql() -> str:
    """One pass over each index's matches: how many there are, and the ids of those in the
    first window (so the total costs no pass of its own)."""
    return " UNION ALL ".join(
        f"SELECT '{kind}', count(*), json_group_array({fts}.rowid) "
        f"FILTER (WHERE +{fts}.rowid IN ({ids})) FROM {fts} WHERE {fts} MATCH :q"
        for kind, (fts, ids, _) in _INDEXES.items())


def _places_of_sql() -> str:
    """The places of given records (their ids in :ids_<kind>), newest first."""
    parts = []
    for kind, (fts, _, place) in _INDEXES.items():
        of_records = re.sub(rf"FROM {fts} JOIN (\w+) r ON r.id = {fts}.rowid", r"FROM \1 r",
                            place)
        parts.append(f"SELECT * FROM ({of_records} "
                     f"WHERE r.id IN (SELECT value FROM json_each(:ids_{kind})))")
    return " UNION ALL ".join(parts) + f" {_ORDER}"


WINDOW_SQL, ALL_SQL = window_sql(True), window_sql(False)
FIRST_SCAN_SQL, PLACES_OF_SQL = _first_scan_sql(), _places_of_sql()
# Two lookups at the ends of the date index (min() and max() in one SELECT read it all).
SPAN_SQL = ("SELECT (SELECT min(starts_at) FROM meetings), "
            "(SELECT max(starts_at) FROM meetings)")
# A window that would cover more than this share of all days holds nearly every record:
# gathering its ids costs more than finding the day of each match.
WHOLE = 0.5
# The first window, counted back from the newest meeting: eight months, as the meetings
# planned ahead have no minutes yet (on ten years of minutes 120 days held 39 matches of
# 'passend onderwijs', 240 days 66; a year cost a common word 3 ms more in window ids);
# a rare word misses it but costs little to list again.
FIRST_DAYS = 240


def newest(execute: Execute, q: str, limit: int, count: str) -> tuple[list[tuple], int]:
    """The newest `limit` matches of FTS5 query `q` as (kind, id, day, meeting_id, ...),
    newest first, and how many matches there are in all (`count`: the SQL that counts
    them, for an archive without meetings)."""
    first, last = execute(SPAN_SQL).fetchone()
    if first is None:
        total = execute(count, {"q": q}).fetchone()[0]
        return (execute(ALL_SQL, {"q": q, "limit": limit}).fetchall() if total else []), total
    newest_day = date.fromisoformat(last[:10])
    since = (newest_day - timedelta(days=FIRST_DAYS)).isoformat()
    scanned = execute(FIRST_SCAN_SQL, {"q": q, "since": since, "until": END}).fetchall()
    total = sum(n for _, n, _ in scanned)
    found = execute(PLACES_OF_SQL, {"limit": limit, **{
        f"ids_{kind}": ids for kind, _, ids in scanned}}).fetchall()
    if len(found) == limit or total == len(found):
        return found, total
    older = _older(execute, q, total, limit - len(found), since, FIRST_DAYS)
    if older is None:  # few matches, or windows as wide as the archive: look each one up
        return execute(ALL_SQL, {"q": q, "limit": limit}).fetchall(), total
    return found + older, total


def _older(execute: Execute, q: str, total: int, limit: int, until: str,
           searched: int) -> list[tuple] | None:
    """The newest `limit` matches before day `until` (`searched` days before the newest
    meeting), through ever wider windows of days; None where looking up every match costs
    less. `total`, how many match in all, sizes the first window."""
    first, last = execute(SPAN_SQL).fetchone()
    if total <= limit:
        return None
    oldest, newest_day = date.fromisoformat(first[:10]), date.fromisoformat(last[:10])
    span = (newest_day - oldest).days
    days = searched + max(MIN_WINDOW_DAYS, int(span * SPREAD * limit / total))
    if days >= span * WHOLE:  # few matches: ids of all records cost more
        return None
    # Each further window takes only the days before the last one, and only the matches
    # still missing: every match found so far is newer than any match found next.
    args = {"q": q, "limit": limit}
    found: list[tuple] = []
    while (since := newest_day - timedelta(days=days)) > oldest:
        found += execute(WINDOW_SQL, {**args, "limit": limit - len(found),
                                      "since": since.isoformat(), "until": until}).fetchall()
        if len(found) == limit:
            return found
        until, days = since.isoformat(), days * 2
    return None


def chosen_args(places: list[tuple]) -> dict[str, str | int]:
    """The ids of each kind among `places`, for `+rowid IN (SELECT value FROM
    json_each(:ids_<kind>)) AND rowid BETWEEN :lo_<kind> AND :hi_<kind>`: the range lets
    FTS5 skip the matches outside it (all of an index none was chosen from; records are
    mostly numbered in the order they were typed, so the newest are near the end)."""
    args: dict[str, str | int] = {}
    for kind in KINDS:
        ids = [p[1] for p in places if p[0] == kind]
        args.update({f"ids_{kind}": json.dumps(ids), f"lo_{kind}": min(ids, default=1),
                     f"hi_{kind}": max(ids, default=0)})
    return args
