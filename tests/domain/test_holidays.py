from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from overleg.domain.holidays import (
    day_mark,
    easter,
    holidays,
    is_working_day,
    last_working_day_before,
)


def test_easter_of_known_years():
    assert [easter(y) for y in (2013, 2024, 2025, 2027, 2038)] == [
        date(2013, 3, 31), date(2024, 3, 31), date(2025, 4, 20), date(2027, 3, 28),
        date(2038, 4, 25)]


def test_the_holidays_of_2027_and_kings_day_on_a_sunday():
    h = holidays(2027)
    assert h[date(2027, 5, 6)] == "Hemelvaartsdag" and h[date(2027, 5, 17)] == "Tweede Pinksterdag"
    assert h[date(2027, 3, 29)] == "Tweede Paasdag" and h[date(2027, 12, 26)] == "Tweede Kerstdag"
    assert date(2025, 4, 26) in holidays(2025)  # 27 April 2025 is a Sunday
    assert date(2025, 4, 27) not in holidays(2025)


def test_liberation_day_is_marked_every_year_and_a_day_off_in_lustrum_years():
    assert day_mark(date(2025, 5, 5)) == "Bevrijdingsdag"
    assert "geen algemene vrije dag" in day_mark(date(2027, 5, 5))
    assert not is_working_day(date(2025, 5, 5)) and is_working_day(date(2027, 5, 5))


def test_weekend_marks():
    assert day_mark(date(2027, 5, 1)) == "zaterdag"
    assert day_mark(date(2027, 3, 28)) == "Eerste Paasdag, zondag"
    assert day_mark(date(2027, 4, 30)) == ""


def test_the_last_working_day_before_skips_a_long_weekend():
    assert last_working_day_before(date(2027, 3, 30)) == date(2027, 3, 25)  # Easter + Good Friday


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31)))
def test_easter_is_a_sunday_in_spring_and_the_last_working_day_is_one(d):
    e = easter(d.year)
    assert e.weekday() == 6 and date(d.year, 3, 22) <= e <= date(d.year, 4, 25)
    w = last_working_day_before(d)
    assert w < d and is_working_day(w) and (d - w) <= timedelta(days=6)
    assert (day_mark(d) == "") == is_working_day(d) or d.month == 5 and d.day == 5
