"""Our running line width breaks text into the same lines as fpdf2's own measurement."""

import pytest
from fpdf.enums import MethodReturnValue
from fpdf.line_break import CurrentLine

from overleg.exports.pdf import line_width
from overleg.exports.pdf.page import HousePdf

TEXT = ("Passend onderwijs en jeugdhulp: één aanpak voor thuiszitters, afgestemd met "
        "**het samenwerkingsverband** en de gemeenten. ") * 30 + "Zonder\u00adspaties" * 40


def _lines() -> list:
    pdf = HousePdf(pdfa=False)
    pdf.add_page()
    lines = []
    for size, style, width in ((11, "", 0), (9, "B", 60), (14, "", 33)):
        pdf.set_font("LiberationSans", style=style, size=size)
        lines += pdf.multi_cell(width, 5, TEXT, markdown=True, dry_run=True,
                                output=MethodReturnValue.LINES | MethodReturnValue.HEIGHT)
    return lines


def test_text_breaks_into_the_lines_fpdf2_breaks_it_into(monkeypatch: pytest.MonkeyPatch):
    ours = _lines()
    monkeypatch.setattr(CurrentLine, "width", line_width.FPDF_WIDTH)
    assert _lines() == ours
    assert len(ours[0]) > 40  # many lines, at each of their widths


def test_another_fpdf2_release_keeps_its_own_measurement(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(CurrentLine, "width", line_width.FPDF_WIDTH)
    assert line_width.install("2.9.0") is False
    assert CurrentLine.width is line_width.FPDF_WIDTH
    assert line_width.install() is True  # the release installed here is the tested one
