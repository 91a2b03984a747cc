"""Newest first, exactly: which matches of a full-text search belong to the latest
meetings.

FTS5 lists every match's rowid fast (about 2 ms for 13,000 on ten years of minutes), but
ordering the matches by meeting day means looking up each one's meeting (about 20 ms).
So the matches are first narrowed to the records of recent meetings: a window (the
newest 120 meetings, then ever more days) whose record ids are gathered through the
meetings' date index. The window is widened until it holds `limit` matches or covers
everything. The first pass over the matches also counts them; the total is shown up to
1,000 ("more than 1,000" beyond). Each pass still reads all of a word's matches: the last
word of a search is a prefix, for which FTS5 gathers every match before listing the
first, whatever the LIMIT or rowid range (on ten years of minutes 1.6 ms for
'thuiszitters*' with LIMIT 1001, 0.17 ms for 'thuiszitters'). Every match outside a
window is older than every match inside it, so the order is exact however late a record
was typed or imported.

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
# The total is counted up to this many matches: counting reads every match, so beyond it
# the search would cost more the larger the archive; the screen says "more than 1,000".
COUNT_CAP = 1000


def window_sql(windowed: bool) -> str:
    """The places of the matches in a window (`+rowid`: FTS5 lists its matches once and
    each is checked against the window's ids; a plain IN would search once per id)."""
    parts = []
    for fts, ids, place in _INDEXES.values():
        where = f"WHERE {fts} MATCH :q" + (f" AND +{fts}.rowid IN ({ids})" if windowed else "")
        parts.append(f"SELECT * FROM ({place} {where})")
    return " UNION ALL ".join(parts) + f" {_ORDER}"


def _window_ids_sql() -> str:
    """Per index, the ids of the records in a window (a JSON list) and the lowest and
    highest, gathered from the meetings' date index down: as many as the window's records,
    whatever the size of the archive."""
    return " UNION ALL ".join(
        f"SELECT '{kind}', json_group_array(id), min(id), max(id) FROM ({ids})"
        for kind, (_, ids, _) in _INDEXES.items())


def _places_in_sql() -> str:
    """The places of the matches among given records (ids in :ids_<kind>, between :lo_<kind>
    and :hi_<kind>: FTS5 skips the matches outside that range, and records are mostly
    numbered in the order they were typed, so a window of recent meetings is a short range
    near the end)."""
    parts = []
    for kind, (fts, _, place) in _INDEXES.items():
        parts.append(f"SELECT * FROM ({place} WHERE {fts} MATCH :q "
                     f"AND {fts}.rowid BETWEEN :lo_{kind} AND :hi_{kind} "
                     f"AND +{fts}.rowid IN (SELECT value FROM json_each(:ids_{kind})))")
    return " UNION ALL ".join(parts) + f" {_ORDER}"


def _first_scan_sql() -> str:
    """One pass over each index's matches: how many there are, and the ids of those in the
    first window (so the total costs no pass of its own: a prefix query, as every search
    ends in one, has FTS5 gather all its matches before the first is listed, so neither a
    LIMIT nor a rowid range shortens a pass)."""
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


def _count_sql() -> str:
    """How many match, up to :cap (one pass that stops there)."""
    matches = " UNION ALL ".join(f"SELECT 1 FROM {fts} WHERE {fts} MATCH :q"
                                 for fts, _, _ in _INDEXES.values())
    return f"SELECT count(*) FROM ({matches} LIMIT :cap)"


def count(execute: Execute, q: str) -> tuple[int, bool]:
    """How many records match FTS5 query `q`, at most COUNT_CAP, and whether more do."""
    n = execute(COUNT_SQL, {"q": q, "cap": COUNT_CAP + 1}).fetchone()[0]
    return min(n, COUNT_CAP), n > COUNT_CAP


WINDOW_SQL, ALL_SQL = window_sql(True), window_sql(False)
WINDOW_IDS_SQL, PLACES_IN_SQL, COUNT_SQL = _window_ids_sql(), _places_in_sql(), _count_sql()
FIRST_SCAN_SQL, PLACES_OF_SQL = _first_scan_sql(), _places_of_sql()
# Two lookups at the ends of the date index (min() and max() in one SELECT read it all).
SPAN_SQL = ("SELECT (SELECT min(starts_at) FROM meetings), "
            "(SELECT max(starts_at) FROM meetings)")
# The day of the FIRST_MEETINGS-th newest meeting, down the date index.
FIRST_SINCE_SQL = "SELECT starts_at FROM meetings ORDER BY starts_at DESC LIMIT 1 OFFSET :k"
# A window that would cover more than this share of all days holds nearly every record:
# gathering its ids costs more than finding the day of each match.
WHOLE = 0.5
# The first window: the newest 120 meetings, counted in meetings rather than days so that
# it holds as many records (about 2,000) however many meetings a day the archive has. On
# ten years of minutes that is eight months, as the meetings planned ahead have no
# minutes yet (120 days held 39 matches of 'passend onderwijs', 240 days 66); a rare word
# misses it but costs little to list again.
FIRST_MEETINGS = 120
# Up to this many matches, finding each one's day (about 8 µs a match) costs less than
# gathering the ids of a wider window: a rare word that misses the first window (1,249
# matches of 'geschillencommissie' at four times ten years) would otherwise open a window
# over a third of the archive (100 ms instead of 10).
LOOK_UP_ALL = 2000


def newest(execute: Execute, q: str, limit: int) -> tuple[list[tuple], int, bool]:
    """The newest `limit` matches of FTS5 query `q` as (kind, id, day, meeting_id, ...),
    newest first, and how many matches there are in all (count(): at most COUNT_CAP, and
    whether more do)."""
    first, last = execute(SPAN_SQL).fetchone()
    if first is None:
        total, capped = count(execute, q)
        found = execute(ALL_SQL, {"q": q, "limit": limit}).fetchall() if total else []
        return found, total, capped
    start = execute(FIRST_SINCE_SQL, {"k": FIRST_MEETINGS - 1}).fetchone()
    since = (start[0] if start else first)[:10]  # the whole day: follow-ups have no time
    scanned = execute(FIRST_SCAN_SQL, {"q": q, "since": since, "until": END}).fetchall()
    counted = sum(n for _, n, _ in scanned)  # counted in the pass anyway; shown up to the cap
    total, capped = min(counted, COUNT_CAP), counted > COUNT_CAP
    found = execute(PLACES_OF_SQL, {"limit": limit, **{
        f"ids_{kind}": ids for kind, _, ids in scanned}}).fetchall()
    if len(found) == limit or counted == len(found):
        return found, total, capped
    oldest, newest_day = date.fromisoformat(first[:10]), date.fromisoformat(last[:10])
    searched = (newest_day - date.fromisoformat(since)).days
    older = _older(execute, q, counted, limit - len(found), since, searched,
                   (oldest, newest_day))
    if older is None:  # few matches, or windows as wide as the archive: look each one up
        return execute(ALL_SQL, {"q": q, "limit": limit}).fetchall(), total, capped
    return found + older, total, capped


def in_window(execute: Execute, q: str, limit: int, since: str, until: str) -> list[tuple]:
    """The newest `limit` matches among the records of meetings from `since` up to (not on)
    `until`: their ids first, then only those records' part of the matches."""
    window = {"since": since, "until": until}
    args: dict[str, str | int] = {"q": q, "limit": limit}
    for kind, ids, lo, hi in execute(WINDOW_IDS_SQL, window).fetchall():
        args.update({f"ids_{kind}": ids, f"lo_{kind}": 1 if lo is None else lo,
                     f"hi_{kind}": 0 if hi is None else hi})
    return execute(PLACES_IN_SQL, args).fetchall()


def _older(execute: Execute, q: str, total: int, limit: int, until: str,
           searched: int, span_days: tuple[date, date]) -> list[tuple] | None:
    """The newest `limit` matches before day `until` (`searched` days before the newest
    meeting), through ever wider windows of days; None where looking up every match costs
    less. `total`, how many match in all, sizes the first window."""
    if total <= max(limit, LOOK_UP_ALL):
        return None
    oldest, newest_day = span_days
    span = (newest_day - oldest).days
    days = searched + max(MIN_WINDOW_DAYS, int(span * SPREAD * limit / total))
    if days >= span * WHOLE:  # few matches: ids of all records cost more
        return None
    # Each further window takes only the days before the last one, and only the matches
    # still missing: every match found so far is newer than any match found next.
    found: list[tuple] = []
    while (since := newest_day - timedelta(days=days)) > oldest:
        found += in_window(execute, q, limit - len(found), since.isoformat(), until)
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
