"""The import dialog on a messy spreadsheet: columns recognised, preview and problems
shown, a column choice changes the outcome, Import writes everything at once."""

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from overleg.imports.action_rows import Field
from overleg.ui.imports.import_dialog import ImportDialog
from tests.imports.messy_sheets import messy_xlsx
from tests.ui.fakes import FakePrompts


@pytest.fixture(autouse=True)
def dutch(qapp):
    """The dialog as a Dutch user sees it; English again for the tests after this one."""
    from overleg.ui.translations import install_translations

    installed = install_translations(qapp)
    yield
    for translator in installed:
        QCoreApplication.removeTranslator(translator)


def _texts(s):
    return {x.followup.text for x in s.followups.all(s.followups.filter())}


def _open(qtbot, demo, tmp_path, prompts):
    prompts.answer(messy_xlsx(tmp_path / "Actielijst STT.xlsx"))
    dialog = ImportDialog.ask(demo, prompts)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_messy_sheet_is_previewed_with_the_rows_it_cannot_read(qtbot, qtmodeltester,
                                                                   demo, tmp_path):
    prompts = FakePrompts()
    dialog = _open(qtbot, demo, tmp_path, prompts)
    qtmodeltester.check(dialog.model)
    assert dialog.header_row.value() == 4
    assert dialog.combos[next(iter(dialog.combos))].currentText() == "B: Actiepunt"
    assert dialog.model.rowCount() == 3
    assert dialog.model.index(2, 2).data() == "Karin de Wit (nieuwe persoon)"
    assert dialog.model.index(2, 3).data() == "Stuurgroep Talentontwikkeling 28-11-2013"
    problems = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert problems == [
        "Regel 9: 'binnenkort' is geen geldige datum; schrijf bijvoorbeeld 2013-09-19.",
        "Regel 10: Er staat geen omschrijving van het actiepunt in.",
        "Regel 11: De status 'misschien' is onbekend; gebruik open, afgerond of vervallen."]
    assert "3 regels worden ingelezen; 3 regels zijn niet te lezen." in dialog.summary.text()
    dialog.grab().save("/tmp/integ_import.png")


def test_leaving_out_the_status_column_reads_one_more_row_and_import_adds_them(
        qtbot, demo, tmp_path):
    prompts = FakePrompts()
    dialog = _open(qtbot, demo, tmp_path, prompts)
    before = _texts(demo)
    status = dialog.combos[Field.STATUS]
    status.setCurrentIndex(0)  # "(niet in de lijst)"
    assert dialog.model.rowCount() == 4
    stt = dialog.origin.findText("Stuurgroep Talentontwikkeling 19-09-2013")
    dialog.origin.setCurrentIndex(stt)
    assert dialog.import_button.text() == "Inlezen"
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert _texts(demo) - before == {
        "Notitie thuiszitters opstellen", "Leerlingenvervoer tweede tranche uitwerken",
        "Casusoverleg inrichten", "Evaluatie warme overdracht"}
    assert prompts.infos == ["4 actiepunten ingelezen."]
    stt_actions = demo.followups.all(demo.followups.filter(
        body_id=demo.bodies.find("STT").id))
    assert "Evaluatie warme overdracht" in {x.followup.text for x in stt_actions}
    assert not dialog.isVisible()


def test_cancel_writes_nothing_and_an_unreadable_file_is_one_sentence(qtbot, demo, tmp_path):
    prompts = FakePrompts()
    dialog = _open(qtbot, demo, tmp_path, prompts)
    before = _texts(demo)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and _texts(demo) == before
    bad = tmp_path / "kapot.xlsx"
    bad.write_bytes(b"not a workbook")
    prompts.answer(bad)
    assert ImportDialog.ask(demo, prompts) is None
    assert prompts.errors == ["'kapot.xlsx' is geen leesbare Excel-werkmap."]


def test_a_row_the_domain_refuses_refuses_the_import_and_is_listed_with_its_row(
        qtbot, demo, tmp_path):
    """Issue 11: a spreadsheet goes through the same check as an archive."""
    sheet = tmp_path / "acties.csv"
    sheet.write_text("Actiepunt;Eigenaar\nNotitie opstellen;Peter Kok\n"
                     f"Te lange eigenaar;{'x' * 501}\n", encoding="utf-8")
    prompts = FakePrompts()
    prompts.answer(sheet)
    dialog = ImportDialog.ask(demo, prompts)
    qtbot.addWidget(dialog)
    dialog.show()
    before = _texts(demo)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert prompts.errors and "niet ingelezen" in prompts.errors[-1]
    problems = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert any(p.startswith("people regel 3, veld 'naam'") and "te lang" in p
               for p in problems), problems
    assert _texts(demo) == before and dialog.isVisible()
    dialog.reject()


def test_a_csv_that_is_not_utf8_is_read_as_windows_only_when_the_user_agrees(
        qtbot, demo, tmp_path):
    csv = tmp_path / "acties.csv"
    csv.write_bytes("Actiepunt;Eigenaar\nOverleg één loket;Anna\n".encode("cp1252"))
    prompts = FakePrompts().answer(csv, False)
    assert ImportDialog.ask(demo, prompts) is None
    assert "geen UTF-8" in prompts.asked[1] and "regel 2" in prompts.asked[1]
    prompts = FakePrompts().answer(csv, True)
    dialog = ImportDialog.ask(demo, prompts)
    qtbot.addWidget(dialog)
    assert dialog.table[1][0] == "Overleg één loket"
