"""OOGO procedures from templates, and the dispute track a talking point can open."""

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from overleg.domain.bodies import Body
from overleg.domain.enums import BodyKind, ItemKind, OrganisationKind, Outcome
from overleg.domain.errors import ValidationError
from overleg.domain.milestones import Milestone
from overleg.domain.organisations import Organisation
from overleg.domain.procedures import (
    DISPUTE_TEMPLATE,
    Procedure,
    ProcedureTemplate,
    plan_steps,
)
from overleg.domain.records import id_of
from overleg.services.agenda_service import AgendaService
from overleg.services.context import Context
from overleg.services.meeting_service import MeetingService
from overleg.services.procedure_templates import builtin_templates, template
from overleg.storage.agenda_repo import AgendaRepo
from overleg.storage.body_repo import BodyRepo
from overleg.storage.meeting_repo import MeetingRepo
from overleg.storage.milestone_repo import MilestoneRepo
from overleg.storage.people_repo import PeopleRepo
from overleg.storage.position_repo import PositionRepo
from overleg.storage.procedure_repo import ProcedureRepo


@dataclass(frozen=True)
class ProcedureView:
    """A procedure with its steps and the disputes opened on it."""
    procedure: Procedure
    steps: list[Milestone]
    disputes: list[Procedure]


