"""A support-plan OOGO cycle with two municipalities through the windows, from an empty
database: the procedure (Termijnen), a meeting per municipality (OOGO), the parties'
positions and the outcomes (minutes), a dispute with its notice, and the statement."""

from datetime import datetime

import docx
from PySide6.QtCore import Qt

from overleg.domain.enums import Outcome
from overleg.services.container import build_services
from overleg.storage.database import open_database
from overleg.ui.followup.milestones_screen import MilestonesScreen
from overleg.ui.followup.oogo_screen import OogoScreen
from tests.ui.fakes import FakePrompts
from tests.ui.minutes.conftest import open_view

TOWNS = ("Gemeente Lelystad", "Gemeente Dronten")


def doc_text(path) -> str:
    d = docx.Document(str(path))
    return "\n".join([p.text for p in d.paragraphs]
                     + [c.text for t in d.tables for r in t.rows for c in r.cells])


def click(qtbot, button) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def cell(model, row, column) -> str:
    return model.data(model.index(row, column))


def test_a_support_plan_oogo_cycle_through_the_windows(qtbot, qtmodeltester, tmp_path):
    s = build_services(open_database(tmp_path / "leeg.db", create=True),
                       now=lambda: datetime(2027, 2, 12, 9, 0))
    prompts = FakePrompts()
    deadlines = MilestonesScreen(s, prompts)
    qtbot.addWidget(deadlines)
    deadlines.refresh()
    prompts.answer("Ondersteuningsplan samenwerkingsverband", "2027", ", ".join(TOWNS),
                   "SWV PO Flevoland")
    click(qtbot, deadlines.procedure_button)
    # no translator is loaded here: the English source text with its plural mark
    assert prompts.errors == [] and prompts.infos[-1].endswith("6 step(s).")

    # OOGO: the matrix of the SWV, a meeting planned for each municipality's step.
    oogo = OogoScreen(s, prompts)
    oogo.opener = lambda _path: None
    qtbot.addWidget(oogo)
    oogo.refresh()
    assert oogo.lead.currentText() == "SWV PO Flevoland"
    qtmodeltester.check(oogo.model)
    assert [cell(oogo.model, r, 0) for r in range(2)] == list(TOWNS)
    assert cell(oogo.model, 1, 2) == "uiterlijk 19-02-2027"  # the OOGO with Dronten
    meetings = {}
    for town, day in zip(TOWNS, ("10-02-2027 14:00", "11-02-2027 10:00"), strict=True):
        step = next(n for n, m in enumerate(
            x for x in s.procedures.view(1).steps if x.needs_meeting and not x.done)
            if m.title.endswith(town))
        prompts.answer(step, day)
        click(qtbot, oogo.meeting_button)
        assert prompts.errors == [], prompts.errors
        meetings[town] = next(m for m in s.procedures.view(1).steps
                              if m.title.endswith(town)).meeting_ids[0]

    # The minutes: each party's position on the point, and the outcome.
    for town, stance, text, outcome in (
            (TOWNS[0], 0, "Leerlingenvervoer goed geregeld", Outcome.CONSENSUS),
            (TOWNS[1], 2, "Thuiszitters onvoldoende uitgewerkt", Outcome.DISPUTE)):
        m = open_view(qtbot, s, meetings[town])
        m.go_to("OOGO over het concept")
        panel = m.view.page.positions
        assert panel.isVisible() and panel.empty.isVisible()
        m.prompts.answer(town, stance, text, "concept 0.3")
        click(qtbot, panel.add_button)
        assert m.prompts.errors == [], m.prompts.errors
        qtmodeltester.check(panel.model)
        assert cell(panel.model, 0, 0) == town and cell(panel.model, 0, 2) == "concept 0.3"
        qtbot.mouseClick(m.view.page.outcome.buttons[outcome], Qt.MouseButton.LeftButton)
        m.view.close()
    assert [x.party for x in s.positions.search("thuiszitters")] == [TOWNS[1]]

    # The dispute: its track from the point, the notice, then closed with its result.
    oogo.refresh()
    assert oogo.waiting.text().startswith("1 ")
    assert "uitkomst: geschil" in cell(oogo.model, 1, 2)
    prompts.answer(0)
    click(qtbot, oogo.open_dispute_button)
    assert prompts.errors == [] and "25-02-2027" in prompts.infos[-1]
    qtmodeltester.check(oogo.disputes)
    assert oogo.disputes.rowCount() == 1 and oogo.waiting.text() == ""
    assert cell(oogo.disputes, 0, 3) == "25-02-2027"
    notice = tmp_path / "kennisgeving.docx"
    prompts.answer(notice)
    click(qtbot, oogo.notice_button)
    assert "Thuiszitters onvoldoende uitgewerkt" in doc_text(notice)
    assert "open geschil" in cell(oogo.model, 1, 2)
    prompts.answer("Bindend advies: plan aangevuld")
    click(qtbot, oogo.close_dispute_button)
    assert "Bindend advies" in cell(oogo.disputes, 0, 2)
    assert "open geschil" not in cell(oogo.model, 1, 2)

    # The statement and the matrix as files.
    statement = tmp_path / "verklaring.docx"
    prompts.answer(statement)
    click(qtbot, oogo.statement_button)
    text = doc_text(statement)
    for expected in (*TOWNS, "Leerlingenvervoer goed geregeld", "Uitkomst: geschil.",
                     "Bindend advies: plan aangevuld", "concept 0.3"):
        assert expected in text, expected
    sheet = tmp_path / "status.xlsx"
    prompts.answer(sheet)
    click(qtbot, oogo.matrix_excel_button)
    assert sheet.stat().st_size > 0 and prompts.errors == []


