"""After every user action (and its undo), what the window shows is what the database
says: a list of actions is done through the real widgets of a window over a file with
the example data, and after each one every visible model, label, button and field of the
current screen is compared with a second window built fresh over the same file and put
in the same place (same screen, meeting, tab, item, selection). A difference is a screen
that did not follow a change set."""

from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QToolButton,
    QWidget,
)

from overleg.domain.enums import AttendanceStatus, MeetingStatus
from overleg.services.container import build_services
from overleg.services.demo import build_demo
from overleg.storage.database import open_database
from overleg.ui.main_window import MainWindow
from overleg.ui.meetings import meeting_table_model as cols
from overleg.ui.meetings.labels import status_labels
from overleg.ui.meetings.meeting_detail import MINUTES_TAB
from tests.ui.fakes import FakePrompts

NOW = datetime(2013, 12, 1, 10, 0)
MAX_ROWS = 80  # the rows in view and more: a list reads further pages as it scrolls
ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.CheckStateRole)


@pytest.fixture
def demo_file(tmp_path):
    path = tmp_path / "overleg.db"
    services = build_services(open_database(path), now=lambda: NOW, user="tester")
    services.schemas.ensure_builtin()
    build_demo(services)
    yield services, path
    services.db.close()


@pytest.fixture
def prompts() -> FakePrompts:
    return FakePrompts()


def open_window(qtbot, services, path: Path, prompts) -> MainWindow:
    window = MainWindow(services, path, prompts=prompts)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


# -- what a screen shows ----------------------------------------------------------------

def model_rows(model: QAbstractItemModel) -> list:
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount()
    return [[tuple(str(model.data(model.index(r, c), role)) for role in ROLES)
             for c in range(columns)]
            for r in range(min(model.rowCount(), MAX_ROWS))]


def _path(widget: QWidget, root: QWidget) -> str:
    """Where a widget sits under `root`: class and place among its siblings of that
    class, level by level (the same in two windows built the same way)."""
    parts = []
    while widget is not None and widget is not root:
        parent = widget.parentWidget()
        siblings = [w for w in (parent.findChildren(type(widget),
                                                    options=Qt.FindChildOption.FindDirectChildrenOnly)
                                if parent else [widget])]
        parts.append(f"{type(widget).__name__}[{siblings.index(widget)}]")
        widget = parent
    return "/".join(reversed(parts))


def shown(root: QWidget, bus) -> dict[str, object]:
    """Every visible thing under `root` a user reads: lists and tables (their rows),
    labels, buttons (text, enabled), fields, choices and tabs."""
    history = (bus.undo_action, bus.redo_action)
    found: dict[str, object] = {}
    for w in root.findChildren(QWidget):
        if not w.isVisibleTo(root):
            continue
        key = _path(w, root)
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            found[key] = model_rows(w.model())
        elif isinstance(w, QLabel):
            found[key] = w.text()
        elif isinstance(w, QAbstractButton):
            if isinstance(w, QToolButton) and w.defaultAction() in history:
                continue  # the undo history is the live window's own
            found[key] = (w.text(), w.isEnabled(), w.isChecked())
        elif isinstance(w, QLineEdit):
            found[key] = (w.text(), w.isReadOnly())
        elif isinstance(w, QPlainTextEdit | QTextEdit):
            found[key] = (w.toPlainText(), w.isReadOnly())
        elif isinstance(w, QComboBox):
            found[key] = [w.itemText(n) for n in range(w.count())] + [w.currentText()]
        elif isinstance(w, QTabWidget):
            found[key] = (w.currentIndex(), w.isEnabled())
    return found


