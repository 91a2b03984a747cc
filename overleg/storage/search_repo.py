"""Full-text search (FTS5) over agenda items with their notes, decisions, follow-ups,
the positions of the parties on OOGO talking points, and the documents attached to items
(title, file name and the text extracted when the document was added).

Ten years of minutes hold some words in half of all records ('thuiszitters' matches
16,000 of 70,000), so what a search costs is decided by how many matches it has to order.

- Newest first (the default) finds the newest matches exactly through windows of recent
  meetings (search_newest.py), then reads records and snippets for those hits only,
  through the rowid ranges they lie in. The queries spell out the last word's prefix
  (search_terms.py), so that FTS5 reads a word's matches only as far as asked.
- Best match ranks every match by bm25, weighting a match in a title (or a decision's
  number) above one in notes. That costs about 2 µs per match, so it is the slower choice;
  its snippets are made for the chosen hits only, in a second pass, since making one for
  every row that enters the top of the ranking costs as much again.
- The total is counted up to 1,000 (search_newest.count), in one pass that stops
  there: beyond it, counting would cost more the larger the archive.
- Best match keeps the prefix query: it ranks every match anyway.
"""

from overleg.domain.listings import SearchHit, SearchOrder, SearchResults
from overleg.storage.columns import to_date
from overleg.storage.connection import Database
from overleg.storage.search_newest import SNIPPET, chosen_args, count, newest, with_snippets
from overleg.storage.search_terms import expanded, prefix_query, words

# Per index: its bm25 column weights, and the record with where it lives. `c` is the
# candidate set (rowid, snip, score); sort_day breaks ties between equally good matches.
_INDEXES = {
    "item": ("agenda_items_fts", "4.0, 1.0, 1.0", """
        SELECT 'item' AS kind, i.id, i.uuid, i.meeting_id, i.title, c.snip,
               b.name AS body_name, m.starts_at, m.starts_at AS sort_day, c.score
        FROM ({candidates}) c JOIN agenda_items i ON i.id = c.rowid
        JOIN meetings m ON m.id = i.meeting_id JOIN bodies b ON b.id = m.body_id"""),
    "decision": ("decisions_fts", "1.0, 4.0", """
        SELECT 'decision' AS kind, d.id, d.uuid, d.meeting_id, d.number AS title, c.snip,
               b.name AS body_name, m.starts_at, m.starts_at AS sort_day, c.score
        FROM ({candidates}) c JOIN decisions d ON d.id = c.rowid
        JOIN meetings m ON m.id = d.meeting_id JOIN bodies b ON b.id = d.body_id"""),
    "followup": ("followups_fts", "1.0, 1.0", """
        SELECT 'followup' AS kind, f.id, f.uuid, f.meeting_id,
               substr(f.text, 1, 80) AS title, c.snip, COALESCE(b.name, '') AS body_name,
               m.starts_at, COALESCE(m.starts_at, f.created_on) AS sort_day,
               c.score
        FROM ({candidates}) c JOIN followups f ON f.id = c.rowid
        LEFT JOIN meetings m ON m.id = f.meeting_id LEFT JOIN bodies b ON b.id = m.body_id"""),
    # a party's position on an OOGO talking point, titled by party and point
    "position": ("item_positions_fts", "1.0, 1.0", """
        SELECT 'position' AS kind, p.id, p.uuid, i.meeting_id,
               o.name || ': ' || i.title AS title, c.snip, b.name AS body_name,
               m.starts_at, m.starts_at AS sort_day, c.score
        FROM ({candidates}) c JOIN item_positions p ON p.id = c.rowid
        JOIN agenda_items i ON i.id = p.item_id JOIN organisations o ON o.id = p.organisation_id
        JOIN meetings m ON m.id = i.meeting_id JOIN bodies b ON b.id = m.body_id"""),
    # a document attached to an item (its title, file name or extracted text), titled by
    # the document and the item it belongs to
    "document": ("attachments_fts", "4.0, 2.0, 1.0", """
        SELECT 'document' AS kind, a.id, a.uuid, i.meeting_id,
               a.title || ' — ' || i.title AS title, c.snip, b.name AS body_name,
               m.starts_at, m.starts_at AS sort_day, c.score
        FROM ({candidates}) c JOIN attachments a ON a.id = c.rowid
        JOIN agenda_items i ON i.id = a.item_id
        JOIN meetings m ON m.id = i.meeting_id JOIN bodies b ON b.id = m.body_id"""),
}

