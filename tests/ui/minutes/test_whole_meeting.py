"""The secretary takes the minutes of 28 November 2013 from start to end, mostly from the
keyboard, and the action list and decision register read back what was entered."""

from datetime import date

from PySide6.QtCore import Qt

from overleg.domain.enums import AttendanceStatus as A
from overleg.domain.enums import Outcome
from tests.ui.minutes.conftest import click_check, meeting_of


def test_a_whole_meeting_is_minuted_and_read_back_by_the_services(qtbot, minutes):
    m, s = minutes, minutes.services
    view = m.view
    panel = view.attendance
    peter = next(n for n, (_a, p) in enumerate(panel.model.rows) if p.name == "Peter Kok")
    click_check(panel.table, panel.model.index(peter, 3))  # sent his apologies after all
    # walk to the pupil-transport item with the keyboard
    view.walk.setFocus()
    for _ in range(m.item_row("Consequenties van passend onderwijs voor het leerlingenvervoer")):
        qtbot.keyClick(view.walk, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    page = view.page
    assert page.item.title == "Consequenties van passend onderwijs voor het leerlingenvervoer"
    page.notes.setFocus()
    page.notes.moveCursor(page.notes.textCursor().MoveOperation.End)
    qtbot.keyClicks(page.notes, " Het onderwijs vraagt om een gezamenlijke aanbesteding.")
    qtbot.mouseClick(page.outcome.buttons[Outcome.NO_CONSENSUS], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.decisions.new_text, "De stuurgroep legt de aanbesteding voor aan het "
                                             "Bestuurlijk Overleg Passend Onderwijs.")
    qtbot.keyClick(page.decisions.new_text, Qt.Key.Key_Return)
    f = page.followups
    qtbot.keyClicks(f.text, "Voorstel gezamenlijke aanbesteding leerlingenvervoer")
    f.owner.select("Ingrid Bos")
    f.target.choose_meeting(f.target.meeting.itemData(1))
    qtbot.keyClick(f.text, Qt.Key.Key_Return)
    qtbot.keyClicks(f.text, "Kosten leerlingenvervoer 2013 rondsturen")
    f.owner.select("Anouk Jansen")
    f.target.choose_date(date(2013, 12, 20))
    qtbot.mouseClick(f.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(f.text, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert page.item.title.startswith("Consequenties van passend onderwijs voor de onderwijs")

    mid = m.meeting_id
    people = {p.id: p.name for p in s.bodies.all_people()}
    assert {people[a.person_id]: a.status for a in s.meetings.attendance(mid)}["Peter Kok"] \
        is A.APOLOGIES
    item = next(i for i in s.agenda.agenda(mid) if i.title.endswith("leerlingenvervoer"))
    assert item.notes.endswith("Het onderwijs vraagt om een gezamenlijke aanbesteding.")
    assert item.outcome is Outcome.NO_CONSENSUS
    register = s.followups.decision_register()
    assert [(d.decision.number, d.body_name) for d in register
            if d.decision.meeting_id == mid] == [("STT-20131128-01",
                                                  "Stuurgroep Talentontwikkeling")]
    bopo = meeting_of(s, "BOPO", 2)
    at_bopo = s.followups.all(s.followups.filter(target_meeting_id=bopo))
    assert ("Voorstel gezamenlijke aanbesteding leerlingenvervoer", "Ingrid Bos") in [
        (x.followup.text, x.followup.owner_label) for x in at_bopo]
    dated = s.followups.all(s.followups.filter(origin_meeting_id=mid, as_of=date(2014, 1, 1),
                                               overdue_only=True))
    assert [x.followup.text for x in dated] == ["Kosten leerlingenvervoer 2013 rondsturen"]
    marker = view.walk_model.data(view.walk_model.index(m.item_row(item.title)),
                                  Qt.ItemDataRole.ToolTipRole)
    assert marker == "no consensus"
