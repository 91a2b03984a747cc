"""fpdf2 (2.8) measures the line it is filling again from its first character for every
character it adds (CurrentLine.width), so breaking a paragraph into lines costs the
square of the line's length; in the pack of a 40-item meeting that was about half the
time. This keeps the running width of each fragment: fpdf2 only appends characters to a
fragment's list in place (trimming makes a new list), so the sum of the glyph widths
so far plus the new ones is the same integer fpdf2 sums, and the width the same float.
Fragments with text shaping, stretching, character spacing or a symbol or core font
are measured by fpdf2 itself."""

from typing import Any

from fpdf import FPDF_VERSION
from fpdf.fonts import TTFFont
from fpdf.line_break import CurrentLine, Fragment

FPDF_WIDTH = CurrentLine.width  # fpdf2's own, for the test that compares the two
_CACHE = "_overleg_glyph_sum"  # (characters list, how many counted, their width sum)


def fragment_width(fragment: Fragment, initial_cs: bool) -> float:
    """fragment.get_width(initial_cs=initial_cs), counting only new characters."""
    font = fragment.font
    if (not isinstance(font, TTFFont) or font.is_symbol or fragment.text_shaping_parameters
            or fragment.font_stretching != 100 or fragment.char_spacing != 0):
        return fragment.get_width(initial_cs=initial_cs)
    chars, cw = fragment.characters, font.cw
    known = fragment.__dict__.get(_CACHE)
    if known is not None and known[0] is chars and known[1] <= len(chars):
        total = known[2] + sum(cw[ord(c)] for c in chars[known[1]:])
    else:
        total = sum(cw[ord(c)] for c in chars)
    setattr(fragment, _CACHE, (chars, len(chars), total))
    size = fragment.font_size_pt
    if size > font.biggest_size_pt:  # what TTFFont.get_text_width records too
        font.biggest_size_pt = size
    return total * size * 0.001 / fragment.k


def _line_width(self: Any) -> float:
    width: float = 0
    for i, fragment in enumerate(self.fragments):
        width += fragment_width(fragment, i > 0)
    return width


TESTED = "2.8."  # the fpdf2 releases whose CurrentLine and Fragment this was checked on


def install(version: str = FPDF_VERSION) -> bool:
    """Once, before the first PDF is laid out. Another fpdf2 release keeps its own
    measurement (slower, never wrong): its internals may have changed."""
    if not (version.startswith(TESTED) and isinstance(FPDF_WIDTH, property)
            and "characters" in Fragment.__init__.__code__.co_varnames):
        return False
    CurrentLine.width = property(_line_width)  # type: ignore[method-assign,assignment,unused-ignore]
    return True
