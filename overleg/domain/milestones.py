"""Statutory and policy deadlines, and the meetings that serve them."""

from dataclasses import dataclass, field
from datetime import date

from overleg.domain.enums import MilestoneKind
from overleg.domain.errors import ValidationError
from overleg.domain.fields import enum_value
from overleg.domain.holidays import day_mark
from overleg.domain.records import new_uuid
from overleg.domain.text import clean_line, clean_text


@dataclass
class Milestone:
    """A date the consultation has to meet (a statutory step, a policy deadline)."""
    title: str
    due: date
    kind: MilestoneKind = MilestoneKind.POLICY
    description: str = ""
    legal_basis: str = ""
    meeting_ids: list[int] = field(default_factory=list)
    id: int | None = None
    uuid: str = field(default_factory=new_uuid)
    done_on: date | None = None
    procedure_id: int | None = None
    step_code: str = ""  # the template step it was made from, '' when made by hand
    party_id: int | None = None  # the organisation this step is with (one municipality)
    body_id: int | None = None  # the body where it is handled
    due_set: bool = False  # the due date was set by hand: a completed step does not move it
    needs_meeting: bool = True  # handled in a meeting (a submission to the inspectorate is not)

    def __post_init__(self) -> None:
        self.title = clean_line(self.title, field="titel", required=True)
        self.description = clean_text(self.description, field="omschrijving")
        self.legal_basis = clean_line(self.legal_basis, field="wettelijke grondslag")
        self.kind = enum_value(MilestoneKind, self.kind, field="soort")
        if not isinstance(self.due, date):
            raise ValidationError("Een mijlpaal heeft een datum.", field="datum")

    @property
    def done(self) -> bool:
        return self.done_on is not None

    def days_left(self, as_of: date) -> int:
        return (self.due - as_of).days

    def due_mark(self) -> str:
        """'zaterdag', 'Hemelvaartsdag': the due date is kept, but the user should know."""
        return day_mark(self.due)

    def complete(self, on: date) -> None:
        if self.done_on is not None:
            raise ValidationError(f"De mijlpaal '{self.title}' is al afgerond.")
        self.done_on = on
