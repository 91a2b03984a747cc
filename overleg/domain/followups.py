"""Follow-ups (actiepunten): owners, targets, the overdue rule and the agenda proposals."""

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from overleg.domain.enums import FollowUpStatus
from overleg.domain.errors import ValidationError
from overleg.domain.records import new_uuid
from overleg.domain.text import clean_line, clean_text


@dataclass
class Target:
    """Either a date or a (future) meeting of any body; the meeting's day is carried along
    so the overdue rule needs no lookup."""

    due_date: date | None = None
    meeting_id: int | None = None
    meeting_day: date | None = None
    meeting_label: str = ""

    def __post_init__(self) -> None:
        if self.due_date is not None and self.meeting_id is not None:
            raise ValidationError("Een actiepunt heeft óf een datum óf een vergadering als "
                                  "termijn, niet allebei.")

    @property
    def due(self) -> date | None:
        return self.due_date if self.due_date is not None else self.meeting_day

    @property
    def is_set(self) -> bool:
        return self.due_date is not None or self.meeting_id is not None


@dataclass
class FollowUp:
    text: str
    owner_person_id: int | None = None
    owner_organisation_id: int | None = None
    owner_label: str = ""  # filled on reading: the person's or organisation's name
    meeting_id: int | None = None  # origin
    item_id: int | None = None
    decision_id: int | None = None
    target: Target = field(default_factory=Target)
    status: FollowUpStatus = FollowUpStatus.OPEN
    done_on: date | None = None
    result: str = ""
    created_on: date | None = None
    id: int | None = None
    uuid: str = field(default_factory=new_uuid)

    def __post_init__(self) -> None:
        self.text = clean_text(self.text, field="actiepunt").strip()
        if not self.text:
            raise ValidationError("Een actiepunt moet een omschrijving hebben.")
        self.owner_label = clean_line(self.owner_label, field="eigenaar")
        self.result = clean_text(self.result, field="resultaat")
        self.status = FollowUpStatus(self.status)
        if self.status is FollowUpStatus.DONE and self.done_on is None:
            raise ValidationError("Een afgerond actiepunt heeft een datum van afronding.")

    @property
    def is_open(self) -> bool:
        return self.status is FollowUpStatus.OPEN

    def is_overdue(self, as_of: date) -> bool:
        return is_overdue(self.status, self.target.due, as_of)

    def mark_done(self, on: date, result: str) -> None:
        if not self.is_open:
            raise ValidationError("Alleen een open actiepunt kan worden afgerond.")
        if self.created_on and on < self.created_on:
            raise ValidationError("Een actiepunt kan niet zijn afgerond voordat het ontstond.")
        self.status, self.done_on = FollowUpStatus.DONE, on
        self.result = clean_text(result, field="resultaat")


def is_overdue(status: FollowUpStatus, due: date | None, as_of: date) -> bool:
    """Open, and its target date or target meeting lies before `as_of`."""
    return status is FollowUpStatus.OPEN and due is not None and due < as_of


@dataclass(frozen=True)
class Proposal:
    """An item the app proposes for a meeting's agenda ('terugkomend punt')."""

    title: str
    followup_id: int | None = None
    item_id: int | None = None  # a postponed item
    description: str = ""
    confidential: bool = field(default=False, compare=False)  # see domain/audience.py


def proposals(meeting_id: int, meeting_day: date, followups: Iterable[FollowUp],
              postponed: Iterable["PostponedItem"],
              already_on_agenda: Iterable[tuple[int | None, int | None]]) -> list[Proposal]:
    """What comes back on a meeting's agenda, each at most once:

    - open follow-ups that target this meeting;
    - open follow-ups with a target date on or before the meeting (the caller passes those
      of the meeting's own body);
    - items postponed to this meeting.

    `already_on_agenda` holds (source_followup_id, carried_from_item_id) of its items.
    """
    on_fu = {f for f, _ in already_on_agenda if f is not None}
    on_item = {i for _, i in already_on_agenda if i is not None}
    result: list[Proposal] = []
    for fu in followups:
        if not fu.is_open or fu.id in on_fu or not returns_at(fu.target, meeting_id,
                                                               meeting_day):
            continue
        on_fu.add(fu.id)
        owner = f" ({fu.owner_label})" if fu.owner_label else ""
        result.append(Proposal(title=_first_line(fu.text) + owner, followup_id=fu.id,
                               description=fu.text))
    for item in postponed:
        if item.postponed_to_meeting_id == meeting_id and item.id not in on_item:
            on_item.add(item.id)
            result.append(Proposal(title=item.title, item_id=item.id,
                                   description=item.description))
    return result


def returns_at(target: Target, meeting_id: int, meeting_day: date) -> bool:
    if target.meeting_id is not None:
        return target.meeting_id == meeting_id
    return target.due_date is not None and target.due_date <= meeting_day


@dataclass(frozen=True)
class PostponedItem:
    id: int
    title: str
    description: str
    postponed_to_meeting_id: int | None


def _first_line(text: str, limit: int = 120) -> str:
    line = text.strip().splitlines()[0] if text.strip() else ""
    return line if len(line) <= limit else line[: limit - 1] + "…"
