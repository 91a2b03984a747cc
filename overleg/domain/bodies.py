"""Consultation bodies (overlegorganen), their members and their standard agenda."""

from dataclasses import dataclass, field

from overleg.domain.enums import BodyKind, ItemKind, MemberRole, StandardItem
from overleg.domain.fields import enum_value, safe_code
from overleg.domain.records import new_uuid
from overleg.domain.text import clean_line, clean_text


@dataclass
class Body:
    """A consultation body (an OOGO, a PFO, a steering committee): the meetings' owner."""
    name: str
    code: str
    kind: BodyKind = BodyKind.OTHER
    description: str = ""
    template_path: str = ""  # a .docx/.dotx house-style template for this body's documents
    id: int | None = None
    uuid: str = field(default_factory=new_uuid)

    def __post_init__(self) -> None:
        self.name = clean_line(self.name, field="naam", required=True)
        self.code = safe_code(self.code).upper()
        self.kind = enum_value(BodyKind, self.kind, field="soort")
        self.description = clean_text(self.description, field="omschrijving")


@dataclass
class Membership:
    """A person's seat in a body, with the role they have there."""
    body_id: int
    person_id: int
    role: MemberRole = MemberRole.MEMBER
    id: int | None = None

    def __post_init__(self) -> None:
        self.role = enum_value(MemberRole, self.role, field="rol")


@dataclass(frozen=True)
class StandardAgendaEntry:
    """An item every agenda of a body opens or closes with (opening, minutes, questions)."""
    key: StandardItem
    title: str
    kind: ItemKind
    minutes: int
    at_end: bool  # closing items stay below the content items


STANDARD_AGENDA: tuple[StandardAgendaEntry, ...] = (
    StandardAgendaEntry(StandardItem.OPENING, "Opening en vaststelling agenda",
                        ItemKind.INFORMATION, 5, False),
    StandardAgendaEntry(StandardItem.ADOPT_MINUTES, "Vaststelling verslag vorige vergadering",
                        ItemKind.DECISION, 5, False),
    StandardAgendaEntry(StandardItem.ACTION_REVIEW, "Actielijst", ItemKind.DISCUSSION, 10, False),
    StandardAgendaEntry(StandardItem.ANY_OTHER_BUSINESS, "Rondvraag", ItemKind.INFORMATION, 5,
                        True),
    StandardAgendaEntry(StandardItem.CLOSING, "Sluiting", ItemKind.INFORMATION, 0, True),
)
