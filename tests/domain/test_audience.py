"""The audience rule: who sees closed records, what derives confidentiality, the line."""

import pytest

from overleg.domain import audience as a
from overleg.domain.enums import AttendanceStatus
from overleg.domain.errors import ValidationError


def test_only_members_see_closed_records():
    records = ["open", "besloten-1", "besloten-2"]
    closed = lambda r: r.startswith("besloten")  # noqa: E731
    assert a.for_audience(records, a.Audience.MEMBERS, closed).shown == records
    for audience in (a.Audience.GUESTS, a.Audience.PUBLIC):
        selection = a.for_audience(records, audience, closed)
        assert selection.shown == ["open"]
        assert selection.note == "2 besloten punten zijn niet opgenomen."


def test_the_neutral_line_counts_in_dutch():
    assert a.left_out_line(0) == ""
    assert a.left_out_line(1) == "Eén besloten punt is niet opgenomen."
    assert a.left_out_line(3) == "3 besloten punten zijn niet opgenomen."


def test_a_guest_is_anyone_not_a_member_or_attending_as_guest():
    assert a.audience_of(True, AttendanceStatus.INVITED) is a.Audience.MEMBERS
    assert a.audience_of(True, AttendanceStatus.GUEST) is a.Audience.GUESTS
    assert a.audience_of(False, AttendanceStatus.INVITED) is a.Audience.GUESTS
    assert a.audience_for(public=True) is a.Audience.PUBLIC


def test_what_derives_from_a_closed_record_is_closed_and_cannot_be_opened_alone():
    assert a.derived_confidential(False, True)
    assert not a.derived_confidential(False, False)
    with pytest.raises(ValidationError, match="blijft besloten"):
        a.check_marking(False, source_confidential=True)
    a.check_marking(False, source_confidential=False)


def test_a_followup_is_closed_through_its_decision():
    assert a.record_item(None, 7, {7: 3}) == 3
    assert a.record_confidential(a.record_item(None, 7, {7: 3}), {3})
    assert not a.record_confidential(None, {3})
