"""Newest first, exactly: which matches of a full-text search belong to the latest
meetings.

FTS5 lists matches by record id, but ordering them by meeting day means looking up each
one's meeting (about 5 µs a match), and a common word matches half of all records. So
the matches are taken from windows of recent meetings, newest first: the records of the
newest 120 meetings, gathered through the meetings' date index; then of ever more
meetings before, until a window holds the `limit` still missing. Every match outside a
window is older than every match inside it, so the order is exact however late a record
was typed or imported. Up to a few thousand matches in all (LOOK_UP_ALL, LOOK_UP_MORE)
each one's day is looked up instead.

No pass reads all of a word's matches (which made a search grow with the archive: a
prefix query, and a first pass that counted everything and picked out the window's
share): the queries come from search_terms (the last word spelled out, so FTS5 reads
only as far as asked); the total is counted up to 2,500 in a pass that stops there
(shown up to 1,000); and a window's matches are read through the rowid ranges its
records occupy (`rowid BETWEEN` lets FTS5 jump to each range), at most MAX_RANGES ranges
per index, the matches of a range that also holds other records checked against the
window's ids; their snippets are made in the same pass. Records are numbered in the
order they were typed, so a window of recent meetings is one range in an archive typed
over time, one per body in the benchmark's (numbered body by body), and MAX_RANGES
wider ranges in an import numbered at random (then each range costs what the old
design's pass did: a scan of its matches). A range costs FTS5 a jump into each segment
of the index for each word of the query, whether or not the word occurs there (5-10 µs a
word and segment), so a window costs about the same at every size of the archive but
as many times more as the index has segments: 'passend onderwijs' (five words with
'onderwijs' spelled out) in the first window of the benchmark's 1x archive, 20 ranges
of agenda items in an index of 12 segments, 13-15 ms; the same after FTS5's 'optimize'
(one segment) 4.7 ms.

The functions take `execute` (a connection's execute): the storage layer runs them
through its Database, the benchmark through a bare sqlite3 connection, with the same SQL.
Each takes the queries per index kind (search_terms.expanded); a kind left out cannot
match and is not read.
"""

import heapq
import json
import sqlite3
from collections.abc import Callable
from functools import cache

Execute = Callable[..., sqlite3.Cursor]
Queries = dict[str, str]

