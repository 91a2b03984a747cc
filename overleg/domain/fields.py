"""Field formats every entrance checks the same way: closed vocabularies, e-mail
addresses, codes and short names, and file names made from user text.

Text lengths and the cleaning of free text live in text.py; this module holds the formats.
Each function either returns the value as the domain stores it or raises ValidationError
with one Dutch sentence naming the field, so a screen, a service, an archive import and a
spreadsheet import all give the same refusal for the same bad value.
"""

import re
from enum import StrEnum
from typing import TypeVar

from overleg.domain.errors import ValidationError
from overleg.domain.text import clean_line

E = TypeVar("E", bound=StrEnum)

SHORT_NAME_MAX = 40  # an organisation's abbreviation
CODE_MAX = 20  # a body's or a theme's code: it goes into decision numbers and file names
EMAIL_MAX = 254  # RFC 5321
FILE_NAME_MAX = 120  # leaves room for a folder path within Windows' 260 characters

# One address, nothing else: local part, '@', a domain (an intranet's may lack a dot).
# No spaces, angle brackets, quotes, commas or semicolons: those belong to a display
# name or a list of addresses.
_EMAIL = re.compile(r"[^\s@<>()\[\]\\,;:\"]+@[^\s@<>()\[\]\\,;:\".]+(\.[^\s@<>()\[\]\\,;:\".]+)*")

# Characters Windows, macOS or a ZIP reader treat as structure in a path, and controls.
_PATH_CHARS = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f]')
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{n}" for n in range(1, 10)),
             *(f"LPT{n}" for n in range(1, 10))}


def enum_value(kind: type[E], value: object, *, field: str) -> E:
    """The vocabulary value, or one sentence listing the values allowed."""
    try:
        if isinstance(value, str):  # a member is a str too; anything else is unknown
            return kind(value)
    except ValueError:
        pass
    allowed = ", ".join(str(v) for v in kind)
    raise ValidationError(f"Het veld '{field}' heeft de onbekende waarde '{value}'; "
                          f"toegestaan zijn {allowed}.", field=field)


def optional_enum(kind: type[E], value: object, *, field: str) -> E | None:
    return None if value is None else enum_value(kind, value, field=field)


def email_address(value: str | None, *, field: str = "e-mail") -> str:
    """A single address or ''. 'Ingrid Bos <i.bos@...>' is refused, not rewritten: the
    name belongs in the name field, and an import must store what its source holds (a
    rewritten record would differ from the same UUID elsewhere)."""
    text = clean_line(value, field=field, max_length=EMAIL_MAX)
    if text and not _EMAIL.fullmatch(text):
        raise ValidationError(f"'{text}' is geen geldig e-mailadres; schrijf alleen het "
                              "adres, zoals i.bos@gemeente.nl.", field=field)
    return text


def short_name(value: str | None, *, field: str = "afkorting") -> str:
    return clean_line(value, field=field, max_length=SHORT_NAME_MAX)


def safe_code(value: str | None, *, field: str = "code", max_length: int = CODE_MAX) -> str:
    """A code that is safe in decision numbers and file names: no path characters,
    no controls, not only dots."""
    text = clean_line(value, field=field, required=True, max_length=max_length)
    if _PATH_CHARS.search(text) or not text.strip("."):
        raise ValidationError(f"De {field} '{text}' mag geen / \\ : * ? \" < > | of "
                              "stuurtekens bevatten.", field=field)
    return text


def safe_file_name(text: str, *, fallback: str = "document") -> str:
    """A file name made from user text (a body code, a title): path characters become
    '-', no leading or trailing dots and spaces, no reserved Windows device name, and
    short enough for a Windows path. The extension is the caller's."""
    name = _PATH_CHARS.sub("-", " ".join(str(text).split()))
    name = name.strip(" .")[:FILE_NAME_MAX].strip(" .")
    if not name or name.split(".")[0].upper() in _RESERVED:
        name = f"{fallback}-{name}" if name else fallback
    return name


def derived_code(stored: str | None, taken: set[str]) -> str:
    """A code the rule accepts, made from one it refuses (written before the rule or by
    another program): path characters become '-' ('PO/VO' -> 'PO-VO'), controls go, the
    length is cut to CODE_MAX, and '-2', '-3', ... keeps it apart from the codes in
    `taken` (compared upper-cased, as codes are stored)."""
    text = _PATH_CHARS.sub("-", " ".join(str(stored or "").split())).upper()
    text = re.sub(r"-{2,}", "-", text).strip(" .-") or "ORGAAN"
    taken = {t.upper() for t in taken}
    candidate, n = text[:CODE_MAX].strip(" .-"), 1
    while candidate in taken:
        n += 1
        suffix = f"-{n}"
        candidate = text[:CODE_MAX - len(suffix)].strip(" .-") + suffix
    return safe_code(candidate)
