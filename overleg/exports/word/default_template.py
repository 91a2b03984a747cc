"""Builds the default house-style template in resources/templates/.

Sober, like a Dutch municipal document: Arial throughout, black and dark grey, A4 with
2.5 cm margins, headings a little larger and bold, tables with thin grey rules. The
template is committed; rebuild it with
`python -m overleg.exports.word.default_template resources/templates/overleg-standaard.docx`.
"""

import sys
from pathlib import Path

import docx
from docx.document import Document
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from overleg.exports.word import styles as st

FONT = "Arial"
INK = RGBColor(0x1A, 0x1A, 0x1A)
GREY = RGBColor(0x59, 0x59, 0x59)
TEXT_WIDTH = Cm(16)  # A4 minus two 2.5 cm margins


def build_default_template() -> Document:
    doc = docx.Document()
    _drop_table_styles_we_do_not_use(doc)
    st.ensure_styles(doc)
    _fonts(doc)
    s = doc.styles
    _para(s[st.NORMAL], size=10, after=6, line=1.15)
    _para(s[st.TITLE], size=20, bold=True, after=2, before=0)
    _para(s[st.SUBTITLE], size=12, color=GREY, after=12)
    _para(s[st.HEADING_1], size=13, bold=True, before=16, after=4)
    _para(s[st.HEADING_2], size=11, bold=True, before=10, after=2)
    _para(s[st.REMARK], size=9, color=GREY, after=4)
    _para(s[st.FACTS], size=10, after=1)
    _para(s[st.HEADER], size=8, color=GREY, after=0)
    _para(s[st.FOOTER], size=8, color=GREY, after=0)
    _para(s[st.LIST_NUMBER], size=10, after=2)
    _para(s[st.LIST_BULLET], size=10, after=2)
    # A heading, its grey detail line and a 'Stukken:' label stay with what follows.
    for name in (st.TITLE, st.HEADING_1, st.HEADING_2, st.REMARK):
        s[name].paragraph_format.keep_with_next = True
    for name in (st.TITLE, st.HEADING_1, st.HEADING_2):
        _drop_title_border(s[name])
    # Heading 1 carries the item numbers ('4<tab>Title'); wrapped lines hang under the
    # title. Heading 2 is never numbered.
    pf = s[st.HEADING_1].paragraph_format
    pf.tab_stops.add_tab_stop(Cm(1))
    pf.left_indent, pf.first_line_indent = Cm(1), Cm(-1)
    _drop_character_spacing(s[st.SUBTITLE])
    for name in (st.HEADER, st.FOOTER):
        tabs = s[name].paragraph_format.tab_stops
        for stop in list(tabs):
            tabs._pPr.tabs.remove(stop._tab)  # noqa: SLF001 - python-docx has no remove()
        tabs.add_tab_stop(TEXT_WIDTH, WD_TAB_ALIGNMENT.RIGHT)
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(2.5))
    section.header_distance = section.footer_distance = Cm(1.2)
    doc.core_properties.title = ""
    doc.core_properties.author = "Overleg"
    doc.core_properties.comments = "Huisstijlsjabloon van Overleg"
    for p in list(doc.paragraphs):
        p._element.getparent().remove(p._element)
    return doc


def _fonts(doc: Document) -> None:
    """Arial for every script, replacing the theme fonts python-docx's template points to."""
    for rfonts in doc.styles.element.iter(qn("w:rFonts")):
        for attr in list(rfonts.attrib):
            if attr.endswith("Theme"):
                del rfonts.attrib[attr]
        for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
            rfonts.set(qn(attr), FONT)
    normal = doc.styles[st.NORMAL]
    normal.font.name = FONT
    normal.element.rPr.rFonts.set(qn("w:cs"), FONT)


def _para(style, *, size: float, bold: bool = False, color: RGBColor = INK,
          before: float | None = None, after: float | None = None,
          line: float | None = None) -> None:
    style.font.size = Pt(size)
    style.font.bold = bold
    style.font.italic = False
    style.font.color.rgb = color
    style.font.name = FONT
    pf = style.paragraph_format
    if before is not None:
        pf.space_before = Pt(before)
    if after is not None:
        pf.space_after = Pt(after)
    if line is not None:
        pf.line_spacing = line


def _drop_title_border(style) -> None:
    ppr = style.element.pPr
    if ppr is not None:
        for tag in ("w:pBdr",):
            for el in ppr.findall(qn(tag)):
                ppr.remove(el)


def _drop_character_spacing(style) -> None:
    rpr = style.element.rPr
    if rpr is not None:
        for el in rpr.findall(qn("w:spacing")):
            rpr.remove(el)


def _drop_table_styles_we_do_not_use(doc: Document) -> None:
    """python-docx's template carries 100+ coloured table styles; a sober one is enough."""
    keep = {"Normal Table", "Table Grid"}
    root = doc.styles.element
    for style in list(root.findall(qn("w:style"))):
        if style.get(qn("w:type")) == "table" and style.find(qn("w:name")).get(
                qn("w:val")) not in keep:
            root.remove(style)


def main(argv: list[str]) -> int:
    target = Path(argv[0]) if argv else Path("resources/templates/overleg-standaard.docx")
    build_default_template().save(str(target))
    print(f"sjabloon geschreven: {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