# Per index: its records of meetings from :since up to (not on) :until (with follow-ups
# made outside a meeting, by the day they were made; CROSS JOIN: from the meetings' date
# index down, where the planner chose to scan all attachments), and each match's place: day,
# meeting, and within a meeting the agenda order (items, decisions, follow-ups, positions),
# from the record `r` of each match.
_INDEXES = {
    "item": ("agenda_items_fts", """
        SELECT i.id FROM meetings m JOIN agenda_items i ON i.meeting_id = m.id
        WHERE m.starts_at >= :since AND m.starts_at < :until""",
        "'item', r.id, m.starts_at, r.meeting_id, 0, r.position",
        "agenda_items r", "JOIN meetings m ON m.id = r.meeting_id"),
    "decision": ("decisions_fts", """
        SELECT d.id FROM meetings m JOIN decisions d ON d.meeting_id = m.id
        WHERE m.starts_at >= :since AND m.starts_at < :until""",
        "'decision', r.id, m.starts_at, r.meeting_id, 1, r.sequence",
        "decisions r", "JOIN meetings m ON m.id = r.meeting_id"),
    "followup": ("followups_fts", """
        SELECT f.id FROM meetings m JOIN followups f ON f.meeting_id = m.id
        WHERE m.starts_at >= :since AND m.starts_at < :until
        UNION ALL SELECT id FROM followups WHERE meeting_id IS NULL
                                AND created_on >= :since AND created_on < :until
        """,
        "'followup', r.id, COALESCE(m.starts_at, r.created_on), r.meeting_id, 2, r.id",
        "followups r", "LEFT JOIN meetings m ON m.id = r.meeting_id"),
    "position": ("item_positions_fts", """
        SELECT p.id FROM meetings m CROSS JOIN agenda_items i ON i.meeting_id = m.id
        CROSS JOIN item_positions p ON p.item_id = i.id
        WHERE m.starts_at >= :since AND m.starts_at < :until""",
        "'position', r.id, m.starts_at, i.meeting_id, 3, i.position",
        "item_positions r", "JOIN agenda_items i ON i.id = r.item_id "
                            "JOIN meetings m ON m.id = i.meeting_id"),
    "document": ("attachments_fts", """
        SELECT a.id FROM meetings m CROSS JOIN agenda_items i ON i.meeting_id = m.id
        CROSS JOIN attachments a ON a.item_id = i.id
        WHERE m.starts_at >= :since AND m.starts_at < :until""",
        "'document', r.id, m.starts_at, i.meeting_id, 4, i.position",
        "attachments r", "JOIN agenda_items i ON i.id = r.item_id "
                         "JOIN meetings m ON m.id = i.meeting_id"),
}
KINDS = tuple(_INDEXES)
_ORDER = "ORDER BY 3 DESC, 4, 5, 6, 2 LIMIT :limit"
END = "9999"  # after every day
# The total is counted up to this many matches: beyond it the search would cost more
# the larger the archive; the screen says "more than 1,000".
COUNT_CAP = 1000
# The first window: the newest 120 meetings, counted in meetings rather than days so that
# it holds as many records (about 2,000) however many meetings a day the archive has. On
# ten years of minutes that is eight months, as the meetings planned ahead have no
# minutes yet (120 days held 39 matches of 'passend onderwijs', 240 days 66).
FIRST_MEETINGS = 120
# Each further window takes this many times the meetings searched so far: a rare word
# (319 matches of 'geschillencommissie' in ten years, 1,249 in forty) finds its newest 50
# in the newest 480 meetings at either size.
WIDEN = 4
# Up to this many matches in all, finding each one's day (about 5 µs a match) costs less
# than windows (gathering their records' ids and reading their ranges): a rare word
# that misses the first window needs a few hundred meetings' records, and where the
# newest meetings are planned ones without minutes yet, thousands (on four times ten
# years the 1,920 newest meetings: 60,000 records, 70 ms; the 1,249 matches of
# 'geschillencommissie' one by one: 6 ms). Up to LOOK_UP_MORE, the same where the first
# window, if the matches were evenly spread over the meetings, would hold too few, or
# held too few (counting that far costs 0.2-0.6 ms more than to 1,000; the first window
# and a second count, which this replaces, cost 3 ms).
LOOK_UP_ALL = COUNT_CAP
LOOK_UP_MORE = 2500
# A window's records are read through at most this many rowid ranges per index (each
# one costs FTS5 a jump into every segment, about 0.1 ms).
MAX_RANGES = 24
# ... and at most this many jumps (ranges times words of the query): 'passend onderwijs'
# (five words) its 20 ranges, a prefix spelled out in 16 words 6. A prefix query (one
# or two letters, search_terms.MAX_TERMS) gathers all its matches at each jump: 1 range.
MAX_JUMPS = 100


