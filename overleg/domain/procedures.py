"""OOGO procedures made from templates that are data (TOML under resources/procedures/).

A template lists steps; each step's due date is a fixed day of the procedure's year, a
number of days or years from another step, or the procedure's own reference date. A step
marked per_party becomes one milestone per municipality (or other party) in the area.
Planning offsets that the law does not fix are the template's choice and can be edited."""

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from overleg.domain.enums import MilestoneKind
from overleg.domain.errors import ValidationError
from overleg.domain.holidays import on_or_before_working_day
from overleg.domain.milestones import Milestone
from overleg.domain.records import new_uuid
from overleg.domain.text import clean_line, clean_text

DISPUTE_TEMPLATE = "geschil"


@dataclass(frozen=True)
class StepTemplate:
    """One step of a procedure template: what happens, on what legal basis, and when (a day
    in the year, or a time after another step)."""
    code: str
    title: str
    legal_basis: str = ""
    kind: MilestoneKind = MilestoneKind.STATUTORY
    description: str = ""
    on: tuple[int, int] | None = None  # (month, day) in the procedure's year + year_offset
    year_offset: int = 0
    relative_to: str = ""  # another step's code
    offset_days: int = 0
    offset_years: int = 0
    per_party: bool = False
    requires: tuple[str, ...] = ()  # steps that must be done before this one is
    meeting: bool = True  # handled in a meeting: warn when none is planned before it is due
    working_day: bool = False  # a planning date: moved back to a working day (never a law's)


@dataclass(frozen=True)
class ProcedureTemplate:
    """The steps a kind of procedure takes, from which a year's procedure is made."""
    code: str
    title: str
    subject: str = ""
    description: str = ""
    year_label: str = "jaar"  # what the year means: 'eerste schooljaar', 'kalenderjaar'
    steps: tuple[StepTemplate, ...] = ()

    def step(self, code: str) -> StepTemplate:
        for s in self.steps:
            if s.code == code:
                return s
        raise ValidationError(f"Het sjabloon '{self.code}' kent geen stap '{code}'.")

    @property
    def needs_reference_date(self) -> bool:
        return any(s.on is None and not s.relative_to for s in self.steps)


@dataclass
class Procedure:
    """One year's run of a procedure template (such as the OOGO on the support plan), with
    its lead and parties."""
    template_code: str
    title: str
    year: int
    lead_id: int | None = None  # the organisation that runs it (the SWV, the municipality)
    party_ids: list[int] = field(default_factory=list)
    reference: date | None = None
    body_id: int | None = None
    item_id: int | None = None  # for a dispute: the talking point it came from
    parent_id: int | None = None  # for a dispute: the procedure it holds up
    result: str = ""
    closed_on: date | None = None
    id: int | None = None
    uuid: str = field(default_factory=new_uuid)

    def __post_init__(self) -> None:
        self.title = clean_line(self.title, field="titel", required=True)
        self.result = clean_text(self.result, field="uitkomst")


def template_from_mapping(data: dict[str, Any]) -> ProcedureTemplate:
    try:
        steps = tuple(_step(s) for s in data.get("step", []))
        t = ProcedureTemplate(
            code=clean_line(str(data["code"]), field="code", required=True, max_length=40),
            title=clean_line(str(data["title"]), field="titel", required=True),
            subject=str(data.get("subject", "")),
            description=clean_text(str(data.get("description", "")), field="omschrijving"),
            year_label=str(data.get("year_label", "jaar")), steps=steps)
    except KeyError as exc:
        raise ValidationError(f"Het proceduresjabloon mist het veld {exc.args[0]}.") from None
    codes = [s.code for s in steps]
    for s in steps:
        for ref in (s.relative_to, *s.requires):
            if ref and ref not in codes:
                raise ValidationError(f"Stap '{s.code}' verwijst naar onbekende stap '{ref}'.")
    if len(set(codes)) != len(codes):
        raise ValidationError(f"Het proceduresjabloon '{t.code}' noemt een stap twee keer.")
    return t


