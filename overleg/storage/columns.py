"""Conversions between domain values and the TEXT/INTEGER columns they are stored in."""

from datetime import date, datetime


def iso(value: date | datetime | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.replace(microsecond=0).isoformat(timespec="minutes")
    return value.isoformat()


def to_date(text: str | None) -> date | None:
    return date.fromisoformat(text[:10]) if text else None


def to_datetime(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None