class ProcedureService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.repo = ProcedureRepo(ctx.db)
        self.milestones = MilestoneRepo(ctx.db)

    def templates(self) -> list[ProcedureTemplate]:
        return [t for t in builtin_templates().values() if t.code != DISPUTE_TEMPLATE]

    def all(self, *, disputes: bool = False) -> list[Procedure]:
        return [p for p in self.repo.all()
                if (p.template_code == DISPUTE_TEMPLATE) == disputes]

    def get(self, procedure_id: int) -> Procedure:
        return self.repo.get(procedure_id)

    def view(self, procedure_id: int) -> ProcedureView:
        return ProcedureView(self.repo.get(procedure_id),
                             self.milestones.of_procedure(procedure_id),
                             self.repo.children(procedure_id))

    def create(self, template_code: str, year: int, *, party_ids: list[int],
               lead_id: int | None = None, body_id: int | None = None,
               reference: date | None = None, title: str = "") -> ProcedureView:
        """A procedure with one milestone per step (and per party where the step asks)."""
        t = template(template_code)
        if t.needs_reference_date and reference is None:
            raise ValidationError(f"De procedure '{t.title}' heeft een peildatum nodig (de "
                                  "datum van vaststelling); geef die op.")
        if len(set(party_ids)) != len(party_ids):
            raise ValidationError("Een partij staat twee keer in de procedure.")
        p = Procedure(template_code=t.code, title=title or f"{t.title} {year}", year=year,
                      lead_id=lead_id, party_ids=party_ids, reference=reference,
                      body_id=body_id)
        names = {id_of(o): o.name for o in PeopleRepo(self.ctx.db).organisations()}
        with self.ctx.db.atomic():
            self.repo.add(p)
            self.ctx.audit("procedures", p.uuid, "created", field="title", new=p.title)
            steps = [self.milestones.add(m) for m in plan_steps(t, p, names)]
        return ProcedureView(p, steps, [])

    def organisation_named(self, name: str, kind: OrganisationKind) -> int:
        """The organisation of this name (or short name), added when there is none yet."""
        people = PeopleRepo(self.ctx.db)
        wanted = " ".join(name.split()).casefold()
        for o in people.organisations():
            if wanted in (o.name.casefold(), o.short_name.casefold()):
                return id_of(o)
        with self.ctx.db.atomic():
            return id_of(people.add_organisation(Organisation(name, kind)))

    def oogo_body(self, procedure_id: int) -> int:
        """The body where the procedure's steps are handled: its own OOGO body, made the
        first time a meeting is planned for it."""
        p = self.repo.get(procedure_id)
        if p.body_id is not None:
            return p.body_id
        bodies = BodyRepo(self.ctx.db)
        with self.ctx.db.atomic():
            body = bodies.add(Body(name=f"OOGO {p.title}", code=f"OOGO{p.id}",
                                   kind=BodyKind.OOGO))
            p.body_id = body.id
            self.repo.update(p)
            for m in self.milestones.of_procedure(id_of(p)):
                if m.body_id is None:
                    m.body_id = body.id
                    self.milestones.update(m)
        return id_of(body)

    def plan_meeting(self, milestone_id: int, starts_at: datetime) -> tuple[int, int]:
        """A meeting of the procedure's body with an agenda item for this step, linked to
        it; returns the meeting's and the item's id."""
        m = self.milestones.get(milestone_id)
        if m.procedure_id is None:
            raise ValidationError(f"'{m.title}' hoort niet bij een procedure.")
        body_id = m.body_id or self.oogo_body(m.procedure_id)
        meetings = MeetingService(self.ctx)
        meeting = meetings.plan(body_id, starts_at, starts_at + timedelta(hours=2),
                                title=m.title)
        item = AgendaService(self.ctx).add_item(id_of(meeting), m.title,
                                                kind=ItemKind.DECISION,
                                                description=m.legal_basis)
        self.link_meeting(milestone_id, id_of(meeting))
        return id_of(meeting), id_of(item)

    def link_meeting(self, milestone_id: int, meeting_id: int) -> None:
        """Name a meeting where a step is handled."""
        with self.ctx.db.atomic():
            m = self.milestones.get(milestone_id)
            MeetingRepo(self.ctx.db).get(meeting_id)
            self.milestones.link(milestone_id, meeting_id)
            self.ctx.audit("milestones", m.uuid, "linked", field="meeting", new=str(meeting_id))

    def delete(self, procedure_id: int) -> None:
        """A procedure goes with its steps; its disputes stay, without the link."""
        with self.ctx.db.atomic():
            p = self.repo.get(procedure_id)
            self.repo.delete(procedure_id)
            self.ctx.audit("procedures", p.uuid, "deleted", field="title", old=p.title)

    # -- disputes -----------------------------------------------------------------------

    def open_dispute(self, item_id: int, *, party_ids: list[int] | None = None,
                     procedure_id: int | None = None) -> ProcedureView:
        """The dispute track of a talking point whose outcome is 'geschil': its steps run
        from the day of the meeting. Without parties named, the parties that took a
        position on the point; without a procedure, the one whose step that meeting serves."""
        items = AgendaRepo(self.ctx.db)
        item = items.get(item_id)
        if item.outcome is not Outcome.DISPUTE:
            raise ValidationError(f"Agendapunt '{item.title}' heeft niet de uitkomst geschil; "
                                  "leg die eerst vast.")
        if self.repo.disputes_of_item(item_id):
            raise ValidationError(f"Voor agendapunt '{item.title}' loopt al een geschil.")
        meeting = MeetingRepo(self.ctx.db).get(item.meeting_id)
        if party_ids is None:
            party_ids = [x.organisation_id for x in PositionRepo(self.ctx.db).of_items([item_id])]
        if procedure_id is None:
            procedure_id = next((m.procedure_id for m in self.milestones.between()
                                 if meeting.id in m.meeting_ids and m.procedure_id), None)
        parent = self.repo.get(procedure_id) if procedure_id is not None else None
        t = template(DISPUTE_TEMPLATE)
        p = Procedure(template_code=t.code, title=f"Geschil: {item.title}",
                      year=meeting.day.year, party_ids=party_ids, reference=meeting.day,
                      body_id=meeting.body_id, item_id=item_id,
                      parent_id=parent.id if parent else None,
                      lead_id=parent.lead_id if parent else None)
        names = {id_of(o): o.name for o in PeopleRepo(self.ctx.db).organisations()}
        with self.ctx.db.atomic():
            self.repo.add(p)
            self.ctx.audit("procedures", p.uuid, "dispute_opened", field="item",
                           new=item.uuid)
            steps = []
            for m in plan_steps(t, p, names):
                if m.step_code == "ontstaan":
                    m.done_on = meeting.day
                    m.meeting_ids = [id_of(meeting)]
                steps.append(self.milestones.add(m))
        return ProcedureView(p, steps, [])

    def close_dispute(self, procedure_id: int, result: str, on: date | None = None
                      ) -> Procedure:
        """The result of a dispute and its effect on the procedure; its open steps stop
        warning (they are marked done on this day)."""
        p = self.repo.get(procedure_id)
        if p.template_code != DISPUTE_TEMPLATE:
            raise ValidationError(f"'{p.title}' is geen geschil.")
        if not result.strip():
            raise ValidationError("Beschrijf de uitkomst van het geschil.")
        on = on or self.ctx.today()
        with self.ctx.db.atomic():
            p.result, p.closed_on = result, on
            p.__post_init__()
            self.repo.update(p)
            for m in self.milestones.of_procedure(id_of(p)):
                if not m.done:
                    m.done_on = on
                    self.milestones.update(m)
            self.ctx.audit("procedures", p.uuid, "dispute_closed", field="result", new=result)
        return p

    def open_disputes(self) -> list[Procedure]:
        return [p for p in self.all(disputes=True) if p.closed_on is None]

    def items_without_track(self) -> list[int]:
        """Talking points with the outcome 'geschil' and no dispute track yet."""
        return self.repo.dispute_items_without_track()
