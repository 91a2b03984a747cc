"""Making a template as users save it fit for python-docx, before styles are added.

Word, LibreOffice and hand-edited templates differ in ways Word itself shrugs off:
LibreOffice writes 'Heading 1' where Word writes 'heading 1'; a Dutch user's own styles
are called 'Kop 1' or 'Titel'; a template without lists has no numbering.xml; a header
defined in an earlier section is inherited by the last. Each is repaired here, so that
any template LibreOffice opens is used instead of refused.
"""

import copy

from docx.document import Document
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.parts.numbering import NumberingPart

# Word's own (internal) names of the built-in styles the documents use, by lower case.
_BUILTIN = {n.lower(): n for n in (
    "heading 1", "heading 2", "heading 3", "header", "footer", "caption", "Title",
    "Subtitle", "Normal", "List Number", "List Bullet", "Table Grid", "Normal Table")}
# Names a Dutch user gives these styles (LibreOffice and hand-made templates store the
# shown name; Word stores the built-in English one).
_DUTCH = {"kop 1": "heading 1", "kop 2": "heading 2", "kop 3": "heading 3",
          "titel": "Title", "ondertitel": "Subtitle", "koptekst": "header",
          "voettekst": "footer", "standaard": "Normal", "lijstnummering": "List Number",
          "lijst opsommingsteken": "List Bullet", "opsommingsteken": "List Bullet",
          "tabelraster": "Table Grid", "bijschrift": "caption"}


def fit_template(doc: Document) -> None:
    _normalise_style_names(doc)
    numbering_part(doc)
    _inherit_headers(doc)


def _normalise_style_names(doc: Document) -> None:
    """Built-in styles under Word's own names, so lookups by name find them; a localised
    name is taken over only when the template has no style of that name already."""
    styles = doc.styles.element.findall(qn("w:style"))
    taken = {_name(s).lower() for s in styles}
    for style in styles:
        el = style.find(qn("w:name"))
        if el is None:
            continue
        lower = el.get(qn("w:val"), "").lower()
        if lower in _BUILTIN:
            el.set(qn("w:val"), _BUILTIN[lower])
        elif lower in _DUTCH and _DUTCH[lower].lower() not in taken:
            el.set(qn("w:val"), _DUTCH[lower])
            taken.add(_DUTCH[lower].lower())


def _name(style) -> str:
    el = style.find(qn("w:name"))
    return el.get(qn("w:val"), "") if el is not None else ""


def numbering_part(doc: Document):
    """The numbering definitions, created empty when the template has none (python-docx
    raises NotImplementedError there, which refused every template without lists)."""
    try:
        return doc.part.part_related_by(RT.NUMBERING)
    except KeyError:
        part = NumberingPart(PackURI("/word/numbering.xml"), CT.WML_NUMBERING,
                             parse_xml(f'<w:numbering {nsdecls("w")}/>'), doc.part.package)
        doc.part.relate_to(part, RT.NUMBERING)
        return part


def _inherit_headers(doc: Document) -> None:
    """The last section takes the headers and footers it inherits from earlier ones
    (Word's 'link to previous'): the body is emptied later, earlier sections with it."""
    body = doc.element.body
    last = body.find(qn("w:sectPr"))
    if last is None:
        return
    inherited: dict[tuple[str, str], object] = {}
    for sect in body.iter(qn("w:sectPr")):
        if sect is last:
            break
        for tag in ("w:headerReference", "w:footerReference"):
            for ref in sect.findall(qn(tag)):
                inherited[(tag, ref.get(qn("w:type")))] = ref
    own = {(tag, ref.get(qn("w:type"))) for tag in ("w:headerReference", "w:footerReference")
           for ref in last.findall(qn(tag))}
    for key, ref in inherited.items():
        if key not in own:
            last.insert(0, copy.deepcopy(ref))
