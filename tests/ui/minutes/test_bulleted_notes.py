"""Bulleted notes by keyboard: Ctrl+Shift+L, Enter continues the list, Enter on an empty
bullet ends it; stored as '- ' lines (the domain's Markdown) and printed in Word as List
Bullet paragraphs."""

import zipfile

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.minutes.test_keyboard_minutes import CTRL, SHIFT, active

ITEM = "Consequenties van passend onderwijs voor het leerlingenvervoer"


def test_bullets_typed_in_the_notes_come_out_as_a_word_list(qtbot, minutes, tmp_path):
    m = minutes
    active(qtbot, m.view)
    m.go_to(ITEM)
    notes = m.view.page.notes
    notes.setFocus()
    notes.clear()  # the example's own notes away: only what is typed here
    qtbot.keyClicks(notes, "Besproken:")
    qtbot.keyClick(notes, Qt.Key.Key_Return)
    qtbot.keyClicks(notes, "gezamenlijke aanbesteding")
    qtbot.keyClick(notes, Qt.Key.Key_L, CTRL | SHIFT)  # this line becomes a bullet
    qtbot.keyClick(notes, Qt.Key.Key_Return)  # the next bullet comes by itself
    qtbot.keyClicks(notes, "kosten 2013 rondsturen")
    qtbot.keyClick(notes, Qt.Key.Key_Return)
    qtbot.keyClick(notes, Qt.Key.Key_Return)  # an empty bullet ends the list
    qtbot.keyClicks(notes, "Geen overeenstemming.")
    assert QApplication.focusWidget() is notes
    m.view.page.flush()
    item_id = m.view.current_item_id()
    stored = m.services.agenda.item(item_id).notes
    assert stored == ("Besproken:\n- gezamenlijke aanbesteding\n- kosten 2013 rondsturen\n"
                      "Geen overeenstemming.")

    notes.selectAll()  # not all chosen lines are bullets: all become one
    qtbot.keyClick(notes, Qt.Key.Key_L, CTRL | SHIFT)
    assert notes.markdown().split("\n") == [
        "- Besproken:", "- gezamenlijke aanbesteding", "- kosten 2013 rondsturen",
        "- Geen overeenstemming."]
    qtbot.keyClick(notes, Qt.Key.Key_L, CTRL | SHIFT)  # all are: off again
    assert notes.markdown().split("\n") == [
        "Besproken:", "gezamenlijke aanbesteding", "kosten 2013 rondsturen",
        "Geen overeenstemming."]
    m.view.page.flush()
    m.services.agenda.update_item(item_id, notes=stored)

    out = tmp_path / "verslag.docx"
    m.services.documents.minutes(m.meeting_id, out)
    with zipfile.ZipFile(out) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    at = xml.index("gezamenlijke aanbesteding")
    paragraph = xml[xml.rindex("<w:p>", 0, at) if "<w:p>" in xml[:at] else
                    xml.rindex("<w:p ", 0, at):at]
    assert "ListBullet" in paragraph or "Lijstopsomming" in paragraph
