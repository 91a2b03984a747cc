"""Dates and times written the Dutch way, independent of the machine's locale."""

from datetime import date, datetime

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
    """'19-09-2013', as used in running text and tables."""
    return f"{d:%d-%m-%Y}"


def time_of_day(t: datetime) -> str:
    """'14.00 uur' is the house style for times."""
    return f"{t:%H.%M} uur"


def time_range(start: datetime, end: datetime) -> str:
    return f"{start:%H.%M} – {end:%H.%M} uur"


def parse_date(text: str) -> date:
    """ISO ('2013-09-19') or Dutch ('19-09-2013', '19-9-2013'); one sentence when neither."""
    raw = text.strip()
    for fmt in ("%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y", "%d.%m.%Y"):
        try:
            return datetime.strptime(raw, fmt).date()
        except ValueError:
            continue
    shown = " ".join(raw.split())[:40]  # one line, whatever was typed or pasted
    raise ValidationError(f"'{shown}' is geen geldige datum; schrijf bijvoorbeeld 2013-09-19 "
                          "of 19-09-2013.")
