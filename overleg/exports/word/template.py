"""Opening a house-style template (.docx or .dotx) as the start of a new document.

A template that cannot be used is refused with one sentence; the caller never silently
falls back to the default, because a document in the wrong house style that looks fine
is worse than a clear message.
"""

import io
import zipfile
from pathlib import Path

import docx
from docx.document import Document
from docx.oxml.ns import qn

from overleg.domain import input_limits
from overleg.domain.errors import OverlegError
from overleg.domain.input_limits import MB, TEMPLATE, InputLimitError
from overleg.exports.word.styles import ensure_styles
from overleg.exports.word.template_fit import fit_template

_TEMPLATE_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
_DOCUMENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_MACRO_TYPES = ("application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
                "application/vnd.ms-word.document.macroEnabled.main+xml")


class TemplateError(OverlegError):
    """A template file that is missing, not a Word document, or damaged."""


def open_template(path: str | Path) -> Document:
    """A new, empty document carrying the template's styles, page set-up, header and
    footer. Styles the documents need and the template lacks are added."""
    path = Path(path)
    name = path.name
    try:
        if path.is_file() and path.stat().st_size > TEMPLATE.max_member_bytes:
            raise InputLimitError(f"Het sjabloon '{name}' is groter dan "
                                  f"{TEMPLATE.max_member_bytes // MB} MB, de grens voor een "
                                  "sjabloon.")
        raw = path.read_bytes()
    except FileNotFoundError:
        raise TemplateError(f"Het sjabloon '{path}' bestaat niet.") from None
    except IsADirectoryError:
        raise TemplateError(f"Het sjabloon '{path}' is een map, geen Word-bestand.") from None
    except OSError as exc:
        raise TemplateError(f"Het sjabloon '{path}' kan niet worden gelezen "
                            f"({exc.strerror or exc}).") from None
    try:
        doc = docx.Document(io.BytesIO(as_document_package(raw, name)))
        fit_template(doc)
        ensure_styles(doc)
    except (TemplateError, InputLimitError):
        raise
    except Exception:  # python-docx raises KeyError, ValueError, lxml errors on bad parts
        raise TemplateError(f"Het sjabloon '{name}' is beschadigd of geen Word-document; "
                            "kies een ander .docx- of .dotx-bestand.") from None
    _empty_body(doc)
    return doc


def as_document_package(raw: bytes, name: str) -> bytes:
    """The bytes of a .docx: a .dotx differs only in the main part's content type."""
    try:
        with input_limits.open_zip(io.BytesIO(raw), name, TEMPLATE) as zin:
            types = input_limits.read_member(zin, "[Content_Types].xml", name,
                                             TEMPLATE).decode("utf-8")
            if any(t in types for t in _MACRO_TYPES):
                raise TemplateError(f"Het sjabloon '{name}' bevat macro's (.docm/.dotm); sla "
                                    "het in Word op als .dotx of .docx.")
            if _TEMPLATE_TYPE not in types:
                if _DOCUMENT_TYPE not in types:
                    raise TemplateError(f"Het sjabloon '{name}' is geen Word-document "
                                        "(.docx of .dotx).")
                return raw
            out = io.BytesIO()
            with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
                for item in zin.infolist():
                    data = input_limits.read_member(zin, item.filename, name, TEMPLATE)
                    if item.filename == "[Content_Types].xml":
                        data = types.replace(_TEMPLATE_TYPE, _DOCUMENT_TYPE).encode("utf-8")
                    zout.writestr(item, data)
            return out.getvalue()
    except InputLimitError:
        raise
    except (zipfile.BadZipFile, KeyError, UnicodeDecodeError, EOFError, ValueError,
            RuntimeError, NotImplementedError):
        raise TemplateError(f"Het sjabloon '{name}' is geen Word-document (.docx of .dotx), "
                            "of het is beveiligd met een wachtwoord.") from None


def _empty_body(doc: Document) -> None:
    """Drop the template's sample text; keep the section properties (page, header)."""
    body = doc.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
