"""Retention of personal data (AVG): per kind of record, how long it is kept.

Each kind names what happens when its period has passed. The periods are the file's
settings (the organisation's policy); the defaults come from the same selection list the
user picks from. Counting is in whole months from the day the record was made final: the
meeting's day for what was said or who attended, the day a follow-up was done.
"""

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from overleg.domain.errors import ValidationError

NEVER = 0  # months: kept for good
CHOICES = (NEVER, 12, 24, 60, 84, 120, 240)  # the selection list, in months


class RetentionKind(StrEnum):
    CONFIDENTIAL_NOTES = "confidential_notes"
    ATTENDANCE = "attendance"
    FOLLOWUP_OWNERS = "followup_owners"


# (label, what happens, default months)
KINDS = {
    RetentionKind.CONFIDENTIAL_NOTES: (
        "Aantekeningen bij besloten (vertrouwelijke) agendapunten",
        "de aantekeningen worden gewist", 24),
    RetentionKind.ATTENDANCE: (
        "Aanwezigheid bij vergaderingen", "de aanwezigheidsregels worden verwijderd", 120),
    RetentionKind.FOLLOWUP_OWNERS: (
        "Eigenaar van afgehandelde actiepunten",
        "de persoon als eigenaar wordt losgekoppeld", 60),
}


def label(kind: RetentionKind) -> str:
    return KINDS[kind][0]


def effect(kind: RetentionKind) -> str:
    return KINDS[kind][1]


def default_months(kind: RetentionKind) -> int:
    return KINDS[kind][2]


def choice_label(months: int) -> str:
    if months == NEVER:
        return "nooit (onbeperkt bewaren)"
    years, rest = divmod(months, 12)
    return f"{years} jaar" if not rest else f"{months} maanden"


def checked_months(months: object) -> int:
    try:
        value = int(str(months))
    except ValueError:
        raise ValidationError(f"Een bewaartermijn is een aantal maanden, niet '{months}'.",
                              field="bewaartermijn") from None
    if value not in CHOICES:
        raise ValidationError("Kies een bewaartermijn uit de lijst: 1, 2, 5, 7, 10 of 20 "
                              "jaar, of nooit.", field="bewaartermijn")
    return value


def months_before(day: date, months: int) -> date:
    """The day `months` whole months before `day` (the 31st becomes the month's last)."""
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    month += 1
    for d in range(day.day, 27, -1):
        try:
            return date(year, month, d)
        except ValueError:
            continue
    return date(year, month, min(day.day, 28))


def cutoff(as_of: date, months: int) -> date | None:
    """Records made final on or before this day are past their period (None: never)."""
    return None if months == NEVER else months_before(as_of, months)


@dataclass(frozen=True)
class DueRecord:
    """One record past its retention period."""

    kind: RetentionKind
    table: str
    row_id: int
    uuid: str  # the record's, or its meeting's for attendance
    day: date  # the day it was made final
    what: str  # a readable description, without the personal data itself

    def line(self) -> str:
        return f"{label(self.kind)}: {self.what} ({self.day:%d-%m-%Y}); {effect(self.kind)}"
