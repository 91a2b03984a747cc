"""Dates and times written the Dutch way, independent of the machine's locale; and the
one parser of dates people type (command line, screens) or write in spreadsheets:
19-9-2013, 19/09/13, '19 september 2013', 'do 19 sept. 2013', ISO, Excel dates and
Excel day numbers."""

import re
from datetime import date, datetime, timedelta

from overleg.domain.errors import ValidationError

WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
          "september", "oktober", "november", "december")


def long_date(d: date) -> str:
    """'donderdag 19 september 2013'."""
    return f"{WEEKDAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1]} {d.year}"


def medium_date(d: date) -> str:
    """'19 september 2013'."""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def short_date(d: date) -> str:
    """'19-09-2013', as used in running text and tables (without strftime, which takes
    three times as long: the first screen writes a few hundred of these)."""
    return f"{d.day:02d}-{d.month:02d}-{d.year}"


def time_of_day(t: datetime) -> str:
    """'14.00 uur' is the house style for times."""
    return f"{t:%H.%M} uur"


def time_range(start: datetime, end: datetime) -> str:
    return f"{start:%H.%M} – {end:%H.%M} uur"


def not_a_date(raw: object, *, field: str = "") -> ValidationError:
    """The one refusal of a text that is no date, on every path that takes dates: typed in
    a field or on the command line, a spreadsheet cell, an archive's column."""
    return ValidationError(f"'{raw}' is geen geldige datum; schrijf bijvoorbeeld 2013-09-19.",
                           field=field)


def parse_date(text: str) -> date:
    """A date typed as a whole ('2013-09-19', '19-9-2013', '19/09/13', '19 sep 2013',
    '19092013'); one sentence when it is none."""
    raw = " ".join(str(text).split())
    found = _match(raw.lower(), whole=True)
    if found is None:
        raise not_a_date(raw)
    return found


def loose_date(value: object) -> date | None:
    """The date in a spreadsheet cell, None for an empty cell; ValidationError when it
    holds no date."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        if 10000 <= value <= 80000:  # an Excel day number from a cell formatted as number
            return _EXCEL_EPOCH + timedelta(days=int(value))
        return parse_date(str(value))  # the refusal sentence
    found = find_date(str(value))
    return found if found is not None else parse_date(str(value))


def find_date(text: str) -> date | None:
    """The first date written somewhere in a text ('Stuurgroep 28-11-2013'), or None."""
    return _match(str(text).lower(), whole=False)


def stored_date(text: str | None, *, field: str = "datum") -> date | None:
    """A date column as Overleg stores it (ISO); one sentence when another program
    wrote something else there."""
    if not text:
        return None
    try:
        return date.fromisoformat(str(text)[:10])
    except ValueError:
        raise not_a_date(text, field=field) from None


def stored_datetime(text: str | None, *, field: str = "tijdstip") -> datetime | None:
    if not text:
        return None
    try:
        return datetime.fromisoformat(str(text))
    except ValueError:
        raise ValidationError(f"Het veld '{field}' bevat '{text}', geen tijdstip.",
                              field=field) from None


_EXCEL_EPOCH = date(1899, 12, 30)
_MONTH_WORDS = {name: n for n, name in enumerate(MONTHS, start=1)}
_MONTH_WORDS |= {name[:3]: n for n, name in enumerate(MONTHS, start=1)}
_MONTH_WORDS |= {"sept": 9, "mrt": 3, "maa": 3, "okt": 10, "mei": 5,
                 # English month names, for lists exported from English Outlook/Excel
                 "january": 1, "february": 2, "march": 3, "may": 5, "june": 6,
                 "july": 7, "october": 10, "oct": 10, "mar": 3}
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_NUMERIC = re.compile(r"(?<!\d)(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})(?!\d)")
_DIGITS = re.compile(r"\d{6}|\d{8}")
_WORDS = re.compile(r"(\d{1,2})\s+([a-z]+)\.?\s+(\d{4})")


def _match(low: str, *, whole: bool) -> date | None:
    def hit(pattern: re.Pattern) -> re.Match | None:
        return pattern.fullmatch(low) if whole else pattern.search(low)

    m = hit(_ISO)
    if m:
        return _make(int(m[1]), int(m[2]), int(m[3]))
    m = hit(_NUMERIC)
    if m:
        year = int(m[3])
        return _make(year + 2000 if year < 100 else year, int(m[2]), int(m[1]))
    m = hit(_WORDS)
    if m and m[2] in _MONTH_WORDS:
        return _make(int(m[3]), _MONTH_WORDS[m[2]], int(m[1]))
    if whole and _DIGITS.fullmatch(low):  # typed without separators: 19092013, 190913
        year = int(low[4:])
        return _make(year + 2000 if len(low) == 6 else year, int(low[2:4]), int(low[:2]))
    return None


def _make(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None