def same_place(fresh: MainWindow, live: MainWindow) -> None:
    """The fresh window shows the live one's screen, record and selection."""
    row = live.nav.currentRow()
    fresh.nav.setCurrentRow(row)
    screen, there = live.screen_at(row), fresh.screen_at(row)
    name = type(screen).__name__
    if name == "MeetingsScreen":
        there.select_meeting(screen.current_meeting_id())
        tab = screen.detail.tabs.currentIndex()
        if tab == MINUTES_TAB:
            there.detail.tabs.setCurrentIndex(MINUTES_TAB)
            there.detail.minutes.show_row(screen.detail.minutes.current_row())
        else:
            there.detail.agenda.select_item(screen.detail.agenda.current_item_id())
    elif name == "ActionListScreen":
        if screen.selected_id() is not None:
            there.select(screen.selected_id())
    elif name == "BodiesScreen":
        there.tabs.setCurrentIndex(screen.tabs.currentIndex())
        there.bodies.select_body(screen.bodies.current_body_id())
        person = screen.people.current_person()
        if person is not None:
            there.people.people_table.selectRow(there.people.people.row_of(person.id))


def assert_follows_database(qtbot, live: MainWindow, services, path: Path, step: str
                            ) -> None:
    fresh = open_window(qtbot, services, path, FakePrompts())
    try:
        same_place(fresh, live)
        row = live.nav.currentRow()
        now, truth = shown(live.screen_at(row), live.bus), shown(fresh.screen_at(row), fresh.bus)
        stale = {k: (now.get(k), truth.get(k)) for k in set(now) | set(truth)
                 if now.get(k) != truth.get(k)}
        assert not stale, f"after '{step}' the window shows (left) what the file " \
                          f"no longer says (right): {stale}"
    finally:
        fresh.close()


# -- the actions ----------------------------------------------------------------------

def meeting_on(services, day: date) -> int:
    return next(x.meeting.id for x in services.meetings.listings() if x.meeting.day == day)


def list_status(screen, meeting_id: int) -> str:
    return screen.model.data(screen.model.index(screen.model.row_of(meeting_id), cols.STATUS))