def most_ranges(query: str) -> int:
    """How many ranges `query`'s matches may be read through."""
    if query.endswith("*"):
        return 1
    return max(1, min(MAX_RANGES, MAX_JUMPS // max(1, query.count('"') // 2)))


# The snippet a hit shows: a dozen words around the match, the words found in brackets.
SNIPPET = "snippet({fts}, -1, '[', ']', '…', 12)"


def _place(kind: str) -> str:
    """The places of the matches of `kind`'s index, its FTS table joined to the record;
    no snippet (these are all the matches: the chosen get theirs from with_snippets())."""
    fts, _, columns, record, joins = _INDEXES[kind]
    return f"SELECT {columns}, NULL FROM {fts} JOIN {record} ON r.id = {fts}.rowid {joins}"


@cache
def all_sql(kinds: tuple[str, ...]) -> str:
    """The places of every match, newest first."""
    return " UNION ALL ".join(
        f"SELECT * FROM ({_place(k)} WHERE {_INDEXES[k][0]} MATCH :q_{k})" for k in kinds
    ) + f" {_ORDER}"


@cache
def window_ids_sql(kinds: tuple[str, ...]) -> str:
    """Per index, the ids of the records in a window (a JSON list), gathered from the
    meetings' date index down: as many as the window's records, whatever the size of
    the archive."""
    return " UNION ALL ".join(
        f"SELECT '{k}', json_group_array(id) FROM ({_INDEXES[k][1]})" for k in kinds)


def through_ranges(fts: str, kind: str, columns: str, joins: str = "") -> str:
    """`columns` of the matches of :q_<kind> in `fts` among given records, read through
    rowid ranges (ranges()): in :exact_<kind> ranges of only such records, in
    :joined_<kind> ranges with others between, whose matches are told apart by the
    records' ids in :ids_<kind>. The ranges are materialized: read from the JSON in the
    join, each range's ends were parsed again for every match (SQLite checks them too)."""
    parts = []
    for name, check in (("exact", ""), ("joined", f" AND +{fts}.rowid IN "
                                                   f"(SELECT value FROM json_each(:ids_{kind}))")):
        parts.append(
            f"SELECT * FROM (WITH g(lo, hi) AS MATERIALIZED (SELECT json_extract(value, "
            f"'$[0]'), json_extract(value, '$[1]') FROM json_each(:{name}_{kind})) "
            f"SELECT {columns} FROM g CROSS JOIN {fts} {joins} WHERE {fts} MATCH :q_{kind} "
            f"AND {fts}.rowid BETWEEN g.lo AND g.hi{check})")
    return " UNION ALL ".join(parts)


@cache
def places_in_sql(kinds: tuple[str, ...]) -> str:
    """The places of the matches among given records (through_ranges()), with their
    snippets: making one (about 10 µs) for each of a window's matches costs less than
    reading the chosen ones' ranges again."""
    parts = []
    for k in kinds:
        fts, _, columns, record, joins = _INDEXES[k]
        parts.append(through_ranges(fts, k, f"{columns}, {SNIPPET.format(fts=fts)}",
                                    f"JOIN {record} ON r.id = {fts}.rowid {joins}"))
    return " UNION ALL ".join(parts) + f" {_ORDER}"


@cache
def count_sql(kinds: tuple[str, ...]) -> str:
    """How many match, up to :cap (one pass that stops there)."""
    matches = " UNION ALL ".join(f"SELECT 1 FROM {_INDEXES[k][0]} WHERE "
                                 f"{_INDEXES[k][0]} MATCH :q_{k}" for k in kinds)
    return f"SELECT count(*) FROM ({matches} LIMIT :cap)"


def query_args(queries: Queries) -> dict[str, str]:
    return {f"q_{k}": q for k, q in queries.items()}


def count(execute: Execute, queries: Queries, cap: int | None = None) -> tuple[int, bool]:
    """How many records match, at most `cap` (COUNT_CAP), and whether more do."""
    cap = COUNT_CAP if cap is None else cap
    if not queries:
        return 0, False
    n = execute(count_sql(tuple(queries)), {**query_args(queries), "cap": cap + 1}
                ).fetchone()[0]
    return min(n, cap), n > cap


MEETINGS_SQL = "SELECT count(*) FROM meetings"
# The day of the k-th newest meeting, down the date index.
KTH_NEWEST_SQL = "SELECT starts_at FROM meetings ORDER BY starts_at DESC LIMIT 1 OFFSET :k"


def newest(execute: Execute, queries: Queries, limit: int) -> tuple[list[tuple], int, bool]:
    """The newest `limit` matches as (kind, id, day, meeting_id, ..., snippet or None),
    newest first, and how many match in all (count(): at most COUNT_CAP, and whether
    more do)."""
    counted, many = count(execute, queries, max(COUNT_CAP, LOOK_UP_MORE))
    total, capped = min(counted, COUNT_CAP), many or counted > COUNT_CAP
    if not total:
        return [], 0, False
    every = (all_sql(tuple(queries)), {**query_args(queries), "limit": limit})
    few = not many and counted <= LOOK_UP_MORE
    if few and (counted <= LOOK_UP_ALL or counted * FIRST_MEETINGS < limit * execute(
            MEETINGS_SQL).fetchone()[0]):  # the first window, if evenly spread, too few
        return execute(*every).fetchall(), total, capped
    found: list[tuple] = []
    until, meetings = END, FIRST_MEETINGS
    while True:
        kth = execute(KTH_NEWEST_SQL, {"k": meetings - 1}).fetchone()
        since = kth[0][:10] if kth else ""  # the whole day: follow-ups have no time
        found += in_window(execute, queries, limit - len(found), since, until)
        if len(found) == limit or not since or (not capped and len(found) == total):
            return found, total, capped
        if few:  # not many after all: the first window held too few
            return execute(*every).fetchall(), total, capped
        until, meetings = since, meetings * WIDEN


def in_window(execute: Execute, queries: Queries, limit: int, since: str,
              until: str) -> list[tuple]:
    """The newest `limit` matches among the records of meetings from `since` up to (not on)
    `until`: their ids first, then only those records' part of the matches."""
    kinds = tuple(queries)
    args: dict[str, str | int] = {**query_args(queries), "limit": limit}
    for kind, ids in execute(window_ids_sql(kinds), {"since": since, "until": until}):
        args[f"ids_{kind}"] = ids
        args.update(ranges(kind, json.loads(ids), most_ranges(queries[kind])))
    return execute(places_in_sql(kinds), args).fetchall()


# Ids this close are read through one range: a range costs FTS5 a jump into each segment
# for each word of the query (about 60 µs a word on ten years of minutes), more than
# checking the few matches between against the list of ids.
NEAR = 64


def ranges(kind: str, ids: list[int], most: int) -> dict[str, str]:
    """The ranges [lo, hi] (JSON lists) to read the matches among `ids` through
    (through_ranges()): runs of ids less than NEAR apart, the closest runs joined where
    there are more than `most` (most_ranges()); in :exact_<kind> those that hold only
    such ids, in :joined_<kind> the others."""
    ids = sorted(set(ids))
    exact: list[list[int]] = []
    joined: list[list[int]] = []
    if ids:
        breaks = [n for n in range(len(ids) - 1) if ids[n + 1] - ids[n] >= NEAR]
        if len(breaks) >= most:
            breaks = sorted(heapq.nlargest(max(0, most - 1), breaks,
                                           key=lambda n: ids[n + 1] - ids[n]))
        for s, e in zip([0] + [n + 1 for n in breaks], breaks + [len(ids) - 1], strict=True):
            (exact if ids[e] - ids[s] == e - s else joined).append([ids[s], ids[e]])
    return {f"exact_{kind}": json.dumps(exact), f"joined_{kind}": json.dumps(joined)}


SNIPPETS_SQL = " UNION ALL ".join(
    through_ranges(fts, kind, f"'{kind}', {fts}.rowid, {SNIPPET.format(fts=fts)}")
    for kind, (fts, *_) in _INDEXES.items())


def with_snippets(execute: Execute, places: list[tuple], queries: Queries) -> list[tuple]:
    """`places` with a snippet each (their last field): those found without one read
    again through the ranges they lie in."""
    missing = [p for p in places if p[-1] is None]
    if not missing:
        return places
    snips = {(kind, rowid): snip for kind, rowid, snip in execute(
        SNIPPETS_SQL, chosen_args(missing, queries)).fetchall()}
    return [p if p[-1] is not None else (*p[:-1], snips.get((p[0], p[1]), ""))
            for p in places]


def chosen_args(places: list[tuple], queries: Queries) -> dict[str, str]:
    """The ids of each kind among `places`, in :ids_<kind>, the ranges they lie in
    (ranges()), and the queries in :q_<kind>, for reading just those
    matches again (a kind left out of `queries` has no place, and no range to read)."""
    args: dict[str, str] = {}
    for kind in KINDS:
        ids = [p[1] for p in places if p[0] == kind]
        q = queries.get(kind, '""')
        args.update({f"ids_{kind}": json.dumps(ids), f"q_{kind}": q,
                     **ranges(kind, ids, most_ranges(q))})
    return args
