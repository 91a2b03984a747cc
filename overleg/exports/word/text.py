"""Making any text a user can type acceptable to python-docx and to Word.

python-docx refuses strings that are not XML 1.0 characters (C0 controls, lone
surrogates, U+FFFE/U+FFFF) with a ValueError, and core properties longer than 255
characters. The domain cleans text at input, but the export functions must not depend on
that: every string passes through here on its way into a document.
"""

import re

# XML 1.0 refuses these; C1 controls are legal XML but Word shows them as boxes.
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
CORE_PROPERTY_MAX = 255


def safe(text: object) -> str:
    """Text with everything XML or Word refuses removed; newlines normalised to \\n."""
    if text is None:
        return ""
    value = str(text).replace("\r\n", "\n").replace("\r", "\n")
    return _ILLEGAL.sub("", value)


def one_line(text: object) -> str:
    """A title or a name: safe, whitespace runs (newlines, tabs) made one space."""
    return " ".join(safe(text).split())


def paragraphs(text: object) -> list[str]:
    """The paragraphs of multi-line text: one per non-empty line, trailing spaces dropped."""
    return [line.rstrip() for line in safe(text).split("\n") if line.strip()]


def core_property(text: object) -> str:
    """A value for the document properties (title, subject): one line, at most 255 chars."""
    value = one_line(text)
    if len(value) > CORE_PROPERTY_MAX:
        value = value[: CORE_PROPERTY_MAX - 1] + "…"
    return value
