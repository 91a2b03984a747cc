"""Full-text search (FTS5) over agenda items with their notes, decisions and follow-ups."""

import re

from sqlite_utils import Database

from overleg.domain.listings import SearchHit
from overleg.storage.columns import to_date

_QUERIES = {
    "item": """SELECT 'item' AS kind, i.id, i.uuid, i.meeting_id, i.title,
                      snippet(agenda_items_fts, -1, '[', ']', '…', 12) AS snip,
                      b.name AS body_name, m.starts_at, agenda_items_fts.rank AS rank
               FROM agenda_items_fts JOIN agenda_items i ON i.rowid = agenda_items_fts.rowid
               JOIN meetings m ON m.id = i.meeting_id JOIN bodies b ON b.id = m.body_id
               WHERE agenda_items_fts MATCH :q""",
    "decision": """SELECT 'decision' AS kind, d.id, d.uuid, d.meeting_id, d.number AS title,
                      snippet(decisions_fts, -1, '[', ']', '…', 12) AS snip,
                      b.name AS body_name, m.starts_at, decisions_fts.rank AS rank
               FROM decisions_fts JOIN decisions d ON d.rowid = decisions_fts.rowid
               JOIN meetings m ON m.id = d.meeting_id JOIN bodies b ON b.id = d.body_id
               WHERE decisions_fts MATCH :q""",
    "followup": """SELECT 'followup' AS kind, f.id, f.uuid, f.meeting_id,
                      substr(f.text, 1, 80) AS title,
                      snippet(followups_fts, -1, '[', ']', '…', 12) AS snip,
                      COALESCE(b.name, '') AS body_name, m.starts_at,
                      followups_fts.rank AS rank
               FROM followups_fts JOIN followups f ON f.rowid = followups_fts.rowid
               LEFT JOIN meetings m ON m.id = f.meeting_id
               LEFT JOIN bodies b ON b.id = m.body_id
               WHERE followups_fts MATCH :q""",
}


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


class SearchRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    def search(self, text: str, *, limit: int = 200) -> list[SearchHit]:
        q = fts_query(text)
        if not q:
            return []
        sql = " UNION ALL ".join(f"SELECT * FROM ({s})" for s in _QUERIES.values())
        rows = self.db.query(f"{sql} ORDER BY rank LIMIT :limit", {"q": q, "limit": limit})
        return [SearchHit(kind=r["kind"], record_id=r["id"], uuid=r["uuid"],
                          meeting_id=r["meeting_id"], title=r["title"],
                          snippet=" ".join((r["snip"] or "").split()),
                          body_name=r["body_name"], day=to_date(r["starts_at"]))
                for r in rows]
