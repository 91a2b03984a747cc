"""Writing paragraphs, tables, header and footer in named styles, with safe text.

Every string passes through text.safe/one_line, so the document functions can hand it
anything a user typed.
"""

import re
import unicodedata
from collections.abc import Sequence
from copy import deepcopy

from docx.document import Document
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.oxml.table import CT_Row, CT_Tbl
from docx.oxml.text.paragraph import CT_P
from docx.oxml.text.run import CT_R
from docx.shared import Cm, Length
from docx.table import Table
from docx.text.paragraph import Paragraph
from lxml.etree import SubElement

from overleg.exports.word import styles as st
from overleg.exports.word.body_end import BodyEnd
from overleg.exports.word.page_frame import write_header_footer
from overleg.exports.word.properties import set_properties
from overleg.exports.word.template_fit import numbering_part
from overleg.exports.word.text import one_line, paragraphs

_BULLET = re.compile(r"^\s*[-*•–]\s+")
# A hyphen in a date or a number ('28-11-2013', 'STT-20130919-01'), not in a compound
# word ('PO-raad'), where a line may break.
_HYPHEN_IN_NUMBER = re.compile(r"(?<=[\dA-Z])-(?=\d)")
_CONTROL = re.compile(r"([\t\r\n])")
_R, _T, _TAB, _BR = qn("w:r"), qn("w:t"), qn("w:tab"), qn("w:br")
_NO_BREAK_HYPHEN, _SPACE = qn("w:noBreakHyphen"), qn("xml:space")
_PPR, _PSTYLE, _RPR, _RSTYLE = qn("w:pPr"), qn("w:pStyle"), qn("w:rPr"), qn("w:rStyle")
_NUM_PR, _ILVL, _NUM_ID, _VAL = qn("w:numPr"), qn("w:ilvl"), qn("w:numId"), qn("w:val")


