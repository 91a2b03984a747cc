"""Newest first, exactly: which matches of a full-text search belong to the latest
meetings.

FTS5 lists every match's rowid fast (about 2 ms for 13,000 on ten years of minutes), but
ordering the matches by meeting day means looking up each one's meeting (about 20 ms).
So the matches are first narrowed to the records of recent meetings: a window of days
whose record ids are gathered through the meetings' date index. The window is widened
until it holds `limit` matches or covers everything. Every match outside a window is
older than every match inside it, so the order is exact however late a record was typed
or imported.

The functions take `execute` (a connection's execute): the storage layer runs them
through its Database, the benchmark through a bare sqlite3 connection, with the same SQL.
"""

import json
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


WINDOW_SQL, ALL_SQL = window_sql(True), window_sql(False)
# Two lookups at the ends of the date index (min() and max() in one SELECT read it all).
SPAN_SQL = ("SELECT (SELECT min(starts_at) FROM meetings), "
            "(SELECT max(starts_at) FROM meetings)")
# A window that would cover more than this share of all days holds nearly every record:
# gathering its ids costs more than finding the day of each match.
WHOLE = 0.5


def newest_places(execute: Execute, q: str, total: int, limit: int) -> list[tuple]:
    """The newest `limit` matches of FTS5 query `q` as (kind, id, day, meeting_id, ...),
    newest first; `total` is how many there are in all (it sizes the first window)."""
    if total == 0:
        return []
    args = {"q": q, "limit": limit}
    first, last = execute(SPAN_SQL).fetchone()
    if total <= limit or first is None:
        return execute(ALL_SQL, args).fetchall()
    oldest, newest = date.fromisoformat(first[:10]), date.fromisoformat(last[:10])
    span = (newest - oldest).days
    days = max(MIN_WINDOW_DAYS, int(span * SPREAD * limit / total))
    if days >= span * WHOLE:  # few matches: look each one up (ids of all records cost more)
        return execute(ALL_SQL, args).fetchall()
    # Each further window takes only the days before the last one, and only the matches
    # still missing: every match found so far is newer than any match found next.
    found: list[tuple] = []
    until = END
    while (since := newest - timedelta(days=days)) > oldest:
        found += execute(WINDOW_SQL, {**args, "limit": limit - len(found),
                                      "since": since.isoformat(), "until": until}).fetchall()
        if len(found) == limit:
            return found
        until, days = since.isoformat(), days * 2
    return execute(ALL_SQL, args).fetchall()


def ids_json(places: list[tuple], kind: str) -> str:
    """The ids of one kind among `places`, for `IN (SELECT value FROM json_each(:ids))`."""
    return json.dumps([p[1] for p in places if p[0] == kind])