# The chosen records of one index (their ids in :ids_<kind>, search_newest.chosen_args);
# their snippets came with their places (search_newest.with_snippets).
_CHOSEN = "SELECT value AS rowid, NULL AS snip, NULL AS score FROM json_each(:ids_{kind})"
# The best-ranked matches of one index; `+rowid` keeps FTS5 from looking up each chosen
# rowid again (which runs the whole query once per hit), so the chosen are picked out
# of one more pass over the matches.
_BEST = """SELECT rowid, {snippet} AS snip, bm25({fts}, {weights}) AS score FROM {fts}
           WHERE {fts} MATCH :q AND +rowid IN (
               SELECT rowid FROM {fts} WHERE {fts} MATCH :q
               ORDER BY bm25({fts}, {weights}) LIMIT :limit)"""
_BEST_ORDER = "score, sort_day DESC, id"


def fts_query(text: str) -> str:
    """User words as an FTS5 query: every word must occur, the last one as a prefix."""
    return prefix_query(words(text))


def _records_sql(candidates: str, order: str = "") -> str:
    parts = [record.format(candidates=candidates.format(
                 fts=fts, kind=kind, weights=weights, snippet=SNIPPET.format(fts=fts)))
             for kind, (fts, weights, record) in _INDEXES.items()]
    return " UNION ALL ".join(f"SELECT * FROM ({p})" for p in parts) + order


CHOSEN_SQL = _records_sql(_CHOSEN)
BEST_SQL = _records_sql(_BEST, f" ORDER BY {_BEST_ORDER} LIMIT :limit")


class SearchRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    def search(self, text: str, *, limit: int = 200,
               order: SearchOrder = SearchOrder.NEWEST) -> list[SearchHit]:
        return self.find(text, limit=limit, order=order).hits

    def count(self, text: str) -> tuple[int, bool]:
        """How many records match, in all the indexes, at most 1,000; and whether more do."""
        found = words(text)
        return count(self.db.execute, expanded(self.db.execute, found)) if found else (0, False)

    def find(self, text: str, *, limit: int = 200,
             order: SearchOrder = SearchOrder.NEWEST) -> SearchResults:
        found = words(text)
        if not found:
            return SearchResults([], 0)
        queries = expanded(self.db.execute, found)
        if order is SearchOrder.BEST:
            total, capped = count(self.db.execute, queries)
            rows = self.db.execute(BEST_SQL, {"q": prefix_query(found),
                                              "limit": limit}).fetchall()
        else:
            places, total, capped = newest(self.db.execute, queries, limit)
            places = with_snippets(self.db.execute, places, queries)
            rank = {(p[0], p[1]): (n, p[-1]) for n, p in enumerate(places)}
            rows = sorted(((*r[:5], rank[(r[0], r[1])][1], *r[6:]) for r in self.db.execute(
                CHOSEN_SQL, chosen_args(places, queries)).fetchall()),
                key=lambda r: rank[(r[0], r[1])][0])
        # Plain tuples: a dict per row cost a tenth of the whole search.
        hits = [SearchHit(kind=kind, record_id=record_id, uuid=uuid, meeting_id=meeting_id,
                          title=title, snippet=" ".join((snip or "").split()),
                          body_name=body_name, day=to_date(starts_at))
                for kind, record_id, uuid, meeting_id, title, snip, body_name, starts_at, *_
                in rows]
        return SearchResults(hits, total, total_capped=capped)
