"""Attendance is ticked once, at the start: present, apologies or guest, and guests added."""

from PySide6.QtCore import Qt

from overleg.domain.enums import AttendanceStatus as A
from tests.helpers import body_with_members, meeting
from tests.ui.minutes.conftest import click_check, open_view


def statuses(m) -> dict[str, A]:
    people = {p.id: p.name for p in m.services.bodies.all_people()}
    return {people[a.person_id]: a.status for a in m.services.meetings.attendance(m.meeting_id)}


def row_of(m, name: str) -> int:
    return next(n for n, (_a, p) in enumerate(m.view.attendance.model.rows) if p.name == name)


def test_ticking_attendance_is_saved_at_once_and_shown_in_the_summary(qtbot, services):
    body = body_with_members(services, n=3)
    mid = meeting(services, body, (2013, 11, 28))
    m = open_view(qtbot, services, mid)
    panel = m.view.attendance
    assert m.view.right.currentIndex() == 0  # the attendance list comes first
    assert panel.summary.text() == "0 present, 0 apologies, 0 guest(s), 3 not ticked"
    click_check(panel.table, panel.model.index(row_of(m, "Lid STT 0"), 2))
    click_check(panel.table, panel.model.index(row_of(m, "Lid STT 1"), 3))
    assert statuses(m) == {"Lid STT 0": A.PRESENT, "Lid STT 1": A.APOLOGIES,
                           "Lid STT 2": A.INVITED}
    assert m.view.undo_action.text() == "Undo Attendance"  # what Ctrl+Z would undo
    # from the keyboard: Space ticks the current cell
    panel.table.setFocus()
    panel.table.setCurrentIndex(panel.model.index(row_of(m, "Lid STT 1"), 2))
    qtbot.keyClick(panel.table, Qt.Key.Key_Space)
    assert statuses(m)["Lid STT 1"] is A.PRESENT
    click_check(panel.table, panel.model.index(row_of(m, "Lid STT 1"), 3))
    qtbot.mouseClick(panel.all_present, Qt.MouseButton.LeftButton)
    assert statuses(m)["Lid STT 2"] is A.PRESENT
    assert panel.summary.text() == "2 present, 1 apologies, 0 guest(s), 0 not ticked"
    # apologies after all: ticking another column moves the tick
    click_check(panel.table, panel.model.index(row_of(m, "Lid STT 2"), 3))
    assert statuses(m)["Lid STT 2"] is A.APOLOGIES
    assert panel.model.data(panel.model.index(row_of(m, "Lid STT 2"), 2),
                            Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    # the whole 'everyone else present' is one undo step
    m.view.undo()
    assert statuses(m)["Lid STT 2"] is A.PRESENT
    m.view.undo()
    assert statuses(m)["Lid STT 2"] is A.INVITED


def test_a_guest_is_added_from_the_people_known_or_as_a_new_person(qtbot, demo):
    from tests.ui.minutes.conftest import meeting_of
    m = open_view(qtbot, demo, meeting_of(demo, "STT", 11))
    panel = m.view.attendance
    m.prompts.answer("Sandra Mulder (manager)")
    qtbot.mouseClick(panel.add_guest, Qt.MouseButton.LeftButton)
    m.prompts.answer(0, "Karin Smit")  # 'a new person…', then the name
    qtbot.mouseClick(panel.add_guest, Qt.MouseButton.LeftButton)
    assert statuses(m)["Sandra Mulder"] is A.GUEST
    assert statuses(m)["Karin Smit"] is A.GUEST
    assert "Karin Smit" in [p.name for p in demo.bodies.all_people()]
    assert "2 guest(s)" in panel.summary.text()
    # an invitee cannot be removed, a guest can
    panel.table.setCurrentIndex(panel.model.index(row_of(m, "Anouk Jansen"), 0))
    qtbot.mouseClick(panel.remove_guest, Qt.MouseButton.LeftButton)
    assert m.prompts.errors and "Anouk Jansen" in statuses(m)
    panel.table.setCurrentIndex(panel.model.index(row_of(m, "Sandra Mulder"), 0))
    qtbot.mouseClick(panel.remove_guest, Qt.MouseButton.LeftButton)
    assert "Sandra Mulder" not in statuses(m)
