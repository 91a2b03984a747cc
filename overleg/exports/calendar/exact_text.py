"""Text for a calendar property, escaped as RFC 5545 says. icalendar (7.x) takes a
backslash followed by N in the text for a line break before it escapes, so a location
typed as 'Zaal \\N' came back as a new line; this escapes the text exactly as it is."""

from functools import cache
from typing import Any

_ESCAPES = (("\\", "\\\\"), (";", r"\;"), (",", r"\,"), ("\r\n", r"\n"), ("\n", r"\n"),
            ("\r", r"\n"))


@cache
def _exact_text_type() -> Any:
    from icalendar.prop import vText  # imported with the first calendar, not at start-up

    class ExactText(vText):
        def to_ical(self) -> bytes:
            text = str(self)
            for old, new in _ESCAPES:
                text = text.replace(old, new)
            return text.encode("utf-8")  # what RFC 5545 files are, as vText writes them

    return ExactText


def exact_text(value: str) -> Any:
    """The value as an icalendar text property that keeps every character."""
    return _exact_text_type()(value)
