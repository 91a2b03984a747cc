"""A returning follow-up is settled where it is discussed: on the example's PFO meeting of
3 September 2013, item 'In het PFO van 3 september melden ... (Yvonne Bakker)' brings back
a follow-up that is still open."""

from datetime import date

from PySide6.QtCore import QDate, Qt

from overleg.domain.enums import FollowUpStatus
from tests.ui.minutes.conftest import meeting_of, open_view


def test_the_secretary_settles_a_returning_follow_up_on_its_item(qtbot, demo):
    m = open_view(qtbot, demo, meeting_of(demo, "PFO", 9))
    item_id = m.go_to("In het PFO van 3 september melden of het college de notitie heeft "
                      "vastgesteld (Yvonne Bakker)")
    box = m.view.page.settle
    assert box.isVisible() and box.editor.isVisible()
    assert box.date.date() == QDate(2013, 9, 3)  # the meeting's day by default
    fu_id = demo.agenda.item(item_id).source_followup_id
    assert demo.followups.get(fu_id).is_open
    box.date.setDate(QDate(2013, 9, 10))
    qtbot.keyClicks(box.result, "Schriftelijk gemeld op 10 september.")
    qtbot.mouseClick(box.done_button, Qt.MouseButton.LeftButton)
    f = demo.followups.get(fu_id)
    assert (f.status, f.done_on, f.result) == (
        FollowUpStatus.DONE, date(2013, 9, 10), "Schriftelijk gemeld op 10 september.")
    assert not box.editor.isVisible() and "10 september 2013" in box.state.text()
    # an item that brings nothing back shows no box
    m.go_to("Schema bespreekpunten")
    assert not m.view.page.settle.isVisible()


def test_cancelling_without_a_reason_is_refused_with_one_sentence(qtbot, demo):
    m = open_view(qtbot, demo, meeting_of(demo, "PFO", 9))
    item_id = m.go_to("In het PFO van 3 september melden of het college de notitie heeft "
                      "vastgesteld (Yvonne Bakker)")
    qtbot.mouseClick(m.view.page.settle.cancel_button, Qt.MouseButton.LeftButton)
    assert m.prompts.errors == ["Geef een reden op waarom het actiepunt vervalt."]
    assert demo.followups.get(demo.agenda.item(item_id).source_followup_id).is_open
