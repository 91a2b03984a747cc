"""The PDF writer of the document functions (exports/document_writer.py): the same
calls as the Word writer, laid out in the house style on a HousePdf. Every heading is an
entry of the document outline (bookmarks); every string passes through text.safe/one_line,
so the document functions can hand it anything a user typed."""

import re
from collections.abc import Sequence

from fpdf.enums import TableBordersLayout, XPos, YPos
from fpdf.fonts import FontFace

from overleg.domain.rich_text import Kind, parse
from overleg.exports.pdf import style as s
from overleg.exports.pdf.page import HousePdf
from overleg.exports.word.text import one_line, paragraphs, safe

_BULLET = re.compile(r"^\s*[-*•–]\s+")  # as the Word writer: '- point' is a bullet


def _line(spec: tuple) -> float:
    """The height of one line of a paragraph kind, in mm."""
    return float(spec[0]) * s.PT * s.LINE_SPACING


class HouseWriter:
    def __init__(self, pdf: HousePdf) -> None:
        self.pdf = pdf
        self.title_text = ""
        self.subject = ""
        self._page_open = False

    def _start(self) -> None:
        """The first page is added once the header's text is known."""
        if not self._page_open:
            self.pdf.add_page()
            self._page_open = True

    def _space(self, points: float) -> None:
        if points and self.pdf.get_y() > self.pdf.t_margin + 0.1:
            self.pdf.ln(points * s.PT)

    def _keep_room(self, mm: float) -> None:
        """A heading and what follows it stay together: a new page when less is left."""
        if self.pdf.get_y() + mm > self.pdf.page_break_trigger:
            self.pdf.add_page()

    def _paragraph(self, text: str, spec: tuple, *, indent: float = 0.0,
                   prefix: str = "") -> None:
        pdf = self.pdf
        pdf.use(spec)
        self._space(spec[3])
        if prefix:
            pdf.set_x(pdf.l_margin + indent - s.LIST_INDENT)
            pdf.cell(s.LIST_INDENT, _line(spec), prefix)
        pdf.set_x(pdf.l_margin + indent)
        pdf.multi_cell(pdf.epw - indent, _line(spec), text, new_x=XPos.LMARGIN,
                       new_y=YPos.NEXT, align="L")
        pdf.ln(spec[4] * s.PT)

    # -- the calls of the document functions ----------------------------------------------

    def properties(self, title: str, subject: str) -> None:
        self.title_text, self.subject = one_line(title), one_line(subject)

    def header_footer(self, left: str, right: str) -> None:
        self.pdf.header_left, self.pdf.header_right = one_line(left), one_line(right)
        self._start()

    def title(self, text: str, subtitle: str = "") -> None:
        self._start()
        self._paragraph(one_line(text), s.TITLE)
        if one_line(subtitle):
            self._paragraph(one_line(subtitle), s.SUBTITLE)

    def heading(self, text: str, level: int = 1, number: str = "") -> None:
        self._start()
        spec = s.HEADING_1 if level == 1 else s.HEADING_2
        self._keep_room((spec[3] + spec[4]) * s.PT + _line(spec) + 4 * _line(s.NORMAL))
        self._space(spec[3])
        label = f"{one_line(number)} {one_line(text)}" if number else one_line(text)
        self.pdf.start_section(label, level=max(0, level - 1), strict=False)
        pdf = self.pdf
        pdf.use(spec)
        if number and level == 1:  # the number, the title hanging at the tab
            pdf.cell(s.HEADING_INDENT, _line(spec), one_line(number))
            pdf.multi_cell(pdf.epw - s.HEADING_INDENT, _line(spec), one_line(text),
                           new_x=XPos.LMARGIN, new_y=YPos.NEXT, align="L")
        else:
            pdf.multi_cell(pdf.epw, _line(spec), label, new_x=XPos.LMARGIN,
                           new_y=YPos.NEXT, align="L")
        pdf.ln(spec[4] * s.PT)

    def facts(self, rows: Sequence[tuple[str, str]]) -> None:
        """'Datum:  donderdag 28 november 2013', one line each; empty values skipped."""
        self._start()
        pdf, h = self.pdf, _line(s.FACTS)
        for label, value in rows:
            if not one_line(value):
                continue
            pdf.use(s.FACTS, bold=True)
            pdf.cell(s.FACTS_INDENT, h, f"{one_line(label)}:")
            pdf.use(s.FACTS)
            pdf.multi_cell(pdf.epw - s.FACTS_INDENT, h, one_line(value),
                           new_x=XPos.LMARGIN, new_y=YPos.NEXT, align="L")
            pdf.ln(s.FACTS[4] * s.PT)
        pdf.ln(_line(s.NORMAL))

    def text(self, text: str, style: str = "") -> None:
        """One paragraph per line; lines typed as '- point' become bullets."""
        self._start()
        for line in paragraphs(text):
            bullet = _BULLET.match(line)
            if bullet:
                self._paragraph(line[bullet.end():], s.LIST, indent=s.LIST_INDENT,
                                prefix="•")
            else:
                self._paragraph(line, s.NORMAL)

    def notes(self, markdown: str) -> None:
        """Rich notes in the PDF: lists with bullets or numbers on two levels, the text of
        bold, italic and links plain (the PDF/A copy is for reading and keeping)."""
        self._start()
        count: dict[int, int] = {}
        for block in parse(safe(markdown)):
            text = block.text
            if block.kind is Kind.PARAGRAPH:
                count.clear()  # text between items ends the list: the next starts at 1
                if text.strip():
                    self._paragraph(text, s.NORMAL)
                continue
            count.pop(block.level + 1, None)
            indent = s.LIST_INDENT * (block.level + 1)
            if block.kind is Kind.NUMBER:
                count[block.level] = count.get(block.level, 0) + 1
                prefix = f"{count[block.level]}."
            else:
                prefix = "•"
            self._paragraph(text, s.LIST, indent=indent, prefix=prefix)

    def remark(self, text: str) -> None:
        if one_line(text):
            self._start()
            self._paragraph(one_line(text), s.REMARK)

    def labelled(self, label: str, text: str, *, after: str = "") -> None:
        """'Besluit STT-20131128-01: text', the label bold; further lines of the text
        become paragraphs of their own."""
        self._start()
        pdf, h = self.pdf, _line(s.NORMAL)
        lines = paragraphs(text) or [""]
        pdf.use(s.NORMAL, bold=True)
        pdf.write(h, one_line(label) + " ")
        pdf.use(s.NORMAL)
        pdf.write(h, lines[0] + (f" {one_line(after)}" if after and len(lines) == 1 else ""))
        pdf.ln(h)
        pdf.ln(s.NORMAL[4] * s.PT)
        for line in lines[1:]:
            self._paragraph(line, s.NORMAL)
        if after and len(lines) > 1:
            self._paragraph(one_line(after), s.NORMAL)

    def numbered(self, lines: Sequence[str]) -> None:
        self._start()
        for n, line in enumerate(lines, start=1):
            self._paragraph(one_line(line), s.LIST, indent=s.LIST_INDENT, prefix=f"{n}.")

    def table(self, header: Sequence[str], rows: Sequence[Sequence[str]],
              widths_cm: Sequence[float],
              marked: frozenset[tuple[int, int]] = frozenset()) -> None:
        """Thin grey rules, a bold header row on a grey band that repeats on every page;
        a row is not split across pages. `marked` cells are bold (an overdue status)."""
        self._start()
        pdf = self.pdf
        pdf.use(s.NORMAL)
        bold = FontFace(family=s.FONT, emphasis="BOLD")
        with pdf.table(col_widths=tuple(widths_cm), width=pdf.epw, align="LEFT",
                       text_align="LEFT", v_align="TOP",
                       borders_layout=TableBordersLayout.HORIZONTAL_LINES,
                       headings_style=FontFace(family=s.FONT, emphasis="BOLD",
                                               color=s.INK, fill_color=s.BAND),
                       line_height=_line(s.NORMAL), padding=(1.0, 1.5),
                       repeat_headings=1) as table:
            head = table.row()
            for name in header:
                head.cell(one_line(name))
            for n, row in enumerate(rows):
                r = table.row()
                for col, value in enumerate(row):
                    r.cell("\n".join(paragraphs(value)),
                           style=bold if (n, col) in marked else None)
        pdf.ln(_line(s.NORMAL))
