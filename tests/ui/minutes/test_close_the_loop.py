"""Closing the loop: mark the meeting held, adopt the previous minutes from the adoption
item, adopted minutes are read-only and say where, and reopening needs a reason."""

from PySide6.QtCore import Qt

from overleg.domain.enums import MeetingStatus as S
from overleg.storage.audit_repo import AuditRepo
from tests.helpers import body_with_members, meeting
from tests.ui.minutes.conftest import meeting_of, open_view


def fresh_pair(s):
    """Two meetings of a new body in the example database, the first with draft minutes."""
    body = body_with_members(s, code="LEA", n=3)
    first, second = meeting(s, body, (2014, 3, 6)), meeting(s, body, (2014, 4, 10))
    for mid in (first, second):
        s.agenda.start_from_standard(mid)
    s.agenda.add_item(first, "Kadernota LEA: hoofdlijnen")
    return first, second


def test_the_meeting_is_marked_held_and_its_minutes_drafted(qtbot, demo):
    first, _ = fresh_pair(demo)
    m = open_view(qtbot, demo, first)
    header = m.view.header
    assert header.status.text() == "Status: planned" and header.step.text() == "Mar&k as held"
    qtbot.mouseClick(header.step, Qt.MouseButton.LeftButton)
    assert demo.meetings.get(first).status is S.HELD
    assert header.step.text() == "Mar&k minutes as drafted"
    with qtbot.waitSignal(m.view.changed):
        qtbot.mouseClick(header.step, Qt.MouseButton.LeftButton)
    assert demo.meetings.get(first).status is S.MINUTES_DRAFT
    assert header.status.text() == "Status: draft minutes" and not header.step.isVisible()


def test_adopting_the_previous_minutes_makes_them_read_only_until_reopened(qtbot, demo):
    first, second = fresh_pair(demo)
    demo.meetings.set_status(first, S.MINUTES_DRAFT)
    m = open_view(qtbot, demo, second)
    m.go_to("Vaststelling verslag vorige vergadering")
    box = m.view.page.adoption
    assert box.isVisible()
    assert box.state.text() == ("The minutes of the previous meeting (donderdag 6 maart 2014) "
                                "are still a draft.")
    m.prompts.answer("Adopt as they are")  # it asks first
    with qtbot.waitSignal(m.view.changed):
        qtbot.mouseClick(box.button, Qt.MouseButton.LeftButton)
    assert box.state.text() == "The minutes of donderdag 6 maart 2014 were adopted in this " \
                               "meeting."
    assert not box.button.isVisible()
    adopted = demo.meetings.get(first)
    assert (adopted.status, adopted.adopted_in_meeting_id) == (S.MINUTES_ADOPTED, second)
    m.go_to("Opening")
    assert not box.isVisible()  # only on the adoption item

    # the adopted minutes: read-only, visibly, and they say where they were adopted
    m.view.set_meeting(first)
    header, page = m.view.header, m.view.page
    assert header.banner.isVisible()
    assert header.banner.text().startswith("Adopted in Stuurgroep LEA of donderdag 10 april "
                                           "2014.")
    m.go_to("Kadernota LEA")
    assert page.notes.isReadOnly()
    assert not page.decisions.add_button.isEnabled() and not page.decisions.new_text.isVisible()
    assert not page.followups.editor.isVisible()
    assert not any(b.isEnabled() for b in page.outcome.buttons.values())
    page.notes.setFocus()
    qtbot.keyClicks(page.notes, "te laat")
    page.flush()
    assert demo.agenda.agenda(first)[-3].notes == ""  # nothing typed into adopted minutes
    assert not m.view.attendance.all_present.isEnabled()

    # reopening asks a reason; an empty one is refused with one sentence
    m.prompts.answer("   ")
    qtbot.mouseClick(header.reopen_button, Qt.MouseButton.LeftButton)
    assert m.prompts.errors[-1] == ("Geef een reden op om een vastgesteld verslag te "
                                    "heropenen.")
    assert demo.meetings.get(first).status is S.MINUTES_ADOPTED
    m.prompts.answer(None)  # cancelled: nothing happens
    qtbot.mouseClick(header.reopen_button, Qt.MouseButton.LeftButton)
    assert demo.meetings.get(first).status is S.MINUTES_ADOPTED
    m.prompts.answer("Naam van de voorzitter verkeerd gespeld")
    qtbot.mouseClick(header.reopen_button, Qt.MouseButton.LeftButton)
    reopened = demo.meetings.get(first)
    assert reopened.status is S.MINUTES_DRAFT and reopened.adopted_in_meeting_id is None
    last = AuditRepo(demo.db).for_record(reopened.uuid)[-1]
    assert (last.action, last.reason) == ("minutes_reopened",
                                          "Naam van de voorzitter verkeerd gespeld")
    assert not header.banner.isVisible() and not page.notes.isReadOnly()
    assert page.followups.editor.isVisible()


def test_the_example_meeting_shows_that_it_adopted_the_september_minutes(qtbot, demo):
    m = open_view(qtbot, demo, meeting_of(demo, "STT", 11))
    m.go_to("Vaststelling verslag vorige vergadering")
    assert m.view.page.adoption.state.text() == ("The minutes of donderdag 19 september 2013 "
                                                 "were adopted in this meeting.")
    m.view.set_meeting(meeting_of(demo, "STT", 9))
    assert m.view.header.banner.text().startswith(
        "Adopted in Stuurgroep Talentontwikkeling of donderdag 28 november 2013.")
