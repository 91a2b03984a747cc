from datetime import datetime

import pytest

from overleg.domain.enums import MeetingStatus as S
from overleg.domain.errors import ReadOnlyError, TransitionError, ValidationError
from overleg.domain.meetings import Meeting


def test_a_meeting_cannot_end_before_it_starts():
    with pytest.raises(ValidationError, match="eindigen voordat"):
        Meeting(1, datetime(2013, 9, 19, 17), datetime(2013, 9, 19, 15))


def test_the_lifecycle_goes_forward_and_adopted_minutes_are_read_only():
    m = Meeting(1, datetime(2013, 9, 19, 15))
    for step in (S.AGENDA_SENT, S.HELD, S.MINUTES_DRAFT):
        m.advance(step)
    m.ensure_editable()
    m.advance(S.MINUTES_ADOPTED)
    with pytest.raises(ReadOnlyError):
        m.ensure_editable()
    with pytest.raises(TransitionError):
        m.advance(S.CANCELLED)


def test_a_held_meeting_cannot_be_cancelled():
    m = Meeting(1, datetime(2013, 9, 19, 15), status=S.HELD)
    with pytest.raises(TransitionError):
        m.advance(S.CANCELLED)