def _step(s: dict[str, Any]) -> StepTemplate:
    on = None
    if "on" in s:
        try:
            month, day = (int(p) for p in str(s["on"]).split("-"))
            date(2000, month, day)  # a leap year: 29 February is a valid template day
        except ValueError:
            raise ValidationError(f"'{s['on']}' is geen geldige dag (MM-DD) in stap "
                                  f"{s.get('code', '?')}.") from None
        on = (month, day)
    return StepTemplate(
        code=clean_line(str(s["code"]), field="code", required=True, max_length=40),
        title=clean_line(str(s["title"]), field="titel", required=True),
        legal_basis=str(s.get("legal_basis", "")), kind=MilestoneKind(s.get("kind", "statutory")),
        description=str(s.get("description", "")), on=on,
        year_offset=int(s.get("year_offset", 0)), relative_to=str(s.get("relative_to", "")),
        offset_days=int(s.get("offset_days", 0)), offset_years=int(s.get("offset_years", 0)),
        per_party=bool(s.get("per_party", False)), requires=tuple(s.get("requires", ())),
        meeting=bool(s.get("meeting", True)), working_day=bool(s.get("working_day", False)))


def add_years(d: date, years: int) -> date:
    """The same day some years on; 29 February becomes 28 February in a common year (a
    deadline is never moved past the end of its month)."""
    try:
        return d.replace(year=d.year + years)
    except ValueError:
        return d.replace(year=d.year + years, day=28)


def due_dates(template: ProcedureTemplate, year: int, reference: date | None = None,
              done: dict[str, date] | None = None) -> dict[str, date]:
    """Each step's due date. A done step counts from the day it was done, so a step two
    weeks after another moves with it."""
    done = done or {}
    result: dict[str, date] = {}

    def compute(step: StepTemplate, seen: tuple[str, ...]) -> date:
        if step.code in result:
            return result[step.code]
        if step.code in seen:
            raise ValidationError(f"De stappen van '{template.code}' verwijzen in een kring.")
        if step.on is not None:
            day = _day_in_year(year + step.year_offset, *step.on)
        elif step.relative_to:
            base_step = template.step(step.relative_to)
            base = done.get(base_step.code) or compute(base_step, (*seen, step.code))
            day = add_years(base, step.offset_years) + timedelta(days=step.offset_days)
        elif reference is not None:
            day = reference
        else:
            raise ValidationError(f"De procedure '{template.title}' heeft een peildatum nodig "
                                  f"voor stap '{step.title}'.")
        if step.working_day and step.code not in done:
            day = on_or_before_working_day(day)
        result[step.code] = day
        return day

    for s in template.steps:
        compute(s, ())
    return result


def _day_in_year(year: int, month: int, day: int) -> date:
    if (month, day) == (2, 29):
        return add_years(date(2000, 2, 29), year - 2000)
    return date(year, month, day)


def plan_steps(template: ProcedureTemplate, procedure: Procedure,
               party_names: dict[int, str]) -> list[Milestone]:
    """The milestones of a new procedure, one per step and per party where the step asks."""
    dues = due_dates(template, procedure.year, procedure.reference)
    milestones = []
    for s in template.steps:
        parties: list[int | None] = list(procedure.party_ids) if s.per_party else [None]
        if s.per_party and not parties:
            raise ValidationError(f"Stap '{s.title}' is per partij, maar de procedure noemt "
                                  "geen partijen.")
        for party in parties:
            title = s.title if party is None else f"{s.title} — {party_names.get(party, '?')}"
            milestones.append(Milestone(
                title=title, due=dues[s.code], kind=s.kind, legal_basis=s.legal_basis,
                description=s.description, procedure_id=procedure.id, step_code=s.code,
                party_id=party, body_id=procedure.body_id, needs_meeting=s.meeting))
    return milestones


def check_can_complete(template: ProcedureTemplate, step: Milestone,
                       siblings: list[Milestone]) -> None:
    """A step may not be done before the steps it requires (the support plan is not
    adopted before OOGO on its concept took place with every municipality)."""
    if not step.step_code:
        return
    required = template.step(step.step_code).requires
    missing = [m for m in siblings if m.step_code in required and not m.done]
    if missing:
        raise ValidationError(f"'{step.title}' kan pas worden afgerond na "
                              f"'{missing[0].title}'.")


def rescheduled(template: ProcedureTemplate, year: int, reference: date | None,
                steps: list[Milestone]) -> list[Milestone]:
    """Open steps whose due date follows from a done step, moved to match it (a due date
    set by hand stays)."""
    done: dict[str, date] = {}
    for code in {m.step_code for m in steps if m.step_code}:
        days = [m.done_on for m in steps if m.step_code == code]
        finished = [d for d in days if d is not None]
        if len(finished) == len(days):  # a step per party is done when all are
            done[code] = max(finished)
    dues = due_dates(template, year, reference, done)
    moved = []
    for m in steps:
        if m.step_code and not m.done and not m.due_set and dues.get(m.step_code) != m.due:
            m.due = dues[m.step_code]
            moved.append(m)
    return moved