def test_a_position_found_by_search_opens_its_talking_point(qtbot, demo):
    from overleg.ui.search.search_screen import SearchScreen

    screen = SearchScreen(demo, FakePrompts())
    qtbot.addWidget(screen)
    screen.show()
    qtbot.keyClicks(screen.field, "speciaal onderwijs buiten Dronten")
    qtbot.waitUntil(lambda: screen.model.rowCount() > 0)
    assert cell(screen.model, 0, 0) == "Position"
    assert cell(screen.model, 0, 2) == "Gemeente Dronten: Leerlingenvervoer"
    with qtbot.waitSignal(screen.navigate) as signal:
        screen.open_hit(screen.model.index(0, 0))
    transport = next(i for i in demo.agenda.agenda(10) if i.title == "Leerlingenvervoer")
    assert signal.args == ["minutes_positions", transport.id]  # in the minutes


def test_a_meeting_at_a_time_that_is_no_time_is_refused_in_one_sentence(qtbot, demo):
    prompts = FakePrompts()
    oogo = OogoScreen(demo, prompts)
    qtbot.addWidget(oogo)
    oogo.refresh()
    meetings = len(demo.meetings.listings())
    prompts.answer(0, "20-02-2014 twee uur")
    click(qtbot, oogo.meeting_button)
    assert prompts.errors == ["'twee uur' is not a time; write for example 14:00."]
    assert len(demo.meetings.listings()) == meetings


def test_a_new_procedure_does_not_offer_an_archived_municipality(qtbot, tmp_path):
    from overleg.domain.enums import OrganisationKind
    from overleg.domain.organisations import Organisation

    class Recording(FakePrompts):
        def ask_text(self, title, label, default="", multiline=False):
            self.defaults.append(default)
            return super().ask_text(title, label, default, multiline)

    s = build_services(open_database(tmp_path / "leeg.db", create=True),
                       now=lambda: datetime(2027, 2, 12, 9, 0))
    for town in TOWNS:
        s.bodies.add_organisation(Organisation(town, kind=OrganisationKind.MUNICIPALITY))
    gone = next(o for o in s.bodies.organisations() if o.name == "Gemeente Dronten")
    s.bodies.set_organisation_archived(gone.id)
    prompts = Recording()
    prompts.defaults = []
    deadlines = MilestonesScreen(s, prompts)
    qtbot.addWidget(deadlines)
    deadlines.refresh()
    prompts.answer("Ondersteuningsplan samenwerkingsverband", "2027", None)  # stops there
    click(qtbot, deadlines.procedure_button)
    assert "Gemeente Lelystad" in prompts.defaults
    assert not any("Dronten" in d for d in prompts.defaults)
