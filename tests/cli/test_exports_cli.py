"""`overleg export ics|xlsx` and `overleg import actions` on the example database."""

import hashlib
import json

import pytest
from icalendar import Calendar
from openpyxl import load_workbook

from overleg.cli.main import main
from tests.imports.messy_sheets import messy_xlsx


@pytest.fixture
def demo_db(tmp_path):
    path = tmp_path / "demo.db"
    assert main(["demo", "--db", str(path)]) == 0
    return path


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_export_ics_of_a_body_year_and_of_one_meeting(capsys, demo_db, tmp_path):
    out = tmp_path / "stt.ics"
    code, text, _ = run(capsys, "export", "ics", "--db", demo_db, "--body", "STT",
                        "--year", 2013, "--deadlines", "all-day", "--out", out)
    assert code == 0 and "Agendabestand geschreven" in text
    cal = Calendar.from_ical(out.read_bytes())
    assert len([e for e in cal.walk("VEVENT") if "Actiepunt" not in str(e["summary"])]) == 2
    one = tmp_path / "een.ics"
    assert run(capsys, "export", "ics", "--db", demo_db, "--meeting", 5, "--out", one)[0] == 0
    assert len(Calendar.from_ical(one.read_bytes()).walk("VEVENT")) == 1


def test_deadlines_go_with_one_meeting_and_an_empty_year_is_said(capsys, demo_db, tmp_path):
    one = tmp_path / "een.ics"
    with_deadlines = [m for m in range(1, 12) if run(
        capsys, "export", "ics", "--db", demo_db, "--meeting", m, "--deadlines", "todo",
        "--out", one)[0] == 0 and Calendar.from_ical(one.read_bytes()).walk("VTODO")]
    assert with_deadlines  # some meeting of the example agreed dated follow-ups
    empty = tmp_path / "leeg.ics"
    code, _, err = run(capsys, "export", "ics", "--db", demo_db, "--body", "STT",
                       "--year", 2031, "--out", empty)
    assert code == 1 and "geen vergaderingen" in err and err.count("\n") == 1
    assert not empty.exists()


def test_export_of_a_missing_meeting_is_one_sentence(capsys, demo_db, tmp_path):
    code, _, err = run(capsys, "export", "ics", "--db", demo_db, "--meeting", 999,
                       "--out", tmp_path / "x.ics")
    assert code == 1 and err.startswith("overleg: ") and err.count("\n") == 1
    assert not (tmp_path / "x.ics").exists()


def test_export_xlsx_actions_and_decisions(capsys, demo_db, tmp_path):
    out = tmp_path / "acties.xlsx"
    assert run(capsys, "export", "xlsx", "actions", "--db", demo_db, "--open",
               "--out", out)[0] == 0
    rows = list(load_workbook(out).active.iter_rows(min_row=2, values_only=True))
    assert rows and {r[7] for r in rows} == {"open"}
    out = tmp_path / "besluiten.xlsx"
    assert run(capsys, "export", "xlsx", "decisions", "--db", demo_db, "--body", "PFO",
               "--out", out)[0] == 0
    assert load_workbook(out).active.max_row > 1


def test_import_actions_reports_skipped_rows_and_adds_the_rest(capsys, demo_db, tmp_path):
    sheet = messy_xlsx(tmp_path / "acties.xlsx")
    code, out, err = run(capsys, "import", "actions", "--db", demo_db, sheet, "--meeting", 5)
    assert code == 0
    assert "3 actiepunten ingelezen uit acties.xlsx." in out
    assert "Nieuwe personen toegevoegd: Karin de Wit." in out
    assert err.splitlines() == [
        "regel 9 overgeslagen: 'binnenkort' is geen geldige datum; schrijf bijvoorbeeld "
        "2013-09-19.",
        "regel 10 overgeslagen: Er staat geen omschrijving van het actiepunt in.",
        "regel 11 overgeslagen: De status 'misschien' is onbekend; gebruik open, afgerond "
        "of vervallen."]
    _, listing, _ = run(capsys, "actions", "--db", demo_db, "--json", "--body", "STT")
    assert "Casusoverleg inrichten" in {a["text"] for a in json.loads(listing)}


def test_import_with_a_bad_mapping_changes_nothing(capsys, demo_db, tmp_path):
    sheet = messy_xlsx(tmp_path / "acties.xlsx")
    mapping = tmp_path / "koppeling.json"
    mapping.write_text('{"actiepunt": "Bestaat niet"}', encoding="utf-8")
    before = hashlib.sha256(demo_db.read_bytes()).hexdigest()
    code, _, err = run(capsys, "import", "actions", "--db", demo_db, sheet,
                       "--mapping", mapping)
    assert code == 1 and "Bestaat niet" in err and err.count("\n") == 1
    assert hashlib.sha256(demo_db.read_bytes()).hexdigest() == before
