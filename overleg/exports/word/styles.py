"""The Word styles every document uses, by name, and how to add the ones a template lacks.

Documents use only named styles (no direct formatting beyond bold labels), so a
municipality's own template restyles everything. A template made in Word often defines
only the styles its author used; the missing ones are added here with plain settings
that inherit the template's Normal style, so the template still decides fonts and colours.
"""

from docx.document import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt

from overleg.exports.word.template_fit import numbering_part

TITLE = "Title"
SUBTITLE = "Subtitle"
HEADING_1 = "Heading 1"
HEADING_2 = "Heading 2"
NORMAL = "Normal"
LIST_NUMBER = "List Number"
LIST_BULLET = "List Bullet"
HEADER = "Header"
FOOTER = "Footer"
TABLE = "Overleg Tabel"  # the named table style of every table
FACTS = "Overleg Gegevens"  # 'Datum:<tab>donderdag 19 september 2013' lines
REMARK = "Overleg Toelichting"  # small grey lines: kind, presenter, time
LABEL = "Overleg Kop in tekst"  # 'Besluit …:' / 'Actie:' run style (character)

PARAGRAPH_STYLES = (TITLE, SUBTITLE, HEADING_1, HEADING_2, LIST_NUMBER, LIST_BULLET, HEADER,
                    FOOTER, FACTS, REMARK)
REQUIRED = (NORMAL, *PARAGRAPH_STYLES, LABEL, TABLE)

# Built-in names Word knows; the others are ours and are based on Normal.
_BUILTIN_SIZES = {TITLE: 18, SUBTITLE: 12, HEADING_1: 13, HEADING_2: 11}


def ensure_styles(doc: Document) -> list[str]:
    """Add the styles this document needs and lacks; returns their names."""
    present = {s.name for s in doc.styles}
    added = [name for name in REQUIRED if name not in present]
    for name in added:
        if name == TABLE:
            _add_table_style(doc)
        elif name == LABEL:
            style = doc.styles.add_style(name, WD_STYLE_TYPE.CHARACTER)
            style.font.bold = True
        else:
            _add_paragraph_style(doc, name)
    for name, fmt in ((LIST_NUMBER, "decimal"), (LIST_BULLET, "bullet")):
        if name not in added and not has_list(doc, doc.styles[name]):
            _give_numbering(doc, doc.styles[name], fmt)
    return added


def has_list(doc: Document, style) -> bool:
    """Whether the style's numbering points at a list that exists (a template saved
    without numbering.xml keeps the reference but loses the list)."""
    ppr = style.element.pPr
    num_pr = ppr.find(qn("w:numPr")) if ppr is not None else None
    num_id = num_pr.find(qn("w:numId")) if num_pr is not None else None
    if num_id is None:
        return False
    wanted = num_id.get(qn("w:val"))
    return any(n.get(qn("w:numId")) == wanted
               for n in numbering_part(doc).element.findall(qn("w:num")))


def _add_paragraph_style(doc: Document, name: str) -> None:
    style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    if name != NORMAL:
        style.base_style = doc.styles[NORMAL]
    if name in _BUILTIN_SIZES:
        style.font.bold = True
        style.font.size = Pt(_BUILTIN_SIZES[name])
        style.paragraph_format.space_before = Pt(12)
        style.paragraph_format.keep_with_next = True
    if name in (HEADING_1, HEADING_2):
        level = 0 if name == HEADING_1 else 1
        style.element.get_or_add_pPr().append(
            parse_xml(f'<w:outlineLvl {nsdecls("w")} w:val="{level}"/>'))
    if name == REMARK:
        style.font.size = Pt(9)
    if name == FACTS:
        style.paragraph_format.left_indent = Cm(4)
        style.paragraph_format.first_line_indent = Cm(-4)
        style.paragraph_format.tab_stops.add_tab_stop(Cm(4))
        style.paragraph_format.space_after = Pt(0)
    if name in (LIST_NUMBER, LIST_BULLET):
        _give_numbering(doc, style, "decimal" if name == LIST_NUMBER else "bullet")


def _give_numbering(doc: Document, style, fmt: str) -> None:
    """A numbering definition for a list style the template lacks."""
    numbering = numbering_part(doc).element
    abstract_ids = [int(a.get(qn("w:abstractNumId"))) for a in
                    numbering.findall(qn("w:abstractNum"))]
    abstract_id = max(abstract_ids, default=0) + 1
    text = "%1." if fmt == "decimal" else "•"
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">'
        f'<w:multiLevelType w:val="singleLevel"/>'
        f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
        f'<w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl></w:abstractNum>')
    # abstractNum elements must precede num elements in numbering.xml.
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    num = numbering.add_num(abstract_id)
    ppr = style.element.get_or_add_pPr()
    for old in ppr.findall(qn("w:numPr")):
        ppr.remove(old)
    ppr.get_or_add_numPr().get_or_add_numId().val = num.numId  # in the schema's order


def _add_table_style(doc: Document) -> None:
    style = doc.styles.add_style(TABLE, WD_STYLE_TYPE.TABLE)
    style.base_style = doc.styles["Normal Table"] if _has(doc, "Normal Table") else None
    for element in table_style_xml():
        style.element.append(element)


def table_style_xml() -> list:
    """Thin grey rules, a bold header row on a light grey band; the sober municipal table."""
    border = 'w:val="single" w:sz="4" w:space="0" w:color="8C8C8C"'
    return [
        parse_xml(f'<w:pPr {nsdecls("w")}><w:spacing w:before="40" w:after="40"/></w:pPr>'),
        parse_xml(f'<w:tblPr {nsdecls("w")}><w:tblBorders><w:top {border}/>'
                  f'<w:bottom {border}/><w:insideH {border}/></w:tblBorders>'
                  f'<w:tblCellMar><w:left w:w="85" w:type="dxa"/>'
                  f'<w:right w:w="85" w:type="dxa"/></w:tblCellMar></w:tblPr>'),
        parse_xml(f'<w:tblStylePr {nsdecls("w")} w:type="firstRow"><w:rPr><w:b/></w:rPr>'
                  f'<w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="E7E6E6"/></w:tcPr>'
                  f'</w:tblStylePr>'),
    ]


def _has(doc: Document, name: str) -> bool:
    return any(s.name == name for s in doc.styles)
