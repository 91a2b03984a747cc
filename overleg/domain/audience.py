"""Who may read what: the audiences of an output and which records are confidential.

The one owner of confidentiality ('besloten'). Every output asks `for_audience` what it
may show, and every path that derives a record asks `derived_confidential`.

Which records are confidential:
- an agenda item marked 'besloten';
- an agenda item derived from a confidential record: it brings back a follow-up agreed
  under a confidential item (`accept_proposal`), or continues a confidential postponed
  item; such an item stays confidential as long as its source is;
- a decision or follow-up of a confidential item (a follow-up also through its decision);
- a proposal ('terugkomend punt') whose source is one of the above;
- a party's position on a confidential item, and a dispute track opened from one (with
  its milestones): `record_confidential` with the item they belong to.
- a document (attachment) on a confidential item, or one marked confidential on its own:
  `file_confidential`.
Other milestones are deadlines linked to meetings, never to items, and their text is
written for them: they carry no closed content and are not confidential.
"""

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Generic, TypeVar

from overleg.domain.enums import AttendanceStatus
from overleg.domain.errors import ValidationError

T = TypeVar("T")


class Audience(StrEnum):
    MEMBERS = "members"  # the body's members: the full version
    GUESTS = "guests"  # invited, not a member (or attending as guest): the public version
    PUBLIC = "public"  # anyone: public documents, the calendar, public lists


def sees_closed(audience: Audience) -> bool:
    return Audience(audience) is Audience.MEMBERS


def audience_of(is_member: bool, status: AttendanceStatus | None = None) -> Audience:
    """A recipient's audience: a member of the body, unless attending as a guest."""
    if is_member and status is not AttendanceStatus.GUEST:
        return Audience.MEMBERS
    return Audience.GUESTS


def audience_for(public: bool) -> Audience:
    """The audience of an output that has a full and a public ('--public') version."""
    return Audience.PUBLIC if public else Audience.MEMBERS


# -- which records are confidential -------------------------------------------------------

def derived_confidential(marked: bool, source_confidential: bool) -> bool:
    """An item is confidential when marked, or when the record it derives from is."""
    return bool(marked or source_confidential)


def check_marking(marked: bool, source_confidential: bool) -> None:
    """An item derived from a confidential record cannot be made public on its own."""
    if source_confidential and not marked:
        raise ValidationError("Dit agendapunt komt voort uit een besloten punt en blijft "
                              "besloten.")


def record_item(item_id: int | None, decision_id: int | None,
                decision_items: Mapping[int, int | None]) -> int | None:
    """The agenda item a decision or follow-up belongs to, directly or via its decision."""
    if item_id is not None:
        return item_id
    return decision_items.get(decision_id) if decision_id is not None else None


def record_confidential(item_id: int | None, closed_items: Iterable[int]) -> bool:
    """A decision or follow-up is confidential when its agenda item is."""
    if not isinstance(closed_items, (set, frozenset)):  # a set is asked as it is: per
        closed_items = set(closed_items)  # record, a copy made the lists quadratic
    return item_id is not None and item_id in closed_items


def file_confidential(marked: bool, item_closed: bool) -> bool:
    """A document is confidential when marked so, and always when its item is closed: a
    public output (search, mail to guests, the public pack) never carries it."""
    return bool(marked or item_closed)


# -- what an output may contain ------------------------------------------------------------

@dataclass(frozen=True)
class Selection(Generic[T]):
    """What an output may show its audience, and how many confidential records it left out."""
    shown: list[T]
    left_out: int  # confidential records the audience may not see

    @property
    def note(self) -> str:
        return left_out_line(self.left_out)


def for_audience(records: Iterable[T], audience: Audience,
                 is_confidential: Callable[[T], bool]) -> Selection[T]:
    """What an output for `audience` may show of `records`, and how many it leaves out."""
    records = list(records)
    if sees_closed(audience):
        return Selection(records, 0)
    shown = [r for r in records if not is_confidential(r)]
    return Selection(shown, len(records) - len(shown))


def left_out_line(count: int) -> str:
    """The neutral line a public output carries where closed points are left out."""
    if count <= 0:
        return ""
    if count == 1:
        return "Eén besloten punt is niet opgenomen."
    return f"{count} besloten punten zijn niet opgenomen."
