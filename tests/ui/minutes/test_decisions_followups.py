"""Decisions and follow-ups entered in place under the current item, with undo."""

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.minutes.conftest import click_row


def test_a_decision_is_taken_reworded_and_deleted_with_the_numbers_of_the_service(qtbot,
                                                                                    minutes):
    m = minutes
    item_id = m.go_to("Consequenties van passend onderwijs voor de onderwijshuisvesting")
    panel = m.view.page.decisions
    assert panel.empty.isVisible() and not panel.table.isVisible()
    qtbot.keyClicks(panel.new_text, "De stuurgroep neemt de inventarisatie op in het IHP 2014.")
    qtbot.keyClick(panel.new_text, Qt.Key.Key_Return)
    taken = [d for d in m.services.minutes.decisions_of(m.meeting_id) if d.item_id == item_id]
    assert [d.text for d in taken] == ["De stuurgroep neemt de inventarisatie op in het IHP "
                                       "2014."]
    assert taken[0].number == "STT-20131128-01"
    assert panel.model.data(panel.model.index(0, 0)) == "STT-20131128-01"
    assert panel.table.isVisible() and not panel.empty.isVisible()
    assert panel.new_text.text() == ""
    # reword in place: double-click the wording
    index = panel.model.index(0, 1)
    panel.table.setFocus()
    panel.table.setCurrentIndex(index)
    qtbot.keyClick(panel.table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, "De stuurgroep neemt de inventarisatie over.")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: m.services.minutes.decisions_of(m.meeting_id)[0].text ==
                    "De stuurgroep neemt de inventarisatie over.")
    m.view.undo()
    assert m.services.minutes.decisions_of(m.meeting_id)[0].text.endswith("IHP 2014.")
    # delete asks first
    click_row(panel.table, panel.model.index(0, 0))
    m.prompts.answer(True)
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert m.services.minutes.decisions_of(m.meeting_id) == []
    assert panel.model.rowCount() == 0
    m.view.undo()  # undo the delete: back, with a number again
    assert [d.number for d in m.services.minutes.decisions_of(m.meeting_id)] == \
        ["STT-20131128-01"]
    m.view.undo()  # the rewording was undone before; now the adding
    assert m.services.minutes.decisions_of(m.meeting_id) == []
    m.view.redo()
    assert len(m.services.minutes.decisions_of(m.meeting_id)) == 1
    assert panel.model.rowCount() == 1


def test_follow_ups_target_a_later_meeting_of_any_body_or_a_date(qtbot, minutes):
    m = minutes
    item_id = m.go_to("Consequenties van passend onderwijs voor het leerlingenvervoer")
    panel = m.view.page.followups
    target = panel.target
    offered = [target.meeting.itemText(i) for i in range(target.meeting.count())]
    assert offered == ["Stuurgroep Welzijn en Zorg, donderdag 16 januari 2014",
                       "Bestuurlijk Overleg Passend Onderwijs, donderdag 13 februari 2014"]
    qtbot.keyClicks(panel.text, "Tweede tranche leerlingenvervoer toelichten in het OOGO")
    panel.owner.select("Anouk Jansen")
    qtbot.mouseClick(target.at_meeting, Qt.MouseButton.LeftButton)
    target.meeting.setCurrentIndex(1)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(panel.text, "Vervoerskosten 2013 in beeld brengen")
    panel.owner.select("Gemeente Lelystad")
    target.choose_date(date(2014, 1, 10))
    qtbot.keyClick(panel.text, Qt.Key.Key_Return)
    mine = [f for f in m.services.minutes.followups_of(m.meeting_id) if f.item_id == item_id]
    by_text = {f.text: f for f in mine}
    oogo = by_text["Tweede tranche leerlingenvervoer toelichten in het OOGO"]
    assert oogo.owner_label == "Anouk Jansen"
    assert oogo.target.meeting_day == date(2014, 2, 13)
    assert oogo.target.meeting_label.startswith("Bestuurlijk Overleg Passend Onderwijs")
    costs = by_text["Vervoerskosten 2013 in beeld brengen"]
    assert (costs.owner_label, costs.owner_organisation_id is not None) == \
        ("Gemeente Lelystad", True)
    assert costs.target.due_date == date(2014, 1, 10)
    shown = {panel.model.data(panel.model.index(r, 0)): panel.model.data(
        panel.model.index(r, 2)) for r in range(panel.model.rowCount())}
    assert shown["Vervoerskosten 2013 in beeld brengen"] == "by 10 januari 2014"
    assert shown["Tweede tranche leerlingenvervoer toelichten in het OOGO"] == \
        "Bestuurlijk Overleg Passend Onderwijs, donderdag 13 februari 2014"
    # it comes back on that meeting's agenda proposals
    bopo = oogo.target.meeting_id
    assert oogo.id in [p.followup_id for p in m.services.agenda.proposals(bopo)]
    # undo removes the last one added; redo brings it back
    m.view.undo()
    assert "Vervoerskosten 2013 in beeld brengen" not in [
        f.text for f in m.services.minutes.followups_of(m.meeting_id)]
    m.view.redo()
    assert "Vervoerskosten 2013 in beeld brengen" in [
        f.text for f in m.services.minutes.followups_of(m.meeting_id)]
    # a date before the meeting is refused with one sentence, nothing stored
    count = len(m.services.minutes.followups_of(m.meeting_id))
    qtbot.keyClicks(panel.text, "Te laat")
    target.date.setMinimumDate(target.date.minimumDate().addYears(-1))
    target.choose_date(date(2013, 11, 1))
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert m.prompts.errors[-1].startswith("De termijn van een actiepunt kan niet")
    assert len(m.services.minutes.followups_of(m.meeting_id)) == count
    assert panel.text.text() == "Te laat"  # kept, to correct


def test_a_follow_up_is_corrected_in_place_and_the_correction_undone(qtbot, minutes):
    m = minutes
    item_id = m.go_to("Consequenties van passend onderwijs voor de onderwijshuisvesting")
    panel = m.view.page.followups
    assert panel.model.rowCount() == 1
    original = panel.model.followup(0)
    click_row(panel.table, panel.model.index(0, 0))
    qtbot.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)
    assert panel.text.text() == original.text and panel.owner.currentText() == "Jan de Vries"
    assert panel.target.date.date().toPython() == date(2014, 2, 1)
    assert panel.add_button.text() == "&Save follow-up" and panel.cancel_button.isVisible()
    panel.text.selectAll()
    qtbot.keyClicks(panel.text, "Inventarisatie aanleveren voor het IHP")
    panel.owner.select("Samenwerkingsverband Passend Primair Onderwijs Lelystad")
    qtbot.mouseClick(panel.target.at_meeting, Qt.MouseButton.LeftButton)
    qtbot.keyClick(panel.text, Qt.Key.Key_Return)
    stored = m.services.followups.get(original.id)
    assert stored.text == "Inventarisatie aanleveren voor het IHP"
    assert stored.owner_label == "Samenwerkingsverband Passend Primair Onderwijs Lelystad"
    assert stored.target.meeting_day == date(2014, 1, 16)  # the first meeting offered
    assert panel.add_button.text() == "Add follo&w-up" and panel.text.text() == ""
    assert panel.model.rowCount() == 1 and item_id
    m.view.undo()
    back = m.services.followups.get(original.id)
    assert (back.text, back.owner_label, back.target.due_date) == (
        original.text, "Jan de Vries", date(2014, 2, 1))
    assert panel.model.data(panel.model.index(0, 0)) == original.text
