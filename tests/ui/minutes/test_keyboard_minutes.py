"""The minutes of a ten-item meeting taken with the keyboard only, as during a meeting:
Ctrl+PgDown to the next item (the cursor at the start of its notes, the page at its top),
type the notes, Ctrl+Shift+D a decision, Ctrl+Shift+A a follow-up, Ctrl+Shift+U and an
arrow key the outcome; an owner found by part of the name, a date typed with dashes.
Every text must land in the intended field of the intended item."""

from datetime import date, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from overleg.domain.enums import Outcome
from tests.ui.minutes.conftest import open_view

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
EARLIER = "Punt 5 was al voorbereid."


def active(qtbot, view) -> None:
    """Key events go where the focus is: the view must be the active window."""
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)


def _ten_item_meeting(s) -> int:
    body = s.bodies.find("STT")
    meeting = s.meetings.plan(body.id, datetime(2014, 1, 16, 15), datetime(2014, 1, 16, 17))
    for n in range(1, 11):
        item = s.agenda.add_item(meeting.id, f"Onderwerp {n}",
                                 description="Een lange toelichting. " * 40)
        if n == 5:
            s.agenda.update_item(item.id, notes=EARLIER)
    return meeting.id


def test_ten_items_minuted_by_keyboard_land_where_they_were_typed(qtbot, demo):
    m = open_view(qtbot, demo, _ten_item_meeting(demo))
    view, page = m.view, m.view.page
    active(qtbot, view)

    def press(key, modifiers=Qt.KeyboardModifier.NoModifier):
        qtbot.keyClick(QApplication.focusWidget(), key, modifiers)

    def type_text(text):
        qtbot.keyClicks(QApplication.focusWidget(), text)

    view.walk.setFocus()
    for n in range(1, 11):
        press(Qt.Key.Key_PageDown, CTRL)
        assert page.item.title == f"Onderwerp {n}"
        assert QApplication.focusWidget() is page.notes  # never the field used before
        assert page.notes.textCursor().position() == 0
        assert view.item_scroll.verticalScrollBar().value() == 0
        type_text(f"Aantekening {n}. ")
        press(Qt.Key.Key_D, CTRL | SHIFT)
        assert QApplication.focusWidget() is page.decisions.new_text
        type_text(f"Besluit {n}")
        press(Qt.Key.Key_Return)
        press(Qt.Key.Key_A, CTRL | SHIFT)
        assert QApplication.focusWidget() is page.followups.text
        type_text(f"Actie {n}")
        if n == 1:  # the owner by part of the name, the list's choice taken by Tab
            press(Qt.Key.Key_Tab)
            type_text("bos")
            popup = page.followups.owner.completer().popup()
            qtbot.keyClick(popup if popup.isVisible() else QApplication.focusWidget(),
                           Qt.Key.Key_Tab)
            assert page.followups.owner.currentText() == "Ingrid Bos"
            press(Qt.Key.Key_A, CTRL | SHIFT)  # back to the follow-up's text
        if n == 2:  # a due date, typed with dashes
            press(Qt.Key.Key_Tab)
            press(Qt.Key.Key_Tab)  # past the owner, on 'no term'
            press(Qt.Key.Key_Right)  # 'by date'
            press(Qt.Key.Key_Tab)
            assert QApplication.focusWidget() in (page.followups.target.date,
                                                  page.followups.target.date.lineEdit())
            type_text("19-2-2014")
            press(Qt.Key.Key_A, CTRL | SHIFT)
        press(Qt.Key.Key_Return)
        if n % 2 == 0:  # the outcome: from 'none yet' one step on, consensus
            press(Qt.Key.Key_U, CTRL | SHIFT)
            press(Qt.Key.Key_Right)
        if n == 3:  # back to item 2 and forward again: its notes are there, cursor first
            press(Qt.Key.Key_PageUp, CTRL)
            assert page.item.title == "Onderwerp 2"
            assert page.notes.toPlainText() == "Aantekening 2. "
            assert page.notes.textCursor().position() == 0
            press(Qt.Key.Key_PageDown, CTRL)
    press(Qt.Key.Key_PageUp, CTRL)  # leaving item 10 saves its notes

    s = m.services
    decisions, followups = s.minutes.decisions_of(m.meeting_id), \
        s.minutes.followups_of(m.meeting_id)
    for n, item in enumerate(s.agenda.agenda(m.meeting_id), start=1):
        expected_notes = f"Aantekening {n}. " + (EARLIER if n == 5 else "")
        assert item.notes == expected_notes, item.title
        assert [d.text for d in decisions if d.item_id == item.id] == [f"Besluit {n}"]
        assert [f.text for f in followups if f.item_id == item.id] == [f"Actie {n}"]
        if n == 1:
            owner = next(f for f in followups if f.item_id == item.id).owner_person_id
            assert s.bodies.person(owner).name == "Ingrid Bos"
        if n == 2:
            due = next(f for f in followups if f.item_id == item.id).target.due_date
            assert due == date(2014, 2, 19)
        assert item.outcome == (Outcome.CONSENSUS if n % 2 == 0 else None), item.title


