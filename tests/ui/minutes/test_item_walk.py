"""Walking the agenda item by item: notes saved while typing, outcomes, criteria, and the
keyboard: Ctrl+PgDown / Ctrl+PgUp, Ctrl+Z / Ctrl+Shift+Z."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from overleg.domain.enums import Outcome
from tests.ui.minutes.conftest import click_check


def test_notes_are_saved_after_a_pause_while_typing(qtbot, minutes):
    m = minutes
    item_id = m.go_to("Rondvraag")
    notes = m.view.page.notes
    notes.setFocus()
    qtbot.keyClicks(notes, "Geen vragen.")
    assert m.services.agenda.item(item_id).notes == ""  # not yet: still typing
    qtbot.waitUntil(lambda: m.services.agenda.item(item_id).notes == "Geen vragen.",
                    timeout=3000)


def test_notes_are_saved_when_leaving_the_item_and_one_burst_is_one_undo_step(qtbot, minutes):
    m = minutes
    first = m.go_to("Rondvraag")
    notes = m.view.page.notes
    notes.setFocus()
    qtbot.keyClicks(notes, "Peter Kok vraagt naar de planning")
    qtbot.keyClick(m.view.walk, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert m.view.page.item.title == "Sluiting"  # Ctrl+PgDown went to the next item
    assert m.services.agenda.item(first).notes == "Peter Kok vraagt naar de planning"
    qtbot.keyClick(m.view.walk, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert m.view.page.notes.toPlainText() == "Peter Kok vraagt naar de planning"
    # a second burst in the same field, saved by the pause
    notes.setFocus()
    notes.moveCursor(notes.textCursor().MoveOperation.End)
    qtbot.keyClicks(notes, " van het IHP.")
    qtbot.keyClick(notes, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert m.services.agenda.item(first).notes == "Peter Kok vraagt naar de planning"
    assert notes.toPlainText() == "Peter Kok vraagt naar de planning"
    qtbot.keyClick(notes, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert m.services.agenda.item(first).notes == \
        "Peter Kok vraagt naar de planning van het IHP."
    qtbot.keyClick(notes, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(notes, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert m.services.agenda.item(first).notes == ""


def test_outcomes_are_set_with_markers_and_postponing_asks_for_the_meeting(qtbot, minutes):
    m = minutes
    item_id = m.go_to("Casusoverleg thuiszitters")
    row = m.item_row("Casusoverleg thuiszitters")
    buttons = m.view.page.outcome.buttons
    qtbot.mouseClick(buttons[Outcome.CONSENSUS], Qt.MouseButton.LeftButton)
    assert m.services.agenda.item(item_id).outcome is Outcome.CONSENSUS
    assert m.view.walk_model.data(m.view.walk_model.index(row),
                                  Qt.ItemDataRole.ToolTipRole) == "consensus reached"
    m.prompts.answer("Bestuurlijk Overleg Passend Onderwijs, donderdag 13 februari 2014")
    qtbot.mouseClick(buttons[Outcome.POSTPONED], Qt.MouseButton.LeftButton)
    assert m.prompts.asked[-1] == "To which meeting does this item go?"
    stored = m.services.agenda.item(item_id)
    bopo = next(x for x in m.services.meetings.listings() if x.body_code == "BOPO")
    assert (stored.outcome, stored.postponed_to_meeting_id) == (Outcome.POSTPONED,
                                                                bopo.meeting.id)
    assert "13 februari 2014" in m.view.page.outcome.postponed_to.text()
    # cancelling the question changes nothing
    m.prompts.answer(None)
    qtbot.mouseClick(buttons[Outcome.POSTPONED], Qt.MouseButton.LeftButton)
    assert m.services.agenda.item(item_id).postponed_to_meeting_id == bopo.meeting.id
    # the list offers only meetings after this one, of any body
    m.prompts.answer(None)
    qtbot.mouseClick(buttons[Outcome.POSTPONED], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(buttons[Outcome.DISPUTE], Qt.MouseButton.LeftButton)
    assert m.services.agenda.item(item_id).outcome is Outcome.DISPUTE
    m.view.undo()
    stored = m.services.agenda.item(item_id)
    assert (stored.outcome, stored.postponed_to_meeting_id) == (Outcome.POSTPONED,
                                                                bopo.meeting.id)
    assert buttons[Outcome.POSTPONED].isChecked()


def test_the_criteria_checklist_is_ticked_with_a_remark_and_undone(qtbot, minutes):
    m = minutes
    item_id = m.go_to("Consequenties van passend onderwijs voor het leerlingenvervoer")
    table = m.view.page.checklist.table
    model = m.view.page.checklist.model
    assert m.view.page.checklist.isVisible() and model.rowCount() == 8
    click_check(table, model.index(1, 0))
    assert [c.code for c in m.services.agenda.item(item_id).checklist if c.checked] == ["C2"]
    table.setCurrentIndex(model.index(1, 1))
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_F2)  # edit the remark
    editor = QApplication.focusWidget()
    qtbot.keyClicks(editor, "kansen benut")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next loop turn
    qtbot.waitUntil(lambda: m.services.agenda.item(item_id).checklist[1].remark != "")
    check = m.services.agenda.item(item_id).checklist[1]
    assert (check.checked, check.remark) == (True, "kansen benut")
    m.view.undo()
    assert m.services.agenda.item(item_id).checklist[1].remark == ""
    m.view.undo()
    assert not m.services.agenda.item(item_id).checklist[1].checked
    assert model.data(model.index(1, 0), Qt.ItemDataRole.CheckStateRole) == \
        Qt.CheckState.Unchecked
    m.view.redo()
    assert m.services.agenda.item(item_id).checklist[1].checked


def test_next_and_previous_walk_from_attendance_through_every_item(qtbot, minutes):
    m = minutes
    view = m.view
    assert view.position.text() == "Attendance" and not view.previous_button.isEnabled()
    seen = []
    for _ in range(len(view.walk_model.items)):
        qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
        seen.append(view.page.item.title)
    assert seen == [i.title for i in m.services.agenda.agenda(m.meeting_id)]
    assert not view.next_button.isEnabled() and view.position.text() == "Item 9 of 9"
    view.page.notes.setFocus()
    qtbot.keyClick(view.page.notes, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert view.page.item.title == "Rondvraag"
