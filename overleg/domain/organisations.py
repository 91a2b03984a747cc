"""Organisations taking part in consultations and the people who represent them."""

from dataclasses import dataclass, field

from overleg.domain.enums import OrganisationKind
from overleg.domain.errors import ValidationError
from overleg.domain.records import new_uuid
from overleg.domain.text import clean_line


@dataclass
class Organisation:
    name: str
    kind: OrganisationKind = OrganisationKind.OTHER
    short_name: str = ""
    id: int | None = None
    uuid: str = field(default_factory=new_uuid)

    def __post_init__(self) -> None:
        self.name = clean_line(self.name, field="naam", required=True)
        self.short_name = clean_line(self.short_name, field="afkorting", max_length=40)
        self.kind = OrganisationKind(self.kind)


@dataclass
class Person:
    name: str
    function: str = ""
    organisation_id: int | None = None
    email: str = ""
    id: int | None = None
    uuid: str = field(default_factory=new_uuid)

    def __post_init__(self) -> None:
        self.name = clean_line(self.name, field="naam", required=True)
        self.function = clean_line(self.function, field="functie")
        self.email = clean_line(self.email, field="e-mail", max_length=254)
        if self.email and ("@" not in self.email or " " in self.email):
            raise ValidationError(f"'{self.email}' is geen geldig e-mailadres.")
