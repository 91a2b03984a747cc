"""The main window builds a screen when it is first shown: at start only the meetings
are built, yet every screen is listed, opens filled, and takes the records sent to it."""

from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractItemView

from overleg.ui.main_window import SCREENS, MainWindow
from tests.ui.fakes import FakePrompts


@pytest.fixture
def window(qtbot, demo) -> MainWindow:
    w = MainWindow(demo, Path("voorbeeld.db"), prompts=FakePrompts())
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def _rows_shown(screen) -> int:
    return sum(view.model().rowCount() for view in screen.findChildren(QAbstractItemView)
               if view.isVisible() and view.model() is not None)


def test_at_start_every_screen_is_listed_and_only_the_first_is_built(window):
    assert [window.nav.item(r).text() for r in range(window.nav.count())] == [
        "Meetings", "Action list", "Decision register", "Planning", "Search",
        "Consultation bodies"]
    assert [a.text() for a in window.view_menu.actions()] == [
        e.title() for e in SCREENS]
    assert list(window.built) == [0]
    assert window.screen_at(0).model.rowCount() == 10


def test_each_screen_opens_filled_when_first_chosen(window):
    for row, entry in enumerate(SCREENS):
        window.nav.setCurrentRow(row)
        screen = window.stack.currentWidget()
        assert type(screen).__name__ == entry.class_name
        if entry.class_name != "SearchScreen":  # empty until something is searched
            assert _rows_shown(screen) > 0, entry.class_name
    assert sorted(window.built) == list(range(len(SCREENS)))


def test_a_record_opens_on_a_screen_not_built_yet(window, demo):
    decision = demo.followups.decision_register()[0]
    assert window.row_of("DecisionRegisterScreen") not in window.built
    window.open_record("decision", decision.decision.id)
    register = window.stack.currentWidget()
    assert type(register).__name__ == "DecisionRegisterScreen"
    assert window.nav.currentRow() == window.row_of("DecisionRegisterScreen")
    assert register.detail.text().startswith(decision.decision.number)


def test_a_record_no_screen_shows_leaves_the_window_as_it_is(window):
    window.open_record("decision", 999_999)
    assert window.nav.currentRow() == 0
    assert window.stack.currentWidget() is window.screen_at(0)
