"""Rich notes (overleg.domain.rich_text) as Word paragraphs in the house template's styles.

Bullets are List Bullet paragraphs, numbered items List Number paragraphs; the second
level uses List Bullet 2 / List Number 2 when the template has them with a working list,
otherwise the first-level style indented one step further. Every numbered list (and every
second-level list under an item) starts at 1 again. Bold and italic runs use the
template's Strong and Emphasis character styles when it has them, direct bold and
italic otherwise; links are real hyperlinks in the Hyperlink style (or blue, underlined).
"""

from docx.enum.text import WD_UNDERLINE
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn
from docx.shared import Cm, RGBColor
from docx.text.paragraph import Paragraph
from lxml.etree import SubElement

from overleg.domain.rich_text import Block, Kind, Run, parse
from overleg.exports.word import styles as st
from overleg.exports.word.text import safe
from overleg.exports.word.writer import Writer, set_direction

LIST_BULLET_2 = "List Bullet 2"
LIST_NUMBER_2 = "List Number 2"
STRONG, EMPHASIS, HYPERLINK = "Strong", "Emphasis", "Hyperlink"
# a second level without a style of its own: one more indent step
_FIRST_INDENT, _STEP = Cm(1), Cm(0.63)
_LINK_BLUE = RGBColor(0x05, 0x63, 0xC1)


def write_rich(wr: Writer, markdown: str, style: str = st.NORMAL) -> None:
    """The notes, one Word paragraph per non-empty line."""
    _Notes(wr).write(parse(safe(markdown)), style)


class _Notes:
    def __init__(self, wr: Writer) -> None:
        self.wr = wr
        self.styles = wr.style_names()
        self.second = {
            Kind.BULLET: LIST_BULLET_2 if wr.has_list(LIST_BULLET_2) else "",
            Kind.NUMBER: LIST_NUMBER_2 if wr.has_list(LIST_NUMBER_2) else ""}
        self.nums: dict[int, int | None] = {}  # level: numbering instance of the open list

    def write(self, blocks: list[Block], style: str) -> None:
        for block in blocks:
            if block.kind is Kind.PARAGRAPH:
                self.nums.clear()  # text between items ends the list: the next starts at 1
                if block.text.strip():
                    self._runs(self.wr.para(style=style), block)
                continue
            if block.level == 0:
                self.nums.pop(1, None)  # a second-level list under a new item starts at 1
            self._item(block)

    def _item(self, block: Block) -> None:
        first = st.LIST_BULLET if block.kind is Kind.BULLET else st.LIST_NUMBER
        own = self.second[block.kind] if block.level else first
        p = self.wr.para(style=own or first)
        if block.kind is Kind.NUMBER:
            if block.level not in self.nums:
                self.nums[block.level] = self.wr._restarted_num(own or first)
            num_id = self.nums[block.level]
            if num_id is not None:
                self.wr.number_paragraph(p, num_id)
        self._runs(p, block)
        if block.level and not own:  # after bidi: the schema's order
            p.paragraph_format.left_indent = _FIRST_INDENT + _STEP

    def _runs(self, p: Paragraph, block: Block) -> None:
        set_direction(p._p, block.text)
        for run in block.runs:
            parent = p._p
            if run.link:
                r_id = p.part.relate_to(run.link, RT.HYPERLINK, is_external=True)
                parent = SubElement(p._p, qn("w:hyperlink"))
                parent.set(qn("r:id"), r_id)
            self.wr._run(parent, run.text)
            r = parent[-1]
            self._format(r, run)

    def _format(self, r, run: Run) -> None:
        char_style = STRONG if run.bold and STRONG in self.styles else \
            EMPHASIS if run.italic and EMPHASIS in self.styles else \
            HYPERLINK if run.link and HYPERLINK in self.styles else None
        if char_style is not None:
            r.style = self.wr._style_id(char_style)
        rpr = r.get_or_add_rPr()
        if run.bold and char_style != STRONG:
            rpr.get_or_add_b()
        if run.italic and char_style != EMPHASIS:
            rpr.get_or_add_i()
        if run.link and char_style != HYPERLINK:
            rpr.get_or_add_color().val = _LINK_BLUE
            rpr.get_or_add_u().val = WD_UNDERLINE.SINGLE
        if not len(rpr):
            r.remove(rpr)
