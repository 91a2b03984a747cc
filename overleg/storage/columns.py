"""Conversions between domain values and the TEXT/INTEGER columns they are stored in."""

from datetime import date, datetime

from overleg.domain.dutch_dates import stored_date, stored_datetime


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
