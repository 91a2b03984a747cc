"""Reminder mails from the action list: for the owner in view, or for every owner."""

from email import message_from_bytes
from email.policy import default

from PySide6.QtCore import QDate

from overleg.ui.followup.action_list_screen import ActionListScreen
from tests.ui.fakes import FakePrompts


def _screen(qtbot, demo):
    prompts, opened = FakePrompts(), []
    screen = ActionListScreen(demo, prompts)
    qtbot.addWidget(screen)
    screen.opener = opened.append
    screen.refresh()
    return screen, prompts, opened


def test_a_reminder_to_the_filtered_owner_as_of_the_lists_day(qtbot, demo, tmp_path):
    screen, prompts, opened = _screen(qtbot, demo)
    tom = next(p for p in demo.bodies.all_people() if p.name == "Tom Verbeek")
    screen.reminder_button.menu().aboutToShow.emit()
    assert not screen.reminder_button.one_action.isEnabled()  # no owner in view yet
    screen.owner_box.select(f"person:{tom.id}")
    screen.as_of_edit.setDate(QDate(2014, 3, 1))
    screen.reminder_button.menu().aboutToShow.emit()
    assert screen.reminder_button.one_action.isEnabled()
    prompts.answer(tmp_path / "herinnering Tom")  # where to save it; .eml is added
    screen.reminder_button.one_action.trigger()
    [draft] = opened
    assert draft == tmp_path / "herinnering Tom.eml"
    msg = message_from_bytes(draft.read_bytes(), policy=default)
    assert msg["To"].addresses[0].display_name == "Tom Verbeek"
    assert "Over de termijn: 45 dagen" in msg.get_body(("plain",)).get_content()
    assert prompts.errors == []


def test_the_selected_follow_ups_owner_when_no_owner_is_filtered(qtbot, demo):
    screen, _prompts, _opened = _screen(qtbot, demo)
    screen.table.selectRow(0)
    f = screen._selected_listing().followup
    assert screen.reminder_owner() == ("person", f.owner_person_id)


def test_reminders_to_all_owners_open_their_folder(qtbot, demo):
    screen, prompts, opened = _screen(qtbot, demo)
    screen.reminder_button.all_action.trigger()
    [folder] = opened
    assert len(list(folder.glob("*.eml"))) == len(demo.reminders.owners()) == 7
    assert prompts.infos[0].startswith("7 ") and prompts.errors == []
    assert str(folder) in prompts.infos[0]  # said where, should no file manager open
