"""Full-text search (FTS5) over agenda items with their notes, decisions and follow-ups.

Ten years of minutes hold some words in half of all records ('thuiszitters' matches
16,000 of 70,000), so what a search costs is decided by how many matches it has to order.

- Newest first (the default) takes, per index, the newest matches in FTS5's own rowid
  order, which FTS5 hands out without sorting and stops after the limit (about 2 ms for
  13,000 matches), and orders those by meeting day. Records are created for their
  meeting, so the newest rowids are the latest meetings' records; an old record added
  late (an imported archive) can only take a place in that window, never hide a newer
  meeting's record that is in it.
- Best match ranks every match by bm25, weighting a match in a title (or a decision's
  number) above one in notes. That costs about 2 µs per match, so it is the slower choice;
  its snippets are made for the chosen hits only, in a second pass, since making one for
  every row that enters the top of the ranking costs as much again.
- The total is counted separately: counting touches no ranking or content.
"""

import re

from sqlite_utils import Database

from overleg.domain.listings import SearchHit, SearchOrder, SearchResults
from overleg.storage.columns import to_date

_SNIPPET = "snippet({fts}, -1, '[', ']', '…', 12)"

# Per index: its bm25 column weights, and the record with where it lives. `c` is the
# candidate set (rowid, snip, score); sort_day, kind_order and sort_pos put the hits of
# one meeting in agenda order: its items, then its decisions, then its follow-ups.
_INDEXES = {
    "item": ("agenda_items_fts", "4.0, 1.0, 1.0", """
        SELECT 'item' AS kind, i.id, i.uuid, i.meeting_id, i.title, c.snip,
               b.name AS body_name, m.starts_at, m.starts_at AS sort_day, 0 AS kind_order,
               i.position AS sort_pos, c.score
        FROM ({candidates}) c JOIN agenda_items i ON i.id = c.rowid
        JOIN meetings m ON m.id = i.meeting_id JOIN bodies b ON b.id = m.body_id"""),
    "decision": ("decisions_fts", "1.0, 4.0", """
        SELECT 'decision' AS kind, d.id, d.uuid, d.meeting_id, d.number AS title, c.snip,
               b.name AS body_name, m.starts_at, m.starts_at AS sort_day, 1 AS kind_order,
               d.sequence AS sort_pos, c.score
        FROM ({candidates}) c JOIN decisions d ON d.id = c.rowid
        JOIN meetings m ON m.id = d.meeting_id JOIN bodies b ON b.id = d.body_id"""),
    "followup": ("followups_fts", "1.0, 1.0", """
        SELECT 'followup' AS kind, f.id, f.uuid, f.meeting_id,
               substr(f.text, 1, 80) AS title, c.snip, COALESCE(b.name, '') AS body_name,
               m.starts_at, COALESCE(m.starts_at, f.created_on) AS sort_day,
               2 AS kind_order, f.id AS sort_pos, c.score
        FROM ({candidates}) c JOIN followups f ON f.id = c.rowid
        LEFT JOIN meetings m ON m.id = f.meeting_id LEFT JOIN bodies b ON b.id = m.body_id"""),
}

# The newest matches of one index, in the order FTS5 keeps them.
_NEWEST = """SELECT rowid, {snippet} AS snip, NULL AS score FROM {fts}
             WHERE {fts} MATCH :q ORDER BY rowid DESC LIMIT :limit"""
# The best-ranked matches of one index; `+rowid` keeps FTS5 from looking up each chosen
# rowid again (which runs the whole query once per hit), so the chosen are picked out
# of one more pass over the matches.
_BEST = """SELECT rowid, {snippet} AS snip, bm25({fts}, {weights}) AS score FROM {fts}
           WHERE {fts} MATCH :q AND +rowid IN (
               SELECT rowid FROM {fts} WHERE {fts} MATCH :q
               ORDER BY bm25({fts}, {weights}) LIMIT :limit)"""
_ORDER = {SearchOrder.NEWEST: "sort_day DESC, meeting_id, kind_order, sort_pos, id",
          SearchOrder.BEST: "score, sort_day DESC, id"}

_COUNT = " + ".join(f"(SELECT count(*) FROM {fts} WHERE {fts} MATCH :q)"
                    for fts, _, _ in _INDEXES.values())


def fts_query(text: str) -> str:
    """User words as an FTS5 query: every word must occur, the last one as a prefix.

    Quoting each word keeps FTS5 syntax (AND, NEAR, quotes, colons) out of user input.
    """
    words = re.findall(r"\w+", text, flags=re.UNICODE)
    if not words:
        return ""
    quoted = [f'"{w}"' for w in words]
    quoted[-1] += "*"
    return " ".join(quoted)


def search_sql(order: SearchOrder) -> str:
    candidates = _NEWEST if order is SearchOrder.NEWEST else _BEST
    parts = [record.format(candidates=candidates.format(
                 fts=fts, weights=weights, snippet=_SNIPPET.format(fts=fts)))
             for fts, weights, record in _INDEXES.values()]
    union = " UNION ALL ".join(f"SELECT * FROM ({p})" for p in parts)
    return f"{union} ORDER BY {_ORDER[order]} LIMIT :limit"


class SearchRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    def search(self, text: str, *, limit: int = 200,
               order: SearchOrder = SearchOrder.NEWEST) -> list[SearchHit]:
        q = fts_query(text)
        if not q:
            return []
        rows = self.db.execute(search_sql(order), {"q": q, "limit": limit}).fetchall()
        # Plain tuples: a dict per row cost a tenth of the whole search.
        return [SearchHit(kind=kind, record_id=record_id, uuid=uuid, meeting_id=meeting_id,
                          title=title, snippet=" ".join((snip or "").split()),
                          body_name=body_name, day=to_date(starts_at))
                for kind, record_id, uuid, meeting_id, title, snip, body_name, starts_at, *_
                in rows]

    def count(self, text: str) -> int:
        """How many records match, in all three indexes."""
        q = fts_query(text)
        return self.db.execute(f"SELECT {_COUNT}", {"q": q}).fetchone()[0] if q else 0

    def find(self, text: str, *, limit: int = 200,
             order: SearchOrder = SearchOrder.NEWEST) -> SearchResults:
        hits = self.search(text, limit=limit, order=order)
        # Fewer hits than the limit are all there are: no need to count them again.
        total = len(hits) if len(hits) < limit else self.count(text)
        return SearchResults(hits, total)
