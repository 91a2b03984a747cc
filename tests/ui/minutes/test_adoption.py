"""Adopting the previous minutes asks first, can record amendments ("vastgesteld met
wijzigingen"), and the meeting's header shows them and every reopening with its reason."""

from overleg.domain.enums import MeetingStatus
from overleg.ui.meetings.meeting_detail import MeetingDetail
from tests.ui.fakes import FakePrompts
from tests.ui.minutes.conftest import open_view

SWZ_NOVEMBER, SWZ_JANUARY = 7, 9  # January adopts November's draft minutes


def _adoption_box(qtbot, demo):
    m = open_view(qtbot, demo, SWZ_JANUARY)
    m.view.show_item(demo.minutes.adoption_item(SWZ_JANUARY))
    box = m.view.page.adoption
    assert box.button.isVisible() and box.button.isEnabled()
    return m, box


def test_adopting_asks_first_and_a_no_changes_nothing(qtbot, demo):
    m, box = _adoption_box(qtbot, demo)
    m.prompts.answer(None)  # the secretary closes the question
    box.button.click()
    assert m.prompts.asked == [
        "Adopt the minutes of donderdag 21 november 2013? After that they can no longer "
        "be changed."]
    assert demo.meetings.get(SWZ_NOVEMBER).status is MeetingStatus.MINUTES_DRAFT
    m.prompts.answer("Adopt with amendments…", "")  # amendments asked, none given
    box.button.click()
    assert demo.meetings.get(SWZ_NOVEMBER).status is MeetingStatus.MINUTES_DRAFT


def test_adopted_with_amendments_shows_them_and_the_reopening_in_the_header(qtbot, demo):
    m, box = _adoption_box(qtbot, demo)
    m.prompts.answer("Adopt with amendments…", "Punt 3: de aanbesteding start in 2014.")
    box.button.click()
    assert m.prompts.errors == []
    assert demo.meetings.get(SWZ_NOVEMBER).status is MeetingStatus.MINUTES_ADOPTED
    detail = MeetingDetail(demo, FakePrompts())
    qtbot.addWidget(detail)
    detail.set_meeting(SWZ_NOVEMBER)
    assert "Adopted with amendments: Punt 3: de aanbesteding start in 2014." in \
        detail.history.text()
    demo.minutes.reopen(SWZ_NOVEMBER, "Een tikfout in het besluit.")
    detail.refresh_header()
    text = detail.history.text()
    assert "Reopened on zondag 1 december 2013 by tester: Een tikfout in het besluit." in text
    assert "Adopted with amendments" not in text  # a draft again


def test_adopted_as_they_are(qtbot, demo):
    m, box = _adoption_box(qtbot, demo)
    m.prompts.answer("Adopt as they are")
    box.button.click()
    assert demo.meetings.get(SWZ_NOVEMBER).status is MeetingStatus.MINUTES_ADOPTED
    assert demo.documents.meeting_record(SWZ_NOVEMBER).amendments == ""
