"""Termijnen through the window: a procedure from a template, the warnings, a step done
and refused, a milestone by hand; Planning opens where something happens."""

from datetime import date, datetime

from PySide6.QtCore import QDate, Qt

from overleg.domain.milestones import Milestone
from overleg.services.container import build_services
from overleg.storage.database import open_database
from overleg.ui.followup.milestones_screen import MilestonesScreen
from overleg.ui.followup.planning_screen import PlanningScreen
from tests.ui.fakes import FakePrompts


def empty_services(tmp_path):
    return build_services(open_database(tmp_path / "leeg.db", create=True),
                          now=lambda: datetime(2027, 1, 20, 9, 0))


def texts(model, column):
    return [model.data(model.index(r, column)) for r in range(model.rowCount())]


def test_a_support_plan_procedure_from_an_empty_database(qtbot, qtmodeltester, tmp_path,
                                                         dutch):
    s = empty_services(tmp_path)
    prompts = FakePrompts()
    screen = MilestonesScreen(s, prompts)
    qtbot.addWidget(screen)
    screen.refresh()
    assert screen.model.rowCount() == 0 and screen.summary.text() == ""
    prompts.answer("Ondersteuningsplan samenwerkingsverband", "2027",
                   "Gemeente Lelystad, Gemeente Dronten", "SWV PO Flevoland")
    qtbot.mouseClick(screen.procedure_button, Qt.MouseButton.LeftButton)
    assert prompts.infos[-1].endswith("6 stappen.")
    qtmodeltester.check(screen.model)
    titles = texts(screen.model, 3)
    assert any("Gemeente Dronten" in t for t in titles) and len(titles) == 6
    assert "01-05-2027 (zaterdag)" in texts(screen.model, 0)
    assert screen.summary.text() == \
        "Termijnen: 1 te laat, 2 binnenkort, 2 zonder geplande vergadering."
    needed = texts(screen.model, 4)
    assert needed.count("18-02-2027") == 2  # no OOGO meeting planned with either town
    # The adoption cannot be done before OOGO took place.
    adoption = titles.index(next(t for t in titles if t.startswith("Vaststelling")))
    screen.table.selectRow(adoption)
    qtbot.mouseClick(screen.done_button, Qt.MouseButton.LeftButton)
    assert "kan pas worden afgerond" in prompts.errors[-1]
    screen.table.selectRow(0)  # the concept: overdue on 20 January
    assert texts(screen.model, 1)[0] == "te laat"
    qtbot.mouseClick(screen.done_button, Qt.MouseButton.LeftButton)
    assert s.milestones.get(1).done_on == date(2027, 1, 20)
    assert screen.summary.text() == "Termijnen: 2 binnenkort, 2 zonder geplande vergadering."


def test_a_milestone_by_hand_and_deleted(qtbot, tmp_path, dutch):
    s = empty_services(tmp_path)
    prompts = FakePrompts()
    screen = MilestonesScreen(s, prompts)
    qtbot.addWidget(screen)
    screen.refresh()
    prompts.answer("Kadernota Jeugdzorg aan de raad", "06-05-2027", "Jeugdwet art. 2.2")
    qtbot.mouseClick(screen.add_button, Qt.MouseButton.LeftButton)
    assert texts(screen.model, 0) == ["06-05-2027 (Hemelvaartsdag)"]
    screen.as_of.setDate(QDate(2027, 5, 7))
    assert texts(screen.model, 1) == ["te laat"]
    screen.table.selectRow(0)
    prompts.answer(True)
    qtbot.mouseClick(screen.delete_button, Qt.MouseButton.LeftButton)
    assert screen.model.rowCount() == 0 and s.milestones.listing() == []


def test_planning_opens_on_the_first_week_that_holds_something(qtbot, tmp_path):
    s = empty_services(tmp_path)
    s.milestones.add(Milestone("Kadernota", date(2027, 3, 18)))
    screen = PlanningScreen(s, FakePrompts())
    qtbot.addWidget(screen)
    assert screen.start_edit.date().toPython() == date(2027, 3, 15)  # its Monday


def test_the_warning_line_shows_on_start(qtbot, tmp_path):
    from pathlib import Path

    from overleg.ui.main_window import MainWindow

    s = empty_services(tmp_path)
    s.milestones.add(Milestone("Kadernota", date(2027, 1, 10), kind="statutory"))
    window = MainWindow(s, Path("leeg.db"), prompts=FakePrompts())
    qtbot.addWidget(window)
    assert window.statusBar().currentMessage() == "Termijnen: 1 te laat."