class Writer:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self._ids: dict[str, str] = {}
        self._lists: dict[str, tuple | None] = {}  # style: numbering root, abstract id
        self._next_num: int | None = None  # the next free num id
        self._end = BodyEnd(doc)
        self._char_width: float | None = None
        self._shapes: dict[tuple, tuple[CT_Tbl, CT_Row]] = {}  # see _table_shape
        self._names: set[str] | None = None  # see style_names
        self._listed: dict[str, bool] = {}  # see has_list

    def _style_id(self, name: str) -> str:
        """Style ids resolved once: python-docx scans every style on each lookup by name,
        which dominated the time of a long document."""
        if name not in self._ids:
            self._ids[name] = self.doc.styles[name].style_id
        return self._ids[name]

    def style_names(self) -> set[str]:
        """The names of the document's styles, read once: python-docx makes a style
        object for every style to read its name, and the notes of each item asked again
        (most of the time of the minutes went there)."""
        if self._names is None:
            self._names = {s.name for s in self.doc.styles}
        return self._names

    def has_list(self, style: str) -> bool:
        """Whether the document has the named style with a working list (styles.has_list),
        looked up once per style."""
        if style not in self._listed:
            self._listed[style] = style in self.style_names() and \
                st.has_list(self.doc, self.doc.styles[style])
        return self._listed[style]

    def para(self, text: str = "", style: str = st.NORMAL, container=None) -> Paragraph:
        p = container.add_paragraph() if container is not None else self._end.paragraph()
        if style != st.NORMAL:
            # The paragraph is new and empty, so its properties come first: what
            # `p.style = ...` makes, without python-docx's search for their place among
            # the children (a third of the time of the minutes went to such searches).
            SubElement(SubElement(p._p, _PPR), _PSTYLE).set(_VAL, self._style_id(style))
        if text:
            self.run(p, text)
            set_direction(p._p, text)
        return p

    def run(self, p: Paragraph, text: str, style: str | None = None) -> None:
        """A run; a hyphen in a date or number is a non-breaking one, so a line or a
        narrow column does not split '28-11-' from '2013'."""
        self._run(p._p, text, style)

    def _run(self, p: CT_P, text: str, style: str | None = None) -> None:
        parts = _HYPHEN_IN_NUMBER.split(text)
        r = SubElement(p, _R)  # what p.add_r() appends, without its generic machinery
        if style is not None:  # the run's properties precede its text
            SubElement(SubElement(r, _RPR), _RSTYLE).set(_VAL, self._style_id(style))
        _append_text(r, parts[0])
        for part in parts[1:]:
            SubElement(r, _NO_BREAK_HYPHEN)
            _append_text(r, part)

    # -- paragraphs -----------------------------------------------------------------------

    def title(self, text: str, subtitle: str = "") -> None:
        self.para(one_line(text), st.TITLE)
        if subtitle:
            self.para(one_line(subtitle), st.SUBTITLE)

    def heading(self, text: str, level: int = 1, number: str = "") -> Paragraph:
        style = st.HEADING_1 if level == 1 else st.HEADING_2
        label = f"{one_line(number)}\t{one_line(text)}" if number else one_line(text)
        p = self.para(label, style)
        # Our numbers are the item numbers; a template's numbered heading style would
        # add its own ('1. 1 Opening', '11. Besluitenlijst'). numId 0 switches it off.
        # numPr follows pStyle (and precedes bidi) in the schema's order; para() made
        # the properties with the style first.
        ppr = p._p.get_or_add_pPr()
        num_pr = SubElement(ppr, _NUM_PR)
        SubElement(num_pr, _ILVL).set(_VAL, "0")
        SubElement(num_pr, _NUM_ID).set(_VAL, "0")
        ppr.insert(1, num_pr)  # moved from the end to its place
        return p

    def facts(self, rows: Sequence[tuple[str, str]]) -> None:
        """'Datum:<tab>donderdag 19 september 2013', one line each; empty values skipped."""
        for label, value in rows:
            if one_line(value):
                p = self.para(style=st.FACTS)
                self.run(p, f"{one_line(label)}:", st.LABEL)
                self.run(p, "\t" + one_line(value))
        self.para()

    def notes(self, markdown: str) -> None:
        """Real Word lists and character styles (rich_notes.py imports this module)."""
        from overleg.exports.word.rich_notes import write_rich

        write_rich(self, markdown)

    def text(self, text: str, style: str = st.NORMAL) -> None:
        """Multi-line text as one paragraph per line; lines typed as '- point' become
        List Bullet paragraphs."""
        for line in paragraphs(text):
            bullet = _BULLET.match(line)
            if bullet:
                self.para(line[bullet.end():], st.LIST_BULLET)
            else:
                self.para(line, style)

    def remark(self, text: str) -> None:
        if one_line(text):
            self.para(one_line(text), st.REMARK)

    def labelled(self, label: str, text: str, *, after: str = "") -> None:
        """'Besluit STT-20130919-01: text', the label in the bold label style; further
        lines of the text become paragraphs of their own."""
        lines = paragraphs(text) or [""]
        p = self.para()
        self.run(p, one_line(label) + " ", st.LABEL)
        self.run(p, lines[0] + (f" {one_line(after)}" if after and len(lines) == 1 else ""))
        for line in lines[1:]:
            self.para(line)
        if after and len(lines) > 1:
            self.para(one_line(after))

    def numbered(self, lines: Sequence[str]) -> None:
        """A List Number list that starts at 1 again, however many lists came before."""
        num_id = self._restarted_num()
        for line in lines:
            p = self.para(one_line(line), st.LIST_NUMBER)
            if num_id is not None:
                self.number_paragraph(p, num_id)

    def _restarted_num(self, style: str = st.LIST_NUMBER) -> int | None:
        """A new numbering instance of the style's list, starting at 1. The abstract
        list and the next free id are looked up once: with hundreds of lists a scan per
        list made the agenda quadratic."""
        if style not in self._lists:
            self._lists[style] = _list_source(self.doc, style)
        source = self._lists[style]
        if source is None:
            return None
        numbering, abstract_id = source
        if self._next_num is None:
            self._next_num = max((int(n.get(qn("w:numId")))
                                  for n in numbering.findall(qn("w:num"))), default=0) + 1
        next_id = self._next_num
        num = parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{next_id}"><w:abstractNumId w:val="'
            f'{abstract_id}"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/>'
            f'</w:lvlOverride></w:num>')
        cleanup = numbering.find(qn("w:numIdMacAtCleanup"))
        if cleanup is not None:
            cleanup.addprevious(num)
        else:
            numbering.append(num)
        self._next_num = next_id + 1
        return next_id

    def number_paragraph(self, p: Paragraph, num_id: int) -> None:
        """The paragraph in numbering instance num_id (level 0 of its list)."""
        # numPr follows pStyle (and precedes bidi) in the schema's order
        p._p.get_or_add_pPr().insert(1, parse_xml(
            f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/>'
            f'<w:numId w:val="{num_id}"/></w:numPr>'))

    # -- tables ---------------------------------------------------------------------------

    def table(self, header: Sequence[str], rows: Sequence[Sequence[str]],
              widths_cm: Sequence[float], marked: frozenset[tuple[int, int]] = frozenset()
              ) -> Table:
        """A table in the house table style. The header row repeats on every page and is
        bold through the label style as well (LibreOffice ignores a table style's
        first-row formatting); rows do not break across pages. `marked` holds the
        (row, column) cells written in the bold label style, e.g. an overdue status."""
        if self._char_width is None:
            self._char_width = self._char_cm()
        widths = [Cm(w) for w in _fit_words(header, rows, widths_cm, self._char_width)]
        key = (tuple(header), tuple(widths))
        if key not in self._shapes:
            self._shapes[key] = self._table_shape(header, widths)
        shape, blank = self._shapes[key]
        # Copies, not python-docx's add_row() and cell widths: building each row's cell
        # properties through python-docx cost more than its text.
        tbl = deepcopy(shape)
        self._end.insert(tbl)
        for n, row in enumerate(rows):
            tr = deepcopy(blank)
            tbl.append(tr)
            for col, (tc, value) in enumerate(zip(tr.tc_lst, row, strict=True)):
                lines = paragraphs(value) or [""]
                for i, line in enumerate(lines):
                    p = tc.p_lst[0] if i == 0 else tc.add_p()
                    self._run(p, line, st.LABEL if (n, col) in marked else None)
                    set_direction(p, line)
        self.para()
        return Table(tbl, self.doc._body)

    def _table_shape(self, header: Sequence[str],
                     widths: Sequence[Length]) -> tuple[CT_Tbl, CT_Row]:
        """The table with its header row, and an empty data row, made once for each
        header and widths."""
        table = self._end.new_table(1, len(header), st.TABLE)
        table.autofit = False
        for column, width in zip(table.columns, widths, strict=True):
            column.width = width  # the grid, which LibreOffice follows
        _row_properties(table.rows[0], header=True)
        for cell, text, width in zip(table.rows[0].cells, header, widths, strict=True):
            cell.width = width  # the cells, which Word follows
            self.run(cell.paragraphs[0], one_line(text), st.LABEL)
        new = table.add_row()
        _row_properties(new, header=False)
        for cell, width in zip(new.cells, widths, strict=True):
            cell.width = width
        table._tbl.remove(new._tr)
        return table._tbl, new._tr

    def _char_cm(self) -> float:
        """The width of a wide-ish character of the template's body text (digits and
        bold header letters are wider than the average)."""
        size = self.doc.styles[st.NORMAL].font.size
        if size is None:  # the document default, else Word's 10 pt (sz 20)
            sz = self.doc.styles.element.find(qn("w:docDefaults") + "//" + qn("w:sz"))
            points = int(sz.get(qn("w:val"))) / 2 if sz is not None else 10
        else:
            points = size.pt
        return points * 0.62 * 0.03528

    # -- header, footer, properties -------------------------------------------------------

    def header_footer(self, left: str, right: str) -> None:
        """Header: body name left, markers (CONCEPT, openbare versie) right, on every
        page; footer: 'pagina X van Y' (see page_frame)."""
        write_header_footer(self.doc, left, right)

    def properties(self, title: str, subject: str) -> None:
        """Title and subject; author and dates are stamped again by the service that
        knows the user and the clock."""
        set_properties(self.doc, title, subject)