def test_every_visible_model_follows_the_database(qtbot, demo_file, prompts):
    services, path = demo_file
    window = open_window(qtbot, services, path, prompts)
    check = lambda step: assert_follows_database(qtbot, window, services, path, step)  # noqa: E731
    screen = window.screen_at(0)
    check("opening")

    # Send the invitation of a planned meeting; yes, mark the agenda as sent.
    bopo = meeting_on(services, date(2014, 2, 13))
    services.meetings.set_status(bopo, MeetingStatus.PLANNED)
    screen.refresh()
    screen.select_meeting(bopo)
    screen.export_menu.opener = lambda _path: None
    prompts.answer(path.parent / "uitnodiging.eml")  # where the draft goes
    prompts.answer(True)
    assert screen.export_menu.send("invitation") is not None
    assert services.meetings.get(bopo).status is MeetingStatus.AGENDA_SENT
    assert list_status(screen, bopo) == status_labels()[MeetingStatus.AGENDA_SENT]
    assert status_labels()[MeetingStatus.AGENDA_SENT] in screen.detail.history.text()
    check("send invitation -> yes")

    # The agenda editor: add, edit, delete, undo.
    editor = screen.detail.agenda
    prompts.answer("Leerlingenvervoer")
    editor.add_free_item()
    check("add agenda item")
    editor.form.presenter.setText("wethouder Jansen")
    editor.form.commit()
    assert "wethouder Jansen" in [i.presenter for i in services.agenda.agenda(bopo)]
    check("edit agenda item")
    prompts.answer(True)
    editor.delete_current()
    check("delete agenda item")
    window.bus.undo()
    check("undo delete agenda item")
    window.bus.undo()
    check("undo edit agenda item")

    # The minutes of a held meeting: tick attendance, take a decision, undo.
    held = meeting_on(services, date(2014, 1, 16))  # the previous minutes are a draft
    services.meetings.set_status(held, MeetingStatus.HELD)
    screen.refresh()
    screen.select_meeting(held)
    screen.detail.tabs.setCurrentIndex(MINUTES_TAB)
    minutes = screen.detail.minutes
    minutes.show_row(0)
    model = minutes.attendance.model
    row = next(n for n, (a, _p) in enumerate(model.rows)
               if a.status is AttendanceStatus.INVITED) if any(
        a.status is AttendanceStatus.INVITED for a, _p in model.rows) else 0
    column = 2 if model.rows[row][0].status is not AttendanceStatus.PRESENT else 3
    assert model.setData(model.index(row, column), Qt.CheckState.Checked.value,
                         Qt.ItemDataRole.CheckStateRole)
    check("tick attendance")
    window.bus.undo()
    check("undo tick attendance")

    adoption = services.minutes.adoption_item(held)
    minutes.show_item(adoption)
    assert minutes.page.adoption.button.isVisible()
    prompts.answer("Adopt as they are")
    minutes.page.adoption.button.click()
    assert services.minutes.previous_minutes(held).minutes_adopted
    assert minutes.current_item_id() == adoption  # the view stays where the user is
    assert "were adopted in this meeting" in minutes.page.adoption.state.text()
    check("adopt minutes")

    minutes.show_row(2)
    minutes.page.decisions.new_text.setText("Het college stemt in met de notitie.")
    minutes.page.decisions.add()
    check("take decision")
    window.bus.undo()
    check("undo take decision")
    window.bus.redo()
    check("redo take decision")
    window.bus.undo()  # the decision
    minutes.show_item(adoption)
    window.bus.undo()  # the adoption
    assert not services.minutes.previous_minutes(held).minutes_adopted
    assert minutes.current_item_id() == adoption and "still a draft" in \
        minutes.page.adoption.state.text()
    check("undo adopt minutes")

    # The action list: mark one done, undo.
    window.nav.setCurrentRow(window.row_of("ActionListScreen"))
    actions = window.screen_at(window.row_of("ActionListScreen"))
    row = next(r for r in range(actions.model.rowCount())
               if actions.model.listing(r).followup.is_open)
    actions.select(actions.model.listing(row).followup.id)
    check("choose follow-up")
    done = actions.selected_id()
    prompts.answer("Notitie is rondgestuurd.")
    actions.mark_done()
    # By design it keeps its row until the list is filtered again; that row shows the
    # follow-up as the file has it now.
    kept = actions.model.listing(actions.model.row_of(done))
    assert kept == services.followups.listings([done], actions.model.filter.as_of)[0]
    assert not kept.followup.is_open and actions.reopen_button.isEnabled()
    actions.refresh()
    check("mark follow-up done, list filtered again")
    window.bus.undo()
    check("undo mark done")

    # Bodies and people: rename a member (shown on both tabs), add a person; undo each.
    window.nav.setCurrentRow(window.row_of("BodiesScreen"))
    bodies = window.screen_at(window.row_of("BodiesScreen"))
    check("bodies screen")
    body = bodies.bodies.current_body()
    _role, member = services.bodies.members(body.id)[0]
    bodies.tabs.setCurrentIndex(1)
    people = bodies.people
    people.people_table.selectRow(people.people.row_of(member.id))
    people.edit_person_button.click()
    people.dialog.name.setText("Anna de Vries-Bakker")
    people.dialog.ok.click()
    assert services.bodies.person(member.id).name == "Anna de Vries-Bakker"
    check("rename person")
    bodies.tabs.setCurrentIndex(0)
    check("renamed member on the bodies tab")
    window.bus.undo()
    check("undo rename person")
    bodies.tabs.setCurrentIndex(1)
    people.new_person_button.click()
    people.dialog.name.setText("Karin Smit")
    people.dialog.ok.click()
    assert "Karin Smit" in [p.name for p in services.bodies.all_people()]
    check("add person")
    window.bus.undo()
    check("undo add person")
    window.nav.setCurrentRow(0)
    check("back to the meetings")
    assert prompts.errors == []

