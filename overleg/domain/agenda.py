"""Agenda items and the rules that keep their numbering consistent."""

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from overleg.domain.enums import ItemKind, Outcome, StandardItem
from overleg.domain.errors import ValidationError
from overleg.domain.fields import enum_value, optional_enum
from overleg.domain.records import new_uuid
from overleg.domain.text import clean_line, clean_text


@dataclass
class CriterionCheck:
    """One line of an item's criteria checklist (from the schema the item came from)."""

    criterion_id: int
    code: str
    title: str
    checked: bool = False
    remark: str = ""

    def __post_init__(self) -> None:
        self.remark = clean_line(self.remark, field="opmerking")


@dataclass
class AgendaItem:
    """A point on a meeting's agenda: its place, kind, time and text, and whether it is
    discussed in closed session."""
    meeting_id: int
    title: str
    position: int = 0
    description: str = ""
    kind: ItemKind = ItemKind.DISCUSSION
    presenter: str = ""
    planned_minutes: int = 10
    confidential: bool = False
    theme_id: int | None = None
    standard: StandardItem | None = None
    documents: str = ""  # one document reference per line
    notes: str = ""
    outcome: Outcome | None = None
    postponed_to_meeting_id: int | None = None
    source_followup_id: int | None = None  # the follow-up this item brings back
    carried_from_item_id: int | None = None  # the postponed item this item continues
    checklist: list[CriterionCheck] = field(default_factory=list)
    id: int | None = None
    uuid: str = field(default_factory=new_uuid)

    def __post_init__(self) -> None:
        self.title = clean_line(self.title, field="titel", required=True)
        self.description = clean_text(self.description, field="toelichting")
        self.presenter = clean_line(self.presenter, field="inbreng")
        self.documents = clean_text(self.documents, field="stukken", max_length=20_000)
        self.notes = clean_text(self.notes, field="aantekeningen")
        self.kind = enum_value(ItemKind, self.kind, field="soort")
        self.outcome = optional_enum(Outcome, self.outcome, field="uitkomst")
        self.standard = optional_enum(StandardItem, self.standard, field="vast agendapunt")
        check_minutes(self.planned_minutes)
        if self.outcome is not Outcome.POSTPONED:
            self.postponed_to_meeting_id = None

    @property
    def number(self) -> str:
        return str(self.position)


def check_minutes(minutes: int) -> None:
    if not isinstance(minutes, int) or minutes < 0 or minutes > 600:
        raise ValidationError("De geplande tijd van een agendapunt ligt tussen 0 en 600 minuten.")


def renumbered(items: Sequence[AgendaItem]) -> list[AgendaItem]:
    """Items in their current order with positions 1..n (after a move or a delete)."""
    ordered = sorted(items, key=lambda i: i.position)
    for n, item in enumerate(ordered, start=1):
        item.position = n
    return ordered


def moved(items: Sequence[AgendaItem], item_id: int, new_index: int) -> list[AgendaItem]:
    """The agenda with one item moved to a 0-based index, renumbered."""
    ordered = renumbered(items)
    current = next((i for i, it in enumerate(ordered) if it.id == item_id), None)
    if current is None:
        raise ValidationError("Dit agendapunt staat niet op deze agenda.")
    new_index = max(0, min(new_index, len(ordered) - 1))
    item = ordered.pop(current)
    ordered.insert(new_index, item)
    return renumbered_in_place(ordered)


def renumbered_in_place(ordered: list[AgendaItem]) -> list[AgendaItem]:
    for n, item in enumerate(ordered, start=1):
        item.position = n
    return ordered


def insert_position(items: Sequence[AgendaItem]) -> int:
    """Where a new content item goes: after the content, before 'Rondvraag' and 'Sluiting'."""
    closing = {StandardItem.ANY_OTHER_BUSINESS, StandardItem.CLOSING}
    ordered = sorted(items, key=lambda i: i.position)
    for item in ordered:
        if item.standard in closing:
            return item.position
    return len(ordered) + 1


@dataclass(frozen=True)
class Slot:
    """When an agenda item starts and ends, counted on from the meeting's start."""
    item_id: int | None
    starts_at: datetime
    ends_at: datetime


def time_slots(start: datetime, items: Sequence[AgendaItem]) -> list[Slot]:
    """Start and end time of each item from the meeting's start and the planned minutes."""
    slots, at = [], start
    for item in sorted(items, key=lambda i: i.position):
        end = at + timedelta(minutes=item.planned_minutes)
        slots.append(Slot(item.id, at, end))
        at = end
    return slots


def overrun(start: datetime, end: datetime, items: Sequence[AgendaItem]) -> timedelta:
    """How far the agenda runs past the planned end (zero when it fits)."""
    total = sum((i.planned_minutes for i in items), 0)
    over = start + timedelta(minutes=total) - end
    return max(over, timedelta(0))
