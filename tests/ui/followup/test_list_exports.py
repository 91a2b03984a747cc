"""Exports and import from the action list and the decision register."""

from datetime import date
from pathlib import Path

from docx import Document
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from overleg.ui.followup.action_list_screen import ActionListScreen
from overleg.ui.followup.decision_register_screen import DecisionRegisterScreen
from tests.ui.fakes import FakePrompts


def finished(qtbot, work) -> Path:
    """The file a background export wrote, once it is done."""
    qtbot.waitUntil(lambda: not work.running, timeout=30_000)
    assert work.outcome == "done"
    return Path(work.result)


def test_the_action_list_exports_what_it_shows_to_word_and_excel(qtbot, demo, tmp_path):
    prompts, opened = FakePrompts(), []
    screen = ActionListScreen(demo, prompts)
    qtbot.addWidget(screen)
    screen.opener = opened.append
    screen.text_filter.setText("ondersteuningsplan")
    prompts.answer(tmp_path / "acties")
    excel = finished(qtbot, screen.export_excel())
    rows = list(load_workbook(excel).active.iter_rows(values_only=True))
    texts = [r for r in rows[1:] if any(r)]
    assert texts and all(any("ondersteuningsplan" in str(c).lower() for c in r) for r in texts)
    prompts.answer(tmp_path / "acties.docx")
    word = finished(qtbot, screen.export_word())
    assert "Actielijst" in "\n".join(p.text for p in Document(str(word)).paragraphs)
    assert opened == [excel, word] and excel.suffix == ".xlsx" and prompts.errors == []


def test_the_decision_register_exports_to_word_and_excel(qtbot, demo, tmp_path):
    prompts, opened = FakePrompts(), []
    screen = DecisionRegisterScreen(demo, prompts)
    qtbot.addWidget(screen)
    screen.opener = opened.append
    prompts.answer(tmp_path / "besluiten.docx", tmp_path / "besluiten.xlsx")
    word = finished(qtbot, screen.export_word())
    excel = finished(qtbot, screen.export_excel())
    assert "STT-20130919-01" in "\n".join(
        c.text for t in Document(str(word)).tables for r in t.rows for c in r.cells)
    numbers = [r[0] for r in load_workbook(excel).active.iter_rows(values_only=True)]
    assert "STT-20130919-01" in numbers


def test_import_opens_the_dialog_and_the_list_shows_the_new_actions(qtbot, demo, tmp_path):
    csv = tmp_path / "acties.csv"
    csv.write_text("Actiepunt;Eigenaar;Termijn\nNotitie leerplicht opstellen;Anouk Jansen;"
                   "1-3-2014\n", encoding="cp1252")
    prompts = FakePrompts()
    screen = ActionListScreen(demo, prompts)
    qtbot.addWidget(screen)
    prompts.answer(csv)
    dialog = screen.import_actions()
    assert dialog is not None and dialog.isVisible()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert prompts.errors == [] and prompts.infos
    screen.text_filter.setText("leerplicht opstellen")
    screen.apply_filters()
    imported = [x for x in demo.followups.all(demo.followups.filter())
                if x.followup.text == "Notitie leerplicht opstellen"]
    assert len(imported) == 1 and imported[0].followup.target.due == date(2014, 3, 1)
    assert imported[0].followup.owner_label == "Anouk Jansen"


def test_history_of_a_follow_up_shows_its_recorded_status_change(qtbot, demo):
    prompts = FakePrompts()
    screen = ActionListScreen(demo, prompts)
    qtbot.addWidget(screen)
    screen.show()
    done = next(x.followup for x in demo.followups.all(demo.followups.filter())
                if x.followup.text.startswith("Casusoverleg"))
    assert screen.show_record("followup", done.id)
    dialog = screen.show_history()
    assert dialog is not None and dialog.model.rowCount() >= 1
    cells = [dialog.model.index(r, c).data() for r in range(dialog.model.rowCount())
             for c in range(dialog.model.columnCount())]
    assert any("Casusoverleg loopt" in str(c) for c in cells)
    dialog.close()


def test_history_of_a_decision_opens_from_the_register(qtbot, demo):
    prompts = FakePrompts()
    screen = DecisionRegisterScreen(demo, prompts)
    qtbot.addWidget(screen)
    screen.show()
    decision = demo.minutes.decisions_of(demo.meetings.listings()[4].meeting.id)[0]
    assert screen.show_record("decision", decision.id)
    dialog = screen.show_history()
    assert dialog is not None and dialog.model.rowCount() >= 1  # its creation is recorded
    dialog.close()


def _all_text(word, excel) -> str:
    doc = Document(str(word))
    cells = [c.text for t in doc.tables for r in t.rows for c in r.cells]
    rows = [str(c) for ws in load_workbook(excel).worksheets
            for r in ws.iter_rows(values_only=True) for c in r if c is not None]
    return " ".join([p.text for p in doc.paragraphs] + cells + rows)


def test_the_public_version_of_the_action_list_leaves_closed_follow_ups_out(
        qtbot, demo, tmp_path):
    prompts = FakePrompts()
    screen = ActionListScreen(demo, prompts)
    qtbot.addWidget(screen)
    screen.opener = lambda _path: None
    prompts.answer(tmp_path / "vol.docx", tmp_path / "vol.xlsx")
    assert "Casusoverleg" in _all_text(finished(qtbot, screen.export_word()),
                     finished(qtbot, screen.export_excel()))
    screen.export_button.public.setChecked(True)  # Export ▸ Openbare versie
    prompts.answer(tmp_path / "open.docx", tmp_path / "open.xlsx")
    text = _all_text(finished(qtbot, screen.export_word()),
                     finished(qtbot, screen.export_excel()))
    assert "Casusoverleg" not in text and "besloten punt" in text


def test_the_public_decision_register_leaves_closed_decisions_out(qtbot, demo, tmp_path):
    s = demo
    closed = next(i for i in s.agenda.agenda(8) if i.confidential)  # draft minutes
    s.minutes.take_decision(8, "Geheim besluit over de casus", closed.id)
    prompts = FakePrompts()
    screen = DecisionRegisterScreen(s, prompts)
    qtbot.addWidget(screen)
    screen.opener = lambda _path: None
    screen.export_button.public.setChecked(True)
    prompts.answer(tmp_path / "open.docx", tmp_path / "open.xlsx")
    text = _all_text(finished(qtbot, screen.export_word()),
                     finished(qtbot, screen.export_excel()))
    assert "Geheim besluit" not in text and "STT-20130919-01" in text
