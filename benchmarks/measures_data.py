"""Measures below the interface: the services the screens call, full-text search against
bare sqlite3, and the Word minutes against bare python-docx."""

import io
import sqlite3
from itertools import cycle

from benchmarks.bench import Bench
from benchmarks.harness import NotAvailable, Result, Target, timed
from overleg.storage.search_repo import fts_query

# Full-text search in bare sqlite3: the same FTS5 MATCH, bm25 ranking and snippets over
# the three indexes, without the joins to meetings and bodies and without records.
_BARE_SEARCH = """
SELECT 'item' AS kind, rowid, snippet(agenda_items_fts, -1, '[', ']', '…', 12), rank
  FROM agenda_items_fts WHERE agenda_items_fts MATCH :q
UNION ALL
SELECT 'decision', rowid, snippet(decisions_fts, -1, '[', ']', '…', 12), rank
  FROM decisions_fts WHERE decisions_fts MATCH :q
UNION ALL
SELECT 'followup', rowid, snippet(followups_fts, -1, '[', ']', '…', 12), rank
  FROM followups_fts WHERE followups_fts MATCH :q
ORDER BY rank LIMIT 200"""

SEARCHES = [("common word", "thuiszitters"), ("rare word", "geschillencommissie"),
            ("prefix while typing", "leerl"), ("two words", "passend onderwijs")]

TYPED = "leerlingenvervoer"  # typed into the action list filter, one key at a time


def search(bench: Bench, label: str, text: str) -> Result:
    conn = sqlite3.connect(f"{bench.db_path.resolve().as_uri()}?mode=ro", uri=True)
    q = fts_query(text)
    try:
        result = timed(
            f"search: {label} ('{text}')", Target(at_most=30, ratio=2),
            lambda: bench.services.search.search(text), bench.repeat,
            baseline=lambda: conn.execute(_BARE_SEARCH, {"q": q}).fetchall(),
            note="SearchService.search (top 200, ranked, with snippets) vs the same FTS5 "
                 "MATCH in bare sqlite3")
    finally:
        conn.close()
    return result


def action_list_service(bench: Bench) -> Result:
    followups = bench.services.followups

    def open_list() -> None:
        flt = followups.filter()
        followups.count(flt)
        followups.page(flt, 0, 200)

    return timed("action list, all follow-ups: service count + first page", Target(at_most=100),
                 open_list, bench.repeat,
                 note="FollowUpService.count + page(0, 200) over all 25,000 follow-ups (what "
                      "the screen needs to show its first rows)")


def action_filter_service(bench: Bench) -> Result:
    followups = bench.services.followups
    prefixes = cycle(TYPED[:n] for n in range(2, len(TYPED) + 1))

    def keystroke() -> None:
        flt = followups.filter(text=next(prefixes))
        followups.count(flt)
        followups.page(flt, 0, 200)

    return timed("action list filter per keystroke: service count + first page",
                 Target(at_most=16), keystroke, max(bench.repeat, 2 * (len(TYPED) - 1)),
                 note=f"typing '{TYPED}' one key at a time into the text filter; each key a "
                      "count and the first page")


def meeting_service(bench: Bench) -> Result:
    s, mid = bench.services, bench.meeting_id

    def open_meeting() -> None:
        s.meetings.listing(mid)
        s.agenda.agenda(mid)
        s.agenda.time_slots(mid)
        s.agenda.proposals(mid)
        s.minutes.decisions_of(mid)
        s.minutes.followups_of(mid)
        s.meetings.attendance(mid)

    return timed("40-item meeting: service reads for agenda + minutes", Target(at_most=100),
                 open_meeting, bench.repeat,
                 note="listing, agenda with checklists, time slots, proposals, decisions, "
                      "follow-ups and attendance of one meeting with 40 items")


def word_minutes(bench: Bench) -> Result:
    try:
        from overleg.services import document_service
    except ImportError:
        raise NotAvailable("overleg/services/document_service.py (Word minutes) has not "
                           "landed on main yet") from None
    render = getattr(bench.services, "documents", None)
    if render is None:
        raise NotAvailable(f"{document_service.__name__} exists but Services has no "
                           "'documents' service yet")
    raise NotAvailable("the Word minutes measure is not wired to the document service yet")


def bare_docx_minutes(bench: Bench) -> bytes:
    """The minutes' text written with bare python-docx: headings, paragraphs, a table."""
    from docx import Document

    s, mid = bench.services, bench.meeting_id
    listing = s.meetings.listing(mid)
    items, decisions = s.agenda.agenda(mid), s.minutes.decisions_of(mid)
    followups = s.minutes.followups_of(mid)
    doc = Document()
    doc.add_heading(f"Verslag {listing.label}", 0)
    for item in items:
        doc.add_heading(f"{item.position}. {item.title}", 2)
        for para in item.notes.split("\n\n"):
            if para:
                doc.add_paragraph(para)
        for d in decisions:
            if d.item_id == item.id:
                doc.add_paragraph(f"Besluit {d.number}: {d.text}")
    table = doc.add_table(rows=1, cols=3)
    for f in followups:
        cells = table.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = f.text, f.owner_label, \
            f.target.meeting_label or str(f.target.due_date or "")
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()
