"""Writing a calendar's content lines, folded at 75 octets as RFC 5545 says, byte for
byte as icalendar's own Component.to_ical writes them. icalendar folds one character
at a time (encoding each to count its octets): on a body-year with its deadlines that
was over a third of the export's time. A line of ASCII text folds here by slicing; any
other line goes through icalendar's own content line."""

from typing import Any

_LIMIT = 74  # octets per physical line: icalendar breaks before the 75th
_ESCAPES = "\\^"  # a text or parameter escape is not split from what it escapes


def calendar_bytes(component: Any) -> bytes:
    """`component.to_ical()`, folded faster."""
    lines = component.content_lines()
    return b"\r\n".join(_folded(line) for line in lines if line) + b"\r\n"


def _folded(line: Any) -> bytes:
    if not line.isascii():
        return line.to_ical()  # icalendar's fold counts the octets of each character
    return fold_ascii(str(line)).encode("ascii")


def fold_ascii(line: str) -> str:
    """icalendar's fold of an ASCII line: 74 characters a line, the next ones after
    CRLF and a space; a line that would end in a backslash or caret ends one earlier."""
    if len(line) <= _LIMIT:
        return line
    parts, start, end = [], 0, len(line)
    while end - start > _LIMIT:
        size = _LIMIT - 1 if line[start + _LIMIT - 1] in _ESCAPES else _LIMIT
        parts.append(line[start:start + size])
        start += size
    parts.append(line[start:])
    return "\r\n ".join(parts)