def _list_source(doc: Document, style: str) -> tuple | None:
    """(numbering root, the style's abstract list id), or None when the template lacks
    the style or the style has no numbering."""
    if not any(s.name == style for s in doc.styles):
        return None
    ppr = doc.styles[style].element.pPr
    num_pr = ppr.find(qn("w:numPr")) if ppr is not None else None
    style_num = num_pr.find(qn("w:numId")) if num_pr is not None else None
    if style_num is None:
        return None
    numbering = numbering_part(doc).element
    for num in numbering.findall(qn("w:num")):
        if num.get(qn("w:numId")) == style_num.get(qn("w:val")):
            return numbering, num.find(qn("w:abstractNumId")).get(qn("w:val"))
    return None


def set_direction(p: CT_P, text: str) -> None:
    """A paragraph that starts in Arabic or Hebrew is laid out right to left, as Word
    does when one types it."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("L", "R", "AL"):
            if kind != "L":
                p.get_or_add_pPr().append(OxmlElement("w:bidi"))
            return


def _append_text(r: CT_R, text: str) -> None:
    """What python-docx's run text does (a tab a w:tab, a line break a w:br, the rest
    w:t, keeping its spaces), a piece at a time instead of a character at a time and
    with lxml's own SubElement: long lists spent most of their time here."""
    for piece in _CONTROL.split(text):
        if piece == "\t":
            SubElement(r, _TAB)
        elif piece == "\n" or piece == "\r":
            SubElement(r, _BR)
        elif piece:
            t = SubElement(r, _T)
            t.text = piece
            if len(piece.strip()) < len(piece):
                t.set(_SPACE, "preserve")


def _fit_words(header: Sequence[str], rows: Sequence[Sequence[str]],
               widths_cm: Sequence[float], char_cm: float) -> list[float]:
    """Column widths in which the longest word of each column fits (an owner such as
    'Samenwerkingsverband' is not broken mid-word), taken from the widest column."""
    widths = list(widths_cm)
    widest = max(range(len(widths)), key=lambda i: widths[i])
    for col in range(len(widths)):
        if col == widest:
            continue
        words = [w for row in [header, *rows] for w in str(row[col]).split()]
        need = max((len(w) for w in words), default=0) * char_cm + 0.45  # cell margins
        extra = min(need - widths[col], widths[widest] - 4.0)  # the text column stays usable
        if extra > 0:
            widths[col] += extra
            widths[widest] -= extra
    return widths


def _row_properties(row, *, header: bool) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    tr_pr.append(OxmlElement("w:cantSplit"))
    if header:
        tr_pr.append(OxmlElement("w:tblHeader"))
