"""Decisions (besluiten) and their readable numbers."""

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from overleg.domain.enums import DecisionStatus
from overleg.domain.errors import ValidationError
from overleg.domain.fields import enum_value
from overleg.domain.records import new_uuid
from overleg.domain.text import clean_line, clean_text


@dataclass
class Decision:
    """A decision taken in a meeting, with its number (body code, meeting day, sequence)."""
    body_id: int
    meeting_id: int
    text: str
    item_id: int | None = None
    number: str = ""
    sequence: int = 0
    status: DecisionStatus = DecisionStatus.TAKEN
    id: int | None = None
    uuid: str = field(default_factory=new_uuid)

    def __post_init__(self) -> None:
        self.text = clean_text(self.text, field="besluit").strip()
        if not self.text:
            raise ValidationError("Een besluit moet een tekst hebben.")
        self.status = enum_value(DecisionStatus, self.status, field="status")
        self.number = clean_line(self.number, field="besluitnummer", max_length=60)


def decision_number(body_code: str, meeting_day: date, sequence: int, suffix: str = "") -> str:
    """E.g. 'STT-20130919-03': body code, meeting date, sequence within the meeting.

    `suffix` ('b') separates two meetings of one body on the same day.
    """
    return f"{body_code}-{meeting_day:%Y%m%d}{suffix}-{sequence:02d}"


def numbered(decisions: Sequence[Decision], item_positions: dict[int | None, int],
             body_code: str, meeting_day: date, suffix: str = "") -> list[Decision]:
    """Decisions of one meeting numbered in agenda order, then in the order they were taken.

    Decisions without an item come last. Called after every move or delete of an item or
    decision, so numbers follow the agenda until the minutes are adopted.
    """
    far = 1 << 30

    def key(d: Decision) -> tuple[int, int, int]:
        return (item_positions.get(d.item_id, far), d.sequence, d.id or far)

    ordered = sorted(decisions, key=key)
    for n, d in enumerate(ordered, start=1):
        d.sequence = n
        d.number = decision_number(body_code, meeting_day, n, suffix)
    return ordered
