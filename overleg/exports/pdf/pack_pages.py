"""The pages the pack adds itself: the cover with the meeting's data and the contents,
a page per item naming the files the pack does not include, and the page numbers
stamped on every page. Plain PDF (not PDF/A): they are merged with users' PDFs.

All of them are one fpdf2 document, so the fonts are read and subset once (each font
costs about a quarter of a second); the pack takes its pages by number.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from overleg.domain.audience import left_out_line
from overleg.domain.dutch_dates import long_date
from overleg.exports.pdf import style as s
from overleg.exports.pdf.pack_inputs import PackItem, files_left_out_line
from overleg.exports.pdf.page import HousePdf
from overleg.exports.pdf.writer import HouseWriter
from overleg.exports.word import wording as w
from overleg.exports.word.inputs import MeetingRecord
from overleg.exports.word.text import one_line

PACK_TITLE = "Vergaderstukken"


@dataclass(frozen=True)
class ItemEntry:
    """What the pack holds of one item, for the cover and the item's own page."""

    item: PackItem
    included: list[tuple[str, int]]  # (document title, pages)
    not_included: list[str]  # 'Begroting 2014 (Excel-werkmap, geen PDF)'
    left_out: int  # confidential files not shown to this audience

    @property
    def needs_page(self) -> bool:
        return bool(self.not_included or self.left_out)


class PackPages:
    def __init__(self) -> None:
        self.pdf = HousePdf(pdfa=False)
        self.pdf.numbered = False  # the stamps number the pack's pages

    def cover(self, record: MeetingRecord, entries: Sequence[ItemEntry], *, public: bool,
              items_left_out: int) -> range:
        """The cover's pages (0-based, in this document)."""
        first = self.pdf.page
        wr = HouseWriter(self.pdf)
        m, body = record.meeting, record.body
        wr.header_footer(body.name, w.PUBLIC if public else "")
        subtitle = one_line(body.name) + (f" – {one_line(m.title)}" if one_line(m.title)
                                          else "")
        wr.title(PACK_TITLE, subtitle)
        p = record.people
        wr.facts([("Datum", long_date(m.day)), ("Tijd", w.meeting_time(m)),
                  ("Locatie", m.location), ("Voorzitter", p.chair),
                  ("Secretaris", p.secretary)])
        wr.heading("Inhoud", level=2)
        wr.text("Agenda")
        for e in entries:
            count = len(e.included)
            summary = "geen stukken in deze bundel" if not count else \
                ("1 stuk" if count == 1 else f"{count} stukken")
            wr.labelled(f"{one_line(e.item.number)} {one_line(e.item.title)}:", summary)
            wr.text("\n".join(f"- {one_line(t)} ({_pages(n)})" for t, n in e.included))
            wr.text("\n".join(f"- {line}" for line in e.not_included))
            wr.remark(files_left_out_line(e.left_out))
        wr.remark(left_out_line(items_left_out))
        return range(first, self.pdf.page)

    def item_page(self, entry: ItemEntry) -> range:
        """The page before an item's documents naming what the pack leaves out of it."""
        first = self.pdf.page
        wr = HouseWriter(self.pdf)
        wr.header_footer(PACK_TITLE, "")
        wr.heading(entry.item.title, level=1, number=entry.item.number)
        if entry.not_included:
            wr.text("Deze stukken horen bij dit agendapunt maar staan niet in deze bundel:")
            wr.text("\n".join(f"- {line}" for line in entry.not_included))
        wr.remark(files_left_out_line(entry.left_out))
        if entry.included:
            wr.text("Hierna volgen de stukken die wel zijn opgenomen.")
        return range(first, self.pdf.page)

    def stamps(self, sizes: Sequence[tuple[float, float]], label: str) -> range:
        """A page per pack page, of its size in points, with '<label> · blad X van Y' at
        the foot, to be laid over it."""
        pdf, first, total = self.pdf, self.pdf.page, len(sizes)
        pdf.header_left = pdf.header_right = ""
        pdf.set_auto_page_break(False)
        for n, (width, height) in enumerate(sizes, start=1):
            pdf.add_page(format=(width * s.PT, height * s.PT))
            pdf.use(s.HEADER)
            pdf.set_xy(0, height * s.PT - 7)
            pdf.cell(width * s.PT, 4, f"{one_line(label)} · blad {n} van {total}",
                     align="C")
        return range(first, pdf.page)

    @property
    def count(self) -> int:
        return self.pdf.page

    def output(self, title: str, author: str, now: datetime) -> bytes:
        self.pdf.describe(title, PACK_TITLE, author, now)
        return self.pdf.bytes()


def _pages(n: int) -> str:
    return "1 pagina" if n == 1 else f"{n} pagina's"
