"""Conversions between domain values and the TEXT/INTEGER columns they are stored in."""

from datetime import date, datetime

from overleg.domain.dutch_dates import stored_date, stored_datetime
from overleg.domain.errors import ValidationError


def iso(value: date | datetime | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.replace(microsecond=0).isoformat(timespec="minutes")
    return value.isoformat()


def to_date(text: str | None) -> date | None:
    return stored_date(text)


def to_datetime(text: str | None) -> datetime | None:
    return stored_datetime(text)


def required_date(text: str | None, *, field: str = "datum") -> date:
    """A NOT NULL date column (a milestone's due day): empty is refused, not None."""
    day = stored_date(text, field=field)
    if day is None:
        raise ValidationError(f"Het veld '{field}' mag niet leeg zijn.", field=field)
    return day


def required_datetime(text: str | None, *, field: str = "tijdstip") -> datetime:
    """A NOT NULL date-and-time column (a meeting's start)."""
    moment = stored_datetime(text, field=field)
    if moment is None:
        raise ValidationError(f"Het veld '{field}' mag niet leeg zijn.", field=field)
    return moment
