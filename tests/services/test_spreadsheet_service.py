"""Excel exports parsed back with openpyxl: real dates, header, filter, frozen row."""

import io
import threading
from datetime import date, datetime

import pytest
from openpyxl import load_workbook

from overleg.domain.enums import FollowUpStatus
from overleg.domain.followups import Target
from overleg.services.progress import Cancelled


def _sheet(data: bytes):
    return load_workbook(io.BytesIO(data)).active


def test_the_action_list_has_typed_columns_a_filter_and_a_frozen_header(demo):
    s = demo
    ws = _sheet(s.spreadsheets.action_list_xlsx(s.followups.filter(as_of=date(2014, 1, 20))))
    header = [c.value for c in ws[1]]
    assert header[:6] == ["Nr.", "Actiepunt", "Eigenaar", "Overlegorgaan", "Afgesproken op",
                          "Termijn"]
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref == f"A1:M{ws.max_row}"
    assert ws[1][0].font.bold and header[-2:] == ["Kenmerk", "Besloten"]
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    assert len(rows) == len(s.followups.all(s.followups.filter()))
    kok = next(r for r in rows if r[2] == "Peter Kok" and r[7] == "open")
    assert isinstance(kok[5], datetime) and kok[5].date() == date(2014, 1, 15)
    assert kok[8] == "ja"  # overdue on 20 January 2014
    assert ws.cell(2, 6).number_format == "dd-mm-yyyy"
    assert ws.column_dimensions["B"].width >= 40


def test_the_decision_register_per_body(demo, tmp_path):
    s = demo
    stt = s.bodies.find("STT")
    out = s.spreadsheets.export_decisions(tmp_path / "besluiten.xlsx", stt.id)
    ws = load_workbook(out).active
    assert ws.title == "Besluitenlijst STT"
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    assert rows and all(r[0].startswith("STT-") and r[2] == stt.name for r in rows)
    assert all(isinstance(r[1], datetime) for r in rows)


def test_text_that_looks_like_a_formula_stays_text(services):
    from tests.helpers import body_with_members, meeting

    s = services
    mid = meeting(s, body_with_members(s), (2013, 9, 19))
    s.minutes.add_followup(mid, "=HYPERLINK(\"http://x\")",
                           target=Target(due_date=date(2013, 10, 1)))
    flt = s.followups.filter(status=FollowUpStatus.OPEN)
    ws = _sheet(s.spreadsheets.action_list_xlsx(flt))
    assert ws.cell(2, 2).value == "=HYPERLINK(\"http://x\")"
    assert ws.cell(2, 2).data_type == "s"


def test_a_cancelled_export_leaves_no_file_and_keeps_the_previous_one(demo, tmp_path):
    out = tmp_path / "acties.xlsx"
    out.write_bytes(b"vorige versie")
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(Cancelled):
        demo.spreadsheets.export_actions(out, cancel=cancel)
    assert [p.name for p in tmp_path.iterdir()] == ["acties.xlsx"]
    assert out.read_bytes() == b"vorige versie"
    reports = []
    demo.spreadsheets.export_decisions(out, progress=lambda *r: reports.append(r))
    assert load_workbook(out).active.title == "Besluitenlijst" and reports[0][0] == 0
