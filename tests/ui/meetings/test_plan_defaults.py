"""Choosing another body in 'Plan meeting' fills its defaults only into the fields the
user has not changed (issue 21)."""

from datetime import date, time

from PySide6.QtCore import Qt

from overleg.ui.meetings.plan_meeting_dialog import PlanMeetingDialog


def _dialog(qtbot, demo, body_code="STT"):
    dialog = PlanMeetingDialog(demo, lambda _r: True, body_id=demo.bodies.find(body_code).id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _invited(dialog):
    return [dialog.invitees.list.item(n).text().split(" — ")[0]
            for n in range(dialog.invitees.list.count())]


def _members(demo, code):
    return [p.name for _r, p in demo.bodies.members(demo.bodies.find(code).id)]


def _choose(dialog, name):
    dialog.body.setCurrentIndex(dialog.body.findText(name))


def test_an_untouched_dialog_follows_the_body(qtbot, demo):
    dialog = _dialog(qtbot, demo)
    _choose(dialog, "Stuurgroep Welzijn en Zorg")
    assert dialog.location.text() == "Stadhuis Lelystad, kamer 2.14"
    assert (dialog.times.start.time().toPython(), dialog.times.end.time().toPython()) == (
        time(13, 30), time(15, 30))
    assert _invited(dialog) == _members(demo, "SWZ")


def test_what_the_user_typed_stays_when_the_body_changes(qtbot, demo):
    dialog = _dialog(qtbot, demo)
    qtbot.keyClicks(dialog.location, "Het Podium")  # appended to the body's place
    typed = dialog.location.text()
    dialog.set_day(date(2014, 3, 6))
    dialog.times.start.setTime(time(9, 0))
    dialog.times.end.setTime(time(11, 0))
    dialog.invitees.list.item(0).setSelected(True)
    qtbot.mouseClick(dialog.invitees.remove, Qt.MouseButton.LeftButton)
    kept = _invited(dialog)
    assert kept == _members(demo, "STT")[1:]
    _choose(dialog, "Stuurgroep Welzijn en Zorg")
    assert dialog.location.text() == typed
    assert dialog.times.date.date().toPython() == date(2014, 3, 6)
    assert (dialog.times.start.time().toPython(), dialog.times.end.time().toPython()) == (
        time(9, 0), time(11, 0))
    assert _invited(dialog) == kept


def test_only_the_touched_field_is_kept(qtbot, demo):
    dialog = _dialog(qtbot, demo)
    dialog.location.clear()
    qtbot.keyClicks(dialog.location, "Zaal 3")
    _choose(dialog, "Stuurgroep Welzijn en Zorg")
    assert dialog.location.text() == "Zaal 3"
    assert dialog.times.start.time().toPython() == time(13, 30)  # the body's usual time
    assert _invited(dialog) == _members(demo, "SWZ")
