"""The main window builds a screen when it is first shown: at start only the meetings
are built, yet every screen is listed, opens filled, and takes the records sent to it."""

import os
import subprocess
import sys
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
        "Consultation bodies", "Deadlines", "OOGO"]
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


def test_a_meeting_opens_on_the_meetings_screen_even_before_it_was_built(window, demo):
    register_row = window.row_of("DecisionRegisterScreen")
    window.nav.setCurrentRow(register_row)
    window.set_database(demo, Path("voorbeeld.db"))  # as after File → Open, on this screen
    assert list(window.built) == [register_row]
    wanted = next(x for x in demo.followups.decision_register()
                  if x.decision.number == "STT-20130919-02")
    register = window.screen_at(register_row)
    assert register.show_record("decision", wanted.decision.id)
    register.open_meeting()
    meetings = window.stack.currentWidget()
    assert type(meetings).__name__ == "MeetingsScreen"
    assert meetings.current_meeting_id() == wanted.decision.meeting_id
    assert meetings.detail.meeting_id == wanted.decision.meeting_id
    assert meetings.model.rowCount() == 10 and meetings.body_filter.count() > 1


# A fresh interpreter: the test session has imported every screen long ago.
_START = """
import os, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from overleg.services.container import build_services
from overleg.storage.database import open_memory
app = QApplication([])
from overleg.ui.main_window import MainWindow
window = MainWindow(build_services(open_memory()), Path("overleg.db"))
window.show()
app.processEvents()
print(" ".join(sorted(sys.modules)), flush=True)
os._exit(0)  # no teardown: what follows the start is not under test
"""

# Loaded when first used, not by the first screen (issue 17: start-up within 2x a bare
# window): the icons' SVG renderer (a menu is painted), dialogs and their questions,
# the exchange intake (a package is read), the mail drafts (the export menu) and the XML
# parser (the translations of refusals, read when the first one is shown).
NOT_AT_START = ("PySide6.QtSvg", "xml.etree.ElementTree", "overleg.ui.meetings.plan_meeting_dialog",
                "overleg.ui.meetings.move_meeting_dialog", "overleg.ui.agenda.theme_picker",
                "overleg.ui.dialogs.welcome_dialog", "overleg.ui.common.question_dialog",
                "overleg.services.exchange.intake", "overleg.services.cancellation_mail",
                "overleg.services.mail_service")


def test_starting_imports_only_the_first_screen_and_what_it_shows():
    out = subprocess.run([sys.executable, "-c", _START], capture_output=True, text=True,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=60)
    modules = set(out.stdout.split())
    assert "overleg.ui.meetings.meetings_screen" in modules, out.stderr[-2000:]
    for area in ("followup", "search", "bodies", "minutes"):  # on first show, not at start
        assert not any(m.startswith(f"overleg.ui.{area}.") for m in modules), area
    assert sorted(set(NOT_AT_START) & modules) == []


def test_the_window_fits_a_laptop_screen_of_768_pixels_with_six_meetings_in_view(window):
    """The item form and its documents scroll when the window is low; they made the
    window at least 900 px high and squeezed the meetings list to two rows."""
    from PySide6.QtWidgets import QScrollArea

    from overleg.ui.agenda.item_form import ItemForm

    assert window.minimumSizeHint().height() <= 700  # 768 less a title and a task bar
    window.resize(1200, 700)
    screen = window.screen_at(0)
    item_form = screen.detail.findChild(ItemForm)
    scroll = screen.detail.findChild(QScrollArea)
    assert scroll is not None and scroll.widget().isAncestorOf(item_form)
    table = screen.table
    assert table.model().rowCount() > 6
    assert table.rowAt(table.viewport().height() - 2) >= 5  # six meetings in view
