"""The term widget hands the services one Target, and shows one again for editing."""

from datetime import date, datetime

from overleg.domain.followups import NO_TERM, Target
from overleg.domain.listings import MeetingListing
from overleg.domain.meetings import Meeting
from overleg.ui.minutes.target_picker import DEFAULT_TERM, TargetPicker

LATER = MeetingListing(Meeting(body_id=1, starts_at=datetime(2013, 11, 28, 15), id=8),
                       "Stuurgroep Talentontwikkeling", "STT")


def test_each_choice_is_one_target_and_a_shown_target_comes_back_unchanged(qtbot):
    picker = TargetPicker()
    qtbot.addWidget(picker)
    picker.load(date(2013, 9, 19), [LATER])
    assert picker.target() == NO_TERM
    picker.by_date.setChecked(True)
    assert picker.target() == Target(due_date=date(2013, 9, 19) + DEFAULT_TERM)
    picker.at_meeting.setChecked(True)
    assert picker.target() == Target(meeting_id=8)
    for shown in (Target(due_date=date(2013, 12, 20)), Target(meeting_id=8), NO_TERM):
        picker.choose(shown)
        assert picker.target() == shown
    picker.choose(Target(meeting_id=5), "Stuurgroep 05-09-2013")  # no longer ahead
    assert picker.target() == Target(meeting_id=5)
    assert picker.meeting.currentText() == "Stuurgroep 05-09-2013"
