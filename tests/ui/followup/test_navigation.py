"""Opening records across screens inside the main window."""

from pathlib import Path

from overleg.ui.followup.action_list_screen import ActionListScreen
from overleg.ui.followup.planning_model import FOLLOWUP_ROLE
from overleg.ui.followup.planning_screen import PlanningScreen
from overleg.ui.main_window import MainWindow
from overleg.ui.meetings.meeting_detail import MINUTES_TAB
from overleg.ui.search.search_model import HIT_ROLE
from overleg.ui.search.search_screen import SearchScreen
from tests.ui.fakes import FakePrompts


def open_window(qtbot, services) -> MainWindow:
    window = MainWindow(services, Path("voorbeeld.db"), prompts=FakePrompts())
    qtbot.addWidget(window)
    window.show()
    return window


def screen_of(window, cls):
    return window.screen_at(window.row_of(cls.__name__))


def test_a_follow_up_in_the_planning_opens_in_the_action_list(qtbot, demo):
    window = open_window(qtbot, demo)
    planning = screen_of(window, PlanningScreen)
    window.nav.setCurrentRow(window.row_of("PlanningScreen"))
    m = planning.model
    swz = next(r for r in range(m.rowCount())
               if m.data(m.index(r, 1)) == "Stuurgroep Welzijn en Zorg")
    followup = m.index(0, 0, m.index(swz, 0))  # under SWZ of 16 January 2014
    followup_id = m.data(followup, FOLLOWUP_ROLE)
    planning.tree.activated.emit(followup)
    actions = screen_of(window, ActionListScreen)
    assert window.stack.currentWidget() is actions
    assert actions.selected_id() == followup_id


def test_a_decision_found_by_search_opens_at_its_item_in_the_minutes(qtbot, demo):
    window = open_window(qtbot, demo)
    search = screen_of(window, SearchScreen)
    window.nav.setCurrentRow(window.row_of("SearchScreen"))
    search.field.setText("extra vergadering gepland")
    search.run_search()
    row = next(r for r in range(search.model.rowCount())
               if search.model.data(search.model.index(r, 0), HIT_ROLE).kind == "decision")
    search.table.activated.emit(search.model.index(row, 0))
    decision = demo.followups.decision(
        search.model.data(search.model.index(row, 0), HIT_ROLE).record_id)
    assert decision.number == "SWZ-20130909-01" and decision.item_id is not None
    meetings = window.screen_at(0)
    assert window.stack.currentWidget() is meetings
    assert meetings.detail.tabs.currentIndex() == MINUTES_TAB
    assert meetings.detail.minutes.current_item_id() == decision.item_id


def test_an_agenda_item_found_by_search_opens_in_the_meetings_screen(qtbot, demo):
    window = open_window(qtbot, demo)
    search = screen_of(window, SearchScreen)
    window.nav.setCurrentRow(window.row_of("SearchScreen"))
    search.field.setText("aanpak thuiszitters")
    search.run_search()
    search.table.activated.emit(search.model.index(0, 0))
    assert window.stack.currentWidget() is window.screen_at(0)  # the meetings screen
