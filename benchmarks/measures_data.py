"""Measures below the interface: the services the screens call, full-text search against
bare sqlite3, and the Word minutes against bare python-docx."""

import sqlite3
from itertools import cycle

from benchmarks.bench import Bench
from benchmarks.harness import NotAvailable, Result, Target, timed
from overleg.storage.search_newest import newest, with_snippets
from overleg.storage.search_terms import expanded, words

# Full-text search in bare sqlite3, the same FTS5 queries the app runs in the same order
# (overleg/storage/search_terms.py, search_newest.py): the last word's prefix spelled
# out, the number of matches up to 1,000 and the newest page of matches (50, what the
# search screen shows at once) found through a window of the newest meetings (more
# windows when it holds too few) with their snippets (read again for the chosen ones
# where the matches were few and looked up one by one); over the same
# five indexes as the app; without sqlite-utils, the joins to bodies and records, and
# building SearchHits.
BARE_PAGE = 50


def bare_search(conn: sqlite3.Connection, text: str) -> tuple[list, int]:
    queries = expanded(conn.execute, words(text))
    places, total, _ = newest(conn.execute, queries, BARE_PAGE)
    return with_snippets(conn.execute, places, queries), total


SEARCHES = [("common word", "thuiszitters"), ("rare word", "geschillencommissie"),
            ("prefix while typing", "leerl"), ("two words", "passend onderwijs")]

TYPED = "leerlingenvervoer"  # typed into the action list filter, one key at a time


def search(bench: Bench, label: str, text: str) -> Result:
    conn = sqlite3.connect(f"{bench.db_path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        result = timed(
            f"search: {label} ('{text}')", Target(at_most=30, ratio=2),
            lambda: bench.services.search.find(text), bench.repeat,
            baseline=lambda: bare_search(conn, text),
            note="SearchService.find (the first page: the newest 50 with snippets and the "
                 "total, as the search screen shows them) vs the same FTS5 queries in bare sqlite3")
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
                 note="FollowUpService.count + page(0, 200) over all follow-ups (what "
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
    documents = getattr(bench.services, "documents", None)
    if documents is None or not hasattr(documents, "minutes"):
        raise NotAvailable("Services has no document service with minutes() on main yet")
    mid, out = bench.meeting_id, bench.workdir / "verslag.docx"
    documents.minutes(mid, out)
    blocks = docx_blocks(out)
    bare_out = bench.workdir / "kaal.docx"
    return timed("Word minutes of a 40-item meeting", Target(ratio=1.5),
                 lambda: documents.minutes(mid, out), bench.repeat,
                 baseline=lambda: bare_docx(blocks, bare_out),
                 note="DocumentService.minutes (records read, rendered in the house style, "
                      f"saved; {len(blocks)} paragraphs and tables) vs the same paragraphs, "
                      "styles and tables written and saved with bare python-docx")


def docx_blocks(path) -> list[tuple[str, str, object]]:
    """The body of a .docx in order: ('p', style, text) and ('t', style, rows)."""
    from docx import Document

    blocks: list[tuple[str, str, object]] = []
    for block in Document(str(path)).iter_inner_content():
        style = block.style.name if block.style is not None else ""
        if hasattr(block, "rows"):
            blocks.append(("t", style, [[c.text for c in row.cells] for row in block.rows]))
        else:
            blocks.append(("p", style, block.text))
    return blocks


def bare_docx(blocks: list[tuple[str, str, object]], path) -> None:
    """The same text with bare python-docx used competently: default template, its styles
    where it has them (style ids looked up once, as python-docx scans all styles on each
    lookup by name), each table made with all its rows at once and filled cell by cell,
    saved to a file.

    Linear in the document's size, as python-docx's public calls are not:
    `Document.add_paragraph` and `add_table` search the body's children for its section
    properties (the last child) on every call, and `add_table` also all sections for the
    page width, so a list of thousands of tables grew quadratically (the whole-archive
    Word lists took ~260 s at 1x; see body_end.py for the same fix in the app). Blocks go
    before the section properties found once, and the width is read once.
    `Table.add_row` reads the table's grid with lxml's `find`, which scans every row
    after it (lxml's iterators look one match ahead): a table of 10,000 rows was
    quadratic too, so the rows are made with the table, as `add_table(rows=n)` does."""
    from docx import Document
    from docx.oxml import OxmlElement
    from docx.oxml.table import CT_Tbl
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    doc = Document()
    ids = {s.name: s.style_id for s in doc.styles}
    body, container = doc.element.body, doc._body
    end = body.sectPr  # the last child of the body: blocks go before it
    section = doc.sections[-1]
    width = section.page_width - section.left_margin - section.right_margin
    for kind, style, content in blocks:
        if kind == "p":
            p = OxmlElement("w:p")
            end.addprevious(p)
            paragraph = Paragraph(p, container)
            if content:
                paragraph.add_run(content)  # type: ignore[arg-type]
            if style in ids and style != "Normal":
                p.style = ids[style]
        else:
            rows = content  # type: ignore[assignment]
            tbl = CT_Tbl.new_tbl(len(rows), max(len(r) for r in rows), width)
            end.addprevious(tbl)
            tbl.tblPr.style = ids["Table Grid"]
            for row, values in zip(Table(tbl, container).rows, rows, strict=True):
                for cell, value in zip(row.cells, values, strict=False):
                    cell.text = value
    doc.save(str(path))
