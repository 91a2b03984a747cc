"""Header and footer on every page: the body name and markers above, 'pagina X van Y'
below, in each header a template defines (first page, even pages, the others).

A template's own content (logo, address) stays and ours is added below it. The markers
sit at a right tab of the paragraph itself, at the text width of the page, so a template
whose Header style has other tab stops (Word's centre tab) does not run the marker into
the body name.
"""

from docx.document import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.section import Section
from docx.shared import Length, Twips
from docx.text.paragraph import Paragraph

from overleg.exports.word import styles as st
from overleg.exports.word.text import one_line, safe

LOGO_ALT = "Logo"
# What Word uses when a template's section leaves them out: Letter, 1-inch margins.
_WORD_PAGE_WIDTH, _WORD_MARGIN = Twips(12240), Twips(1440)


def write_header_footer(doc: Document, left: str, right: str) -> None:
    header_style, footer_style = doc.styles[st.HEADER], doc.styles[st.FOOTER]
    label_style = doc.styles[st.LABEL]
    odd_even = doc.settings.odd_and_even_pages_header_footer
    for section in doc.sections:
        width = _text_width(section)
        headers = [(section.header, section.footer)]
        if section.different_first_page_header_footer:
            headers.append((section.first_page_header, section.first_page_footer))
        if odd_even:
            headers.append((section.even_page_header, section.even_page_footer))
        for header, footer in headers:
            header.is_linked_to_previous = False
            p = _fresh_paragraph(header, header_style)
            _right_tab_only(p, width)
            p.add_run(one_line(left))
            if one_line(right):
                if _fits(doc, header_style, one_line(left) + one_line(right), width):
                    p.add_run("\t")
                else:  # too long for one line: the marker right-aligned on its own line
                    p = header.add_paragraph(style=header_style)
                    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                p.add_run(one_line(right), style=label_style)
            _describe_pictures(header)
            footer.is_linked_to_previous = False
            _describe_pictures(footer)
            if _has_field(footer, "PAGE"):
                continue
            p = _fresh_paragraph(footer, footer_style)
            _right_tab_only(p, width)
            p.add_run("\tpagina ")
            _field(p, "PAGE", "1")
            p.add_run(" van ")
            _field(p, "NUMPAGES", "1")


def _fits(doc: Document, style, text: str, width) -> bool:
    """Whether text (plus a gap) fits on one line, estimated generously from the font
    size (bold markers and wide fonts run longer than the average letter)."""
    return (len(text) + 4) * _points(doc, style) * 0.6 * 12700 < width


def _points(doc: Document, style) -> float:
    """The font size of a style, through its base styles to the document default."""
    while style is not None:
        if style.font.size is not None:
            return style.font.size.pt
        style = style.base_style
    sz = doc.styles.element.find(qn("w:docDefaults") + "//" + qn("w:sz"))
    return int(sz.get(qn("w:val"))) / 2 if sz is not None else 10


def _text_width(section: Section) -> Length:
    page, left, right = section.page_width, section.left_margin, section.right_margin
    return Length((_WORD_PAGE_WIDTH if page is None else page)
                  - (_WORD_MARGIN if left is None else left)
                  - (_WORD_MARGIN if right is None else right))


def _right_tab_only(p: Paragraph, width) -> None:
    """Clear the style's tab stops for this paragraph and set one right tab at the
    text width."""
    stops = p.paragraph_format.tab_stops
    for stop in p.style.paragraph_format.tab_stops if p.style is not None else ():
        if abs(stop.position - width) < 20 * 635:  # ours (within 1 pt): a clear would win
            continue
        tab = OxmlElement("w:tab")
        tab.set(qn("w:val"), "clear")
        tab.set(qn("w:pos"), str(int(stop.position.twips)))
        stops._pPr.get_or_add_tabs().append(tab)  # noqa: SLF001 - no public 'clear'
    stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)


def _describe_pictures(part) -> None:
    """Alt text for a template's logo, which screen readers otherwise announce as an
    unnamed picture."""
    for doc_pr in part._element.iter(qn("wp:docPr")):  # noqa: SLF001
        if not (doc_pr.get("descr") or "").strip():
            doc_pr.set("descr", LOGO_ALT)


def _fresh_paragraph(part, style) -> Paragraph:
    """The header's only empty paragraph, or a new one below the template's content."""
    existing = part.paragraphs
    if len(existing) == 1 and not existing[0].text and not _has_drawing(existing[0]):
        existing[0].style = style
        return existing[0]
    return part.add_paragraph(style=style)


def _has_drawing(p: Paragraph) -> bool:
    return any(el.tag in (qn("w:drawing"), qn("w:pict")) for el in p._p.iter())


def _has_field(part, name: str) -> bool:
    xml = part._element.xml
    return f" {name} " in xml or f'w:instr="{name}' in xml or f"> {name}<" in xml


def _field(p: Paragraph, instruction: str, shown: str) -> None:
    """A complex field (begin, instruction, separate, cached result, end). Page fields
    are recomputed by Word and LibreOffice at layout; no 'dirty' flag, which would make
    Word ask the reader to update fields on opening."""
    def fld(kind: str):
        run = p.add_run()
        run._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="{kind}"/>'))

    fld("begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} \\* MERGEFORMAT "
    p.add_run()._r.append(instr)
    fld("separate")
    p.add_run(safe(shown))
    fld("end")


def end_without_blank_page(doc: Document) -> None:
    """The body must end in a paragraph (Word requires one after a closing table); an
    empty one there is made 1 pt high, so it never pushes a page of its own."""
    body = doc.element.body
    last = body.find(qn("w:sectPr"))
    p = last.getprevious() if last is not None else (body[-1] if len(body) else None)
    if p is None or p.tag != qn("w:p") or "".join(p.itertext()).strip():
        return
    ppr = p.get_or_add_pPr()
    spacing = ppr.get_or_add_spacing()
    spacing.before = spacing.after = 0
    spacing.set(qn("w:line"), "20")  # twentieths of a point: 1 pt, exactly
    spacing.set(qn("w:lineRule"), "exact")
    for old in ppr.findall(qn("w:rPr")):
        ppr.remove(old)
    ppr.append(parse_xml(f'<w:rPr {nsdecls("w")}><w:sz w:val="2"/><w:szCs w:val="2"/></w:rPr>'))
