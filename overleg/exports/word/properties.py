"""What a document says about itself: title, author, dates, and its language.

Word spell-checks by the language on styles and runs; templates (python-docx's own
among them) are tagged en-US, so every language tag becomes nl-NL. The creation date is
the moment of export, not the template's (python-docx's template dates from 2013).
"""

import getpass
from datetime import UTC, datetime

from docx.document import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from overleg.exports.word.text import core_property, one_line

LANGUAGE = "nl-NL"


def set_properties(doc: Document, title: str, subject: str, *, author: str = "",
                   now: datetime | None = None) -> None:
    cp = doc.core_properties
    cp.title = core_property(title)
    cp.subject = core_property(subject)
    stamp(doc, author=author, now=now)
    cp.comments = ""
    cp.language = LANGUAGE
    set_language(doc)


def stamp(doc: Document, *, author: str = "", now: datetime | None = None) -> None:
    """Author and dates: the one who exports (settings or login name), at this moment."""
    cp = doc.core_properties
    # Office stores UTC; a naive moment is local time.
    moment = (now or datetime.now()).astimezone(UTC).replace(microsecond=0,
                                                                     tzinfo=None)
    cp.author = cp.last_modified_by = core_property(one_line(author) or _login())
    cp.created = cp.modified = moment
    if cp.last_printed is not None:  # the template's print date is not ours
        cp.last_printed = moment
    cp.revision = 1


def _login() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name in some sandboxes
        return "Overleg"


def set_language(doc: Document) -> None:
    """nl-NL as the document default and on every style and run that names a language
    (the Latin one; east-Asian and bidi languages are left as they are)."""
    styles = doc.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = parse_xml(f'<w:docDefaults {nsdecls("w")}/>')
        styles.insert(0, defaults)
    rpr_default = defaults.find(qn("w:rPrDefault"))
    if rpr_default is None:
        rpr_default = parse_xml(f'<w:rPrDefault {nsdecls("w")}/>')
        defaults.insert(0, rpr_default)
    rpr = rpr_default.find(qn("w:rPr"))
    if rpr is None:
        rpr = parse_xml(f'<w:rPr {nsdecls("w")}/>')
        rpr_default.append(rpr)
    if rpr.find(qn("w:lang")) is None:
        rpr.append(parse_xml(f'<w:lang {nsdecls("w")} w:val="{LANGUAGE}"/>'))
    for root in (styles, doc.element):
        for lang in root.iter(qn("w:lang")):
            lang.set(qn("w:val"), LANGUAGE)
    settings = doc.settings.element
    for theme in settings.iter(qn("w:themeFontLang")):
        theme.set(qn("w:val"), LANGUAGE)
