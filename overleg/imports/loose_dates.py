"""Dates as people type them in Dutch spreadsheets: 19-9-2013, 19/09/13,
'19 september 2013', 'do 19 sept. 2013', ISO, real Excel dates and Excel day numbers."""

import re
from datetime import date, datetime, timedelta

from overleg.domain.dutch_dates import MONTHS

_EXCEL_EPOCH = date(1899, 12, 30)
_MONTH_WORDS = {name: n for n, name in enumerate(MONTHS, start=1)}
_MONTH_WORDS |= {name[:3]: n for n, name in enumerate(MONTHS, start=1)}
_MONTH_WORDS |= {"sept": 9, "mrt": 3, "maa": 3, "okt": 10, "mei": 5,
                 # English month names, for lists exported from English Outlook/Excel
                 "january": 1, "february": 2, "march": 3, "may": 5, "june": 6,
                 "july": 7, "october": 10, "oct": 10, "mar": 3}
_NUMERIC = re.compile(r"(?<!\d)(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})(?!\d)")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_WORDS = re.compile(r"(\d{1,2})\s+([a-z]+)\.?\s+(\d{4})")


def loose_date(value: object) -> date | None:
    """The date in a cell, None for an empty cell; ValueError when it holds no date."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        if 10000 <= value <= 80000:  # an Excel day number from a cell formatted as number
            return _EXCEL_EPOCH + timedelta(days=int(value))
        raise ValueError(value)
    found = find_date(str(value))
    if found is None:
        raise ValueError(value)
    return found


def find_date(text: str) -> date | None:
    """The first date written somewhere in a text ('Stuurgroep 28-11-2013'), or None."""
    low = text.lower()
    m = _ISO.search(low)
    if m:
        return _make(int(m[1]), int(m[2]), int(m[3]))
    m = _NUMERIC.search(low)
    if m:
        year = int(m[3])
        return _make(year + 2000 if year < 100 else year, int(m[2]), int(m[1]))
    m = _WORDS.search(low)
    if m and m[2] in _MONTH_WORDS:
        return _make(int(m[3]), _MONTH_WORDS[m[2]], int(m[1]))
    return None


def _make(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None
