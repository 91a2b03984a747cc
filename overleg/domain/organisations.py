"""Organisations taking part in consultations and the people who represent them."""

from dataclasses import dataclass, field

from overleg.domain.enums import OrganisationKind
from overleg.domain.fields import email_address, enum_value, short_name
from overleg.domain.records import new_uuid
from overleg.domain.text import clean_line


@dataclass
class Organisation:
    """A municipality, school board or other party to the consultations."""
    name: str
    kind: OrganisationKind = OrganisationKind.OTHER
    short_name: str = ""
    id: int | None = None
    uuid: str = field(default_factory=new_uuid)
    archived: bool = False  # hidden from pickers, kept in records and documents

    def __post_init__(self) -> None:
        self.name = clean_line(self.name, field="naam", required=True)
        self.short_name = short_name(self.short_name)
        self.kind = enum_value(OrganisationKind, self.kind, field="soort")


@dataclass
class Person:
    """Someone who takes part, with their function and organisation."""
    name: str
    function: str = ""
    organisation_id: int | None = None
    email: str = ""
    id: int | None = None
    uuid: str = field(default_factory=new_uuid)
    archived: bool = False  # hidden from pickers, kept in records and documents

    def __post_init__(self) -> None:
        self.name = clean_line(self.name, field="naam", required=True)
        self.function = clean_line(self.function, field="functie")
        self.email = email_address(self.email)
