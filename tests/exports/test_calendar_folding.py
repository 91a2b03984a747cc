"""Our fold of calendar lines writes exactly what icalendar's own to_ical writes."""

from datetime import date, datetime

from hypothesis import example, given
from hypothesis import strategies as st
from icalendar.parser.string import _foldline

from overleg.domain.followups import FollowUp, Target
from overleg.exports.calendar.folding import calendar_bytes, fold_ascii
from overleg.exports.calendar.ics import DeadlineStyle, _calendar, deadline_component

ASCII_WITH_ESCAPES = st.text(alphabet="ab ;,:\\^\"=", max_size=400)


@given(ASCII_WITH_ESCAPES)
@example("x" * 73 + "\\n" + "y" * 200)
@example("x" * 147 + "^" + "y" * 10)
def test_an_ascii_line_folds_as_icalendar_folds_it(line):
    assert fold_ascii(line) == _foldline(line)


@given(st.text(max_size=300))
@example("Zaal \\N, één wethouder; " * 12)
def test_a_calendar_is_written_byte_for_byte_as_icalendar_writes_it(text):
    cal = _calendar("PUBLISH", "Stuurgroep 2013")
    f = FollowUp(f"Punt {text}", owner_label="Peter Kok", target=Target(due_date=date(2013, 10, 1)),
                 uuid="u-1")
    for style in DeadlineStyle:
        cal.add_component(deadline_component(f, text, style, datetime(2013, 9, 1, 12)))
    assert calendar_bytes(cal) == cal.to_ical()
