"""Issue 11 on the example data: the follow-up agreed under the closed item 'Aanpak
thuiszitters' (19 September 2013) comes back as item 5 of meeting 8, and reaches no
public output made on the command line: Word agenda and minutes (every XML part), the
calendar entry, the public Excel lists."""

import re
import zipfile

import pytest
from openpyxl import load_workbook

from overleg.cli.main import main

THUIS = "Casusoverleg thuiszitters inrichten met leerplicht en het samenwerkingsverband"


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    assert main(["demo", "--db", str(path)]) == 0
    return path


def docx_text(path) -> str:
    with zipfile.ZipFile(path) as z:
        parts = [z.read(n).decode("utf-8", "replace") for n in z.namelist()
                 if n.endswith(".xml")]
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", " ".join(parts)))


def xlsx_text(path) -> str:
    wb = load_workbook(path)
    return " ".join(str(c.value) for ws in wb.worksheets for row in ws.iter_rows()
                    for c in row if c.value is not None)


def export(demo_db, tmp_path, *argv) -> None:
    assert main([str(a) for a in ["export", *argv, "--db", demo_db]]) == 0


@pytest.mark.parametrize("kind", ["agenda", "minutes"])
def test_public_word_documents_of_meeting_8_leave_the_closed_followup_out(
        demo_db, tmp_path, kind):
    public, full = tmp_path / "openbaar.docx", tmp_path / "volledig.docx"
    export(demo_db, tmp_path, kind, "--meeting", 8, "--public", "--out", public)
    export(demo_db, tmp_path, kind, "--meeting", 8, "--out", full)
    text = docx_text(public)
    assert "Casusoverleg" not in text and "thuiszitters" not in text.lower()
    assert "Eén besloten punt is niet opgenomen." in text
    assert THUIS in docx_text(full)


def test_the_calendar_entry_of_meeting_8_leaves_the_closed_title_out(demo_db, tmp_path):
    out = tmp_path / "m8.ics"
    export(demo_db, tmp_path, "ics", "--meeting", 8, "--out", out)
    text = out.read_text(encoding="utf-8").replace("\r\n ", "")
    assert "Casusoverleg" not in text and "Eén besloten punt is niet opgenomen." in text


@pytest.mark.parametrize("kind", ["actions", "decisions"])
def test_public_excel_lists_leave_closed_records_out_and_the_full_ones_mark_them(
        demo_db, tmp_path, kind):
    public, full = tmp_path / "openbaar.xlsx", tmp_path / "volledig.xlsx"
    export(demo_db, tmp_path, "xlsx", kind, "--public", "--out", public)
    export(demo_db, tmp_path, "xlsx", kind, "--out", full)
    assert "Casusoverleg" not in xlsx_text(public)
    sheet = load_workbook(full).worksheets[0]
    header = [c.value for c in sheet[1]]
    assert header[-1] == "Besloten" and "Besloten" not in [
        c.value for c in load_workbook(public).worksheets[0][1]]
    if kind == "actions":
        text_col = header.index("Actiepunt")
        closed = {r[text_col].value for r in sheet.iter_rows(min_row=2)
                  if r[-1].value == "ja"}
        assert THUIS in closed
        assert "besloten" in xlsx_text(public)  # the neutral line on its own sheet
