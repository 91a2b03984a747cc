"""Statutory and policy deadlines, and the meetings that serve them."""

from dataclasses import dataclass, field
from datetime import date

from overleg.domain.enums import MilestoneKind
from overleg.domain.errors import ValidationError
from overleg.domain.fields import enum_value
from overleg.domain.records import new_uuid
from overleg.domain.text import clean_line, clean_text


@dataclass
class Milestone:
    title: str
    due: date
    kind: MilestoneKind = MilestoneKind.POLICY
    description: str = ""
    legal_basis: str = ""
    meeting_ids: list[int] = field(default_factory=list)
    id: int | None = None
    uuid: str = field(default_factory=new_uuid)

    def __post_init__(self) -> None:
        self.title = clean_line(self.title, field="titel", required=True)
        self.description = clean_text(self.description, field="omschrijving")
        self.legal_basis = clean_line(self.legal_basis, field="wettelijke grondslag")
        self.kind = enum_value(MilestoneKind, self.kind, field="soort")
        if not isinstance(self.due, date):
            raise ValidationError("Een mijlpaal heeft een datum.", field="datum")

    def days_left(self, as_of: date) -> int:
        return (self.due - as_of).days