def test_the_shortcuts_do_nothing_on_the_attendance_list(qtbot, minutes):
    view = minutes.view
    active(qtbot, view)
    view.show_row(0)
    view.walk.setFocus()
    qtbot.keyClick(view.walk, Qt.Key.Key_D, CTRL | SHIFT)
    assert QApplication.focusWidget() is view.walk
    qtbot.keyClick(view.walk, Qt.Key.Key_PageDown, CTRL)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageUp, CTRL)
    assert QApplication.focusWidget() is view.attendance.table


def test_the_28_november_minutes_by_keyboard_with_bulleted_notes(qtbot, minutes, tmp_path):
    """The Done-when of issue 15: the example's 28 November meeting minuted without the
    mouse, bulleted notes ('- ' and Enter) with a bold word (Ctrl+B) in every item; each
    text is stored with the item it was typed in and comes out of Word as list
    paragraphs with a bold run."""
    import docx

    m = minutes
    view, page = m.view, m.view.page
    active(qtbot, view)
    s = m.services
    before = {i.id: i.notes for i in s.agenda.agenda(m.meeting_id)}

    def press(key, modifiers=Qt.KeyboardModifier.NoModifier):
        qtbot.keyClick(QApplication.focusWidget(), key, modifiers)

    view.walk.setFocus()
    count = view.walk_model.rowCount() - 1  # row 0 is the attendance list
    assert count >= 5
    for n in range(1, count + 1):
        press(Qt.Key.Key_PageDown, CTRL)
        assert QApplication.focusWidget() is page.notes
        press(Qt.Key.Key_End, CTRL)  # after what the example already holds
        if page.notes.toPlainText():
            press(Qt.Key.Key_Return)
        qtbot.keyClicks(page.notes, f"- Punt {n}: ")  # '- ' starts the list
        press(Qt.Key.Key_B, CTRL)
        qtbot.keyClicks(page.notes, f"besluit {n}")
        press(Qt.Key.Key_B, CTRL)
        press(Qt.Key.Key_Return)  # the next bullet comes by itself
        qtbot.keyClicks(page.notes, f"tweede regel {n}")
    press(Qt.Key.Key_PageUp, CTRL)  # leaving the last item saves its notes

    items = s.agenda.agenda(m.meeting_id)
    assert len(items) == count
    for n, item in enumerate(items, start=1):
        earlier = before[item.id]
        typed = f"- Punt {n}: **besluit {n}**\n- tweede regel {n}"
        assert item.notes == (f"{earlier}\n{typed}" if earlier else typed), item.title

    out = tmp_path / "verslag.docx"
    s.documents.minutes(m.meeting_id, out)
    doc = docx.Document(str(out))
    for n in range(1, count + 1):
        for text in (f"Punt {n}: besluit {n}", f"tweede regel {n}"):
            p = next(p for p in doc.paragraphs if p.text == text)
            assert p.style.name == "List Bullet", text
        p = next(p for p in doc.paragraphs if p.text == f"Punt {n}: besluit {n}")
        assert [r.text for r in p.runs if r.style.name == "Strong" or r.bold] == \
            [f"besluit {n}"]
