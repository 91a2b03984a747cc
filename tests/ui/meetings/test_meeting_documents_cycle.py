"""Issue 20 through the windows: a document attached to an item of the 28 November 2013
meeting with the Stukken list's button, its sentence found on the search screen, the
invitation mail carrying it, the meeting pack holding it, and the public agenda and
decision list written as PDF/A from the export menu."""

from email import message_from_bytes
from email.policy import default

import pytest
from PySide6.QtCore import Qt

from overleg.app import close_services, open_services
from overleg.cli.main import main
from overleg.ui.main_window import MainWindow
from overleg.ui.search.search_screen import SearchScreen
from tests.exports.pdf_checks import pdfa_problems, text
from tests.pdf_samples import pdf_with_pages

STT_NOV = 8  # Stuurgroep Talentontwikkeling, 28 November 2013
SENTENCE = "Tweede tranche aanbesteed per augustus"


@pytest.fixture
def demo(tmp_path):
    """The example in a file: the documents live beside it, as in the app."""
    path = tmp_path / "voorbeeld.db"
    assert main(["demo", "--db", str(path)]) == 0
    services = open_services(path)
    yield services
    close_services(services)


@pytest.fixture
def screen(qtbot, demo, prompts, tmp_path):
    window = MainWindow(demo, tmp_path / "voorbeeld.db", prompts=prompts)
    qtbot.addWidget(window)
    window.show()
    return window.screen_at(0)


def test_attach_find_invite_pack_and_pdfa_through_the_windows(qtbot, screen, demo, prompts,
                                                             tmp_path):
    assert screen.show_record("meeting", STT_NOV)
    editor = screen.detail.agenda
    item = next(i for i in demo.agenda.agenda(STT_NOV) if "leerlingenvervoer" in i.title)
    editor.select_item(item.id)
    panel = editor.documents
    note = tmp_path / "notitie-vervoer.pdf"
    note.write_bytes(pdf_with_pages(SENTENCE))
    prompts.answer(note)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.work is not None and not panel.work.running, timeout=15_000)
    assert panel.list.count() == 1

    search = SearchScreen(demo, prompts)
    qtbot.addWidget(search)
    search.show()
    qtbot.keyClicks(search.field, "aanbesteed")
    search.run_search()
    qtbot.waitUntil(lambda: search.model.rowCount() > 0)
    assert any("aanbesteed" in str(search.model.data(search.model.index(r, 3)))
               for r in range(search.model.rowCount()))

    menu = screen.export_menu
    opened = []
    menu.opener = opened.append
    prompts.answer(tmp_path / "uitnodiging.eml")
    eml = menu.send("invitation")
    members = message_from_bytes(eml.read_bytes(), policy=default)
    assert any("notitie-vervoer" in (p.get_filename() or "")
               for p in members.iter_attachments())

    labels = {a.text(): a for a in menu.actions()}
    for label, name in (("Meeting pack (PDF)…", "pakket"),
                        ("Agenda, public version, as PDF/A…", "agenda"),
                        ("Decision list of this meeting as PDF/A…", "besluiten")):
        prompts.answer(tmp_path / name)
        labels[label].trigger()
    pack, agenda, decisions = opened[-3:]
    assert "Tweede tranche aanbesteed" in text(pack.read_bytes())
    assert pdfa_problems(agenda.read_bytes()) == []
    assert pdfa_problems(decisions.read_bytes()) == []
    assert prompts.errors == []
