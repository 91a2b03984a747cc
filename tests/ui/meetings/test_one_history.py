"""One undo history for the window, reached from the Edit menu and bound once to Ctrl+Z,
Ctrl+Y and Ctrl+Shift+Z; every screen follows the change sets it publishes, so nothing
shows a stale state after an action, an undo or a redo."""

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence

from overleg.domain.enums import MeetingStatus
from overleg.ui.meetings import meeting_table_model as cols


def test_undo_and_redo_are_in_the_edit_menu_and_each_key_is_bound_once(window):
    menus = [a.text() for a in window.menuBar().actions()]
    assert "&Edit" in menus
    edit = window.edit_menu.actions()
    assert window.bus.undo_action in edit and window.bus.redo_action in edit
    window.screen_at(0).detail._minutes_view()  # the minutes view once had its own keys
    for key in ("Ctrl+Z", "Ctrl+Y", "Ctrl+Shift+Z"):
        bound = [a for a in window.findChildren(QAction)
                 if QKeySequence(key) in a.shortcuts()]
        assert len(bound) == 1, (key, [a.text() for a in bound])
    assert QKeySequence("Ctrl+Y") in window.bus.redo_action.shortcuts()
    assert QKeySequence("Ctrl+Shift+Z") in window.bus.redo_action.shortcuts()


def _row_status(screen, meeting_id: int) -> str:
    model = screen.model
    return model.data(model.index(model.row_of(meeting_id), cols.STATUS))


def test_sending_the_invitation_shows_agenda_sent_at_once_and_undo_takes_it_back(
        window, screen, demo, prompts, tmp_path):
    bopo = next(x.meeting.id for x in demo.meetings.listings()
                if x.meeting.day == date(2014, 2, 13))
    demo.meetings.set_status(bopo, MeetingStatus.PLANNED)
    screen.refresh()
    screen.select_meeting(bopo)
    before = _row_status(screen, bopo)
    screen.export_menu.opener = lambda path: None
    prompts.answer(tmp_path / "uitnodiging.eml")  # where the draft goes
    prompts.answer(True)  # yes, mark the agenda as sent
    assert screen.export_menu.send("invitation") is not None
    assert demo.meetings.get(bopo).status is MeetingStatus.AGENDA_SENT
    assert _row_status(screen, bopo) != before  # the list follows without a refresh
    assert window.bus.undo_action.text() == "Undo Agenda sent"

    window.bus.undo_action.trigger()
    assert demo.meetings.get(bopo).status is MeetingStatus.PLANNED
    assert _row_status(screen, bopo) == before
    window.bus.redo_action.trigger()
    assert demo.meetings.get(bopo).status is MeetingStatus.AGENDA_SENT


def test_a_deleted_agenda_item_comes_back_with_its_identity_by_the_windows_undo(
        qtbot, window, screen, demo, prompts):
    planned = next(x.meeting.id for x in demo.meetings.listings()
                   if x.meeting.status is MeetingStatus.PLANNED)
    screen.select_meeting(planned)
    editor = screen.detail.agenda
    editor.select_item(editor.model.items[1].id)
    item = editor.model.items[1]
    prompts.answer(True)  # yes, delete it
    editor.delete_current()
    assert item.uuid not in [i.uuid for i in demo.agenda.agenda(planned)]

    window.activateWindow()
    screen.table.setFocus()  # outside a text field Ctrl+Z undoes whole actions
    qtbot.keyClick(screen.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    back = [i for i in demo.agenda.agenda(planned) if i.uuid == item.uuid]
    assert back and back[0].id == item.id and back[0].position == item.position
    assert [i.uuid for i in editor.model.items] == [i.uuid for i in
                                                     demo.agenda.agenda(planned)]
    qtbot.keyClick(screen.table, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert item.uuid not in [i.uuid for i in demo.agenda.agenda(planned)]
    assert prompts.errors == []


def test_the_history_survives_switching_screens(qtbot, window, screen, demo, prompts):
    planned = next(x.meeting.id for x in demo.meetings.listings()
                   if x.meeting.status is MeetingStatus.PLANNED)
    screen.select_meeting(planned)
    prompts.answer("Leerlingenvervoer")
    screen.detail.agenda.add_free_item()
    assert "Leerlingenvervoer" in [i.title for i in demo.agenda.agenda(planned)]
    window.nav.setCurrentRow(1)  # the action list
    window.nav.setCurrentRow(0)
    window.bus.undo()
    assert "Leerlingenvervoer" not in [i.title for i in demo.agenda.agenda(planned)]
    assert "Leerlingenvervoer" not in [i.title for i in screen.detail.agenda.model.items]
