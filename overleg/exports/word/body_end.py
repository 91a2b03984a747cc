"""Paragraphs and tables added at the end of a document's body, as python-docx adds them
(before the body's own section properties), with its lookups done once: python-docx
searches the body's children for those properties at every paragraph and table, and all
sections for the page width at every table, which made a list of thousands of meetings
quadratic."""

from docx.document import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.table import CT_Tbl
from docx.shared import Length
from docx.table import Table
from docx.text.paragraph import Paragraph


class BodyEnd:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self._body = doc.element.body
        self._sect_pr = self._body.find(qn("w:sectPr"))
        self._width: Length | None = None
        self._table_styles: dict[str, str | None] = {}

    def paragraph(self) -> Paragraph:
        p = OxmlElement("w:p")
        self.insert(p)
        return Paragraph(p, self.doc._body)

    def new_table(self, rows: int, cols: int, style: str) -> Table:
        """A table of the page's width in the named table style, not yet in the body
        (`insert` puts it, or a copy, there)."""
        if self._width is None:
            self._width = self.doc._block_width
        tbl = CT_Tbl.new_tbl(rows, cols, self._width)
        if style not in self._table_styles:
            self._table_styles[style] = self.doc.part.get_style_id(
                self.doc.styles[style], WD_STYLE_TYPE.TABLE)
        tbl.tblStyle_val = self._table_styles[style]
        return Table(tbl, self.doc._body)

    def insert(self, element) -> None:
        """A paragraph or table element at the end of the body."""
        if self._sect_pr is None or self._sect_pr.getparent() is not self._body:
            self._sect_pr = self._body.find(qn("w:sectPr"))
        if self._sect_pr is not None:
            self._sect_pr.addprevious(element)
        else:
            self._body.append(element)
