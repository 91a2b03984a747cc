"""A search hit opens exactly where the matched text is: a match in an item's notes at that
item in the meeting's minutes with the notes focused, a decision of an item at its
decisions there, a match in a title in the agenda; the decision register's "Open meeting"
goes to the decision's item in the minutes too."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from overleg.ui.followup.decision_model import DECISION_ROLE
from overleg.ui.main_window import MainWindow
from overleg.ui.meetings.meeting_detail import AGENDA_TAB, MINUTES_TAB
from overleg.ui.meetings.meetings_screen import MeetingsScreen
from overleg.ui.search.search_model import HIT_ROLE
from overleg.ui.search.search_screen import SearchScreen
from tests.ui.fakes import FakePrompts


def open_window(qtbot, demo) -> MainWindow:
    window = MainWindow(demo, Path("voorbeeld.db"), prompts=FakePrompts())
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def search(qtbot, window: MainWindow, text: str) -> SearchScreen:
    window.nav.setCurrentRow(next(r for r, e in enumerate(window.entries)
                                  if e.class_name == "SearchScreen"))
    screen = window.stack.currentWidget()
    assert isinstance(screen, SearchScreen)
    screen.field.setText(text)
    screen.run_search()
    return screen


def open_hit(qtbot, screen: SearchScreen, kind: str):
    """Enter on the first hit of that kind; the hit."""
    row = next(r for r in range(screen.model.rowCount())
               if screen.model.data(screen.model.index(r, 0), HIT_ROLE).kind == kind)
    screen.table.setFocus()
    screen.table.selectRow(row)
    qtbot.keyClick(screen.table, Qt.Key.Key_Return)
    return screen.model.data(screen.model.index(row, 0), HIT_ROLE)


def meetings_screen(window: MainWindow) -> MeetingsScreen:
    screen = window.stack.currentWidget()
    assert isinstance(screen, MeetingsScreen)
    return screen


def test_a_hit_in_an_items_notes_opens_the_item_in_the_minutes_at_the_notes(qtbot, demo):
    window = open_window(qtbot, demo)
    hit = open_hit(qtbot, search(qtbot, window, "wethouder"), "item")
    item = demo.agenda.item(hit.record_id)
    assert "wethouder" in item.notes and "wethouder" not in item.title.lower()
    detail = meetings_screen(window).detail
    assert detail.meeting_id == item.meeting_id
    assert detail.tabs.currentIndex() == MINUTES_TAB
    assert detail.minutes.current_item_id() == item.id
    qtbot.waitUntil(lambda: QApplication.focusWidget() is detail.minutes.page.notes)


def test_a_hit_in_a_title_opens_the_item_in_the_agenda(qtbot, demo):
    window = open_window(qtbot, demo)
    hit = open_hit(qtbot, search(qtbot, window, "aanpak thuisz"), "item")
    assert demo.agenda.item(hit.record_id).title == "Aanpak thuiszitters"
    detail = meetings_screen(window).detail
    assert detail.tabs.currentIndex() == AGENDA_TAB
    assert detail.meeting_id == demo.agenda.item(hit.record_id).meeting_id


def test_a_decision_hit_opens_its_item_in_the_minutes_at_the_decisions(qtbot, demo):
    window = open_window(qtbot, demo)
    hit = open_hit(qtbot, search(qtbot, window, "jeugd"), "decision")
    decision = demo.followups.decision(hit.record_id)
    assert decision.item_id is not None
    detail = meetings_screen(window).detail
    assert detail.tabs.currentIndex() == MINUTES_TAB
    assert detail.minutes.current_item_id() == decision.item_id
    page = detail.minutes.page
    qtbot.waitUntil(lambda: QApplication.focusWidget() in (page.decisions.table,
                                                          page.decisions.new_text))


def test_open_meeting_in_the_decision_register_goes_to_the_item_in_the_minutes(qtbot, demo):
    window = open_window(qtbot, demo)
    window.nav.setCurrentRow(next(r for r, e in enumerate(window.entries)
                                  if e.class_name == "DecisionRegisterScreen"))
    register = window.stack.currentWidget()
    m = register.model
    decision = m.index(0, 0, m.index(0, 0, m.index(1, 0)))
    register.tree.setCurrentIndex(decision)
    qtbot.mouseClick(register.open_button, Qt.MouseButton.LeftButton)
    detail = meetings_screen(window).detail
    assert detail.tabs.currentIndex() == MINUTES_TAB
    item_id = demo.followups.decision(m.data(decision, DECISION_ROLE)).item_id
    assert detail.minutes.current_item_id() == item_id
