"""Dutch public holidays and the mark a date gets when it falls on one or on a weekend.

The dates of the law are shown as the law states them; whether the Algemene termijnenwet
extends a period that ends on such a day is for the user to judge, not for the app."""

from datetime import date, timedelta

from overleg.domain.dutch_dates import WEEKDAYS


def easter(year: int) -> date:
    """Easter Sunday of the Gregorian calendar (the anonymous computus, Meeus/Jones/Butcher)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    leap = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * leap) // 451
    month, day = divmod(h + leap - 7 * m + 114, 31)
    return date(year, month, day + 1)


def holidays(year: int) -> dict[date, str]:
    """The public holidays of a year, with their Dutch names. Bevrijdingsdag is named every
    year and marked as a national day off only in lustrum years (2025, 2030, ...)."""
    e = easter(year)
    kings_day = date(year, 4, 27)
    if kings_day.weekday() == 6:  # on a Sunday it moves to the Saturday before
        kings_day = date(year, 4, 26)
    days = {
        date(year, 1, 1): "Nieuwjaarsdag",
        e - timedelta(days=2): "Goede Vrijdag",
        e: "Eerste Paasdag",
        e + timedelta(days=1): "Tweede Paasdag",
        kings_day: "Koningsdag",
        date(year, 5, 5): ("Bevrijdingsdag" if year % 5 == 0
                           else "Bevrijdingsdag (geen algemene vrije dag dit jaar)"),
        e + timedelta(days=39): "Hemelvaartsdag",
        e + timedelta(days=49): "Eerste Pinksterdag",
        e + timedelta(days=50): "Tweede Pinksterdag",
        date(year, 12, 25): "Eerste Kerstdag",
        date(year, 12, 26): "Tweede Kerstdag",
    }
    return days


def day_mark(d: date) -> str:
    """Why a date is not an ordinary working day ('zaterdag', 'Hemelvaartsdag'), or ''."""
    marks = []
    name = holidays(d.year).get(d)
    if name:
        marks.append(name)
    if d.weekday() >= 5:
        marks.append(WEEKDAYS[d.weekday()])
    return ", ".join(marks)


def is_working_day(d: date) -> bool:
    name = holidays(d.year).get(d, "")
    return d.weekday() < 5 and (not name or name.startswith("Bevrijdingsdag (geen"))


def on_or_before_working_day(d: date) -> date:
    while not is_working_day(d):
        d -= timedelta(days=1)
    return d


def last_working_day_before(d: date) -> date:
    """The last working day strictly before d: the latest day a meeting can be held to
    meet a deadline 'before d'."""
    day = d - timedelta(days=1)
    while not is_working_day(day):
        day -= timedelta(days=1)
    return day
