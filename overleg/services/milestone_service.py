"""Milestones by hand and from procedures: create, edit, complete, delete, and the
warnings on a given day, per body and per party."""

from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path

from overleg.domain.audience import Audience, for_audience
from overleg.domain.deadline_warnings import (
    DEFAULT_WITHIN_DAYS,
    MilestoneStatus,
    latest_due_that_warns,
    status_of,
    summary_line,
    warnings,
)
from overleg.domain.errors import ValidationError
from overleg.domain.milestones import Milestone
from overleg.domain.procedures import check_can_complete, rescheduled
from overleg.domain.records import id_of
from overleg.services.confidentiality import Confidentiality
from overleg.services.context import Context
from overleg.services.file_output import write_file
from overleg.services.procedure_templates import template
from overleg.storage.body_repo import BodyRepo
from overleg.storage.milestone_repo import (
    MilestoneRepo,
    busy_days,
    last_busy_day,
    planned_meeting_days,
)
from overleg.storage.people_repo import PeopleRepo
from overleg.storage.procedure_repo import ProcedureRepo

_EDITABLE = ("title", "due", "kind", "description", "legal_basis", "party_id", "body_id",
             "meeting_ids", "needs_meeting")


@dataclass(frozen=True)
class MilestoneListing:
    """A deadline as the deadlines screen shows it: with its party, body and procedure."""
    status: MilestoneStatus
    party: str  # the organisation the step is with, or ''
    body: str  # the body where it is handled, or ''
    procedure: str  # the procedure's title, or ''

    @property
    def milestone(self) -> Milestone:
        return self.status.milestone


class MilestoneService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.repo = MilestoneRepo(ctx.db)
        self.procedures = ProcedureRepo(ctx.db)

    def get(self, milestone_id: int) -> Milestone:
        return self.repo.get(milestone_id)

    def add(self, m: Milestone) -> Milestone:
        with self.ctx.db.atomic():
            self.repo.add(m)
            self.ctx.audit("milestones", m.uuid, "created", field="due", new=m.due.isoformat())
        return m

    def edit(self, milestone_id: int, **changes) -> Milestone:
        """Change some fields; a new due date is kept when the procedure moves on."""
        unknown = set(changes) - set(_EDITABLE)
        if unknown:
            raise ValidationError(f"Het veld '{sorted(unknown)[0]}' van een mijlpaal kan niet "
                                  "worden gewijzigd.")
        with self.ctx.db.atomic():
            old = self.repo.get(milestone_id)
            new = replace(old, **changes)  # re-checks the text fields
            if "due" in changes and changes["due"] != old.due:
                new.due_set = True
            self.repo.update(new)
            for name in _EDITABLE:
                before, after = getattr(old, name), getattr(new, name)
                if before != after:
                    self.ctx.audit("milestones", old.uuid, "edited", field=name,
                                   old=_text(before), new=_text(after))
        return new

    def complete(self, milestone_id: int, on: date | None = None) -> list[Milestone]:
        """Mark a step done; returns the steps of its procedure whose due date moved."""
        on = on or self.ctx.today()
        with self.ctx.db.atomic():
            m = self.repo.get(milestone_id)
            siblings: list[Milestone] = []
            if m.procedure_id is not None:
                proc = self.procedures.get(m.procedure_id)
                siblings = self.repo.of_procedure(id_of(proc))
                check_can_complete(template(proc.template_code), m, siblings)
            m.complete(on)
            self.repo.update(m)
            self.ctx.audit("milestones", m.uuid, "done", field="done_on", new=on.isoformat())
            moved: list[Milestone] = []
            if m.procedure_id is not None:
                steps = [m if s.id == m.id else s for s in siblings]
                moved = rescheduled(template(proc.template_code), proc.year, proc.reference,
                                    steps)
                for s in moved:
                    self.repo.update(s)
                    self.ctx.audit("milestones", s.uuid, "rescheduled", field="due",
                                   new=s.due.isoformat())
        return moved

    def reopen(self, milestone_id: int) -> Milestone:
        with self.ctx.db.atomic():
            m = self.repo.get(milestone_id)
            old, m.done_on = m.done_on, None
            self.repo.update(m)
            self.ctx.audit("milestones", m.uuid, "reopened", field="done_on", old=_text(old))
        return m

    def delete(self, milestone_id: int) -> None:
        with self.ctx.db.atomic():
            m = self.repo.get(milestone_id)
            self.repo.delete(milestone_id)
            self.ctx.audit("milestones", m.uuid, "deleted", field="title", old=m.title)

    def listing(self, *, as_of: date | None = None, within_days: int | None = None,
                include_done: bool = False) -> list[MilestoneListing]:
        """Every milestone (open ones, unless asked), or with within_days only those due
        in that many days and those overdue."""
        as_of = as_of or self.ctx.today()
        found = self.repo.between()
        if not include_done:
            found = [m for m in found if not m.done]
        if within_days is not None:
            found = [m for m in found if m.done or m.due <= as_of + timedelta(days=within_days)]
        days = self._meeting_days(found)
        window = within_days if within_days is not None else DEFAULT_WITHIN_DAYS
        return self._label([status_of(m, as_of, days, window) for m in found])

    def warnings(self, as_of: date | None = None, within_days: int = DEFAULT_WITHIN_DAYS
                 ) -> list[MilestoneListing]:
        return self._label(self._statuses(as_of, within_days))

    def warning_line(self, as_of: date | None = None) -> str:
        # The status bar at every start: the names of parties, bodies and procedures are
        # not in the line, so they are not read.
        return summary_line(self._statuses(as_of, DEFAULT_WITHIN_DAYS))

    def _statuses(self, as_of: date | None, within_days: int) -> list[MilestoneStatus]:
        as_of = as_of or self.ctx.today()
        # Only those that can warn: on four times the archive the start read all 400
        # milestones and their 800 meeting links for a line about a handful.
        open_ = self.repo.open_due_by(latest_due_that_warns(as_of, within_days))
        return warnings(open_, as_of, self._meeting_days(open_), within_days)

    def opening_day(self, today: date | None = None) -> date:
        """Where Planning opens: the Monday of the first coming week with a meeting or an
        open milestone; in an archive with nothing ahead, the week of its last entry.
        (What is overdue is listed under Termijnen.)"""
        today = today or self.ctx.today()
        ahead = busy_days(self.ctx.db, today)
        day = (ahead[0] if ahead else last_busy_day(self.ctx.db)) or today
        return day - timedelta(days=day.weekday())

    def ics(self, *, include_done: bool = False) -> bytes:
        """The milestones as a calendar. A calendar goes to everybody: the steps of a
        dispute opened from a closed point stay out."""
        from overleg.exports.calendar.milestones_ics import MilestoneEntry, milestones_calendar

        rows = self.listing(include_done=include_done)
        procs = {p.id: p for p in self.procedures.all()}
        closed = Confidentiality(self.ctx.db).closed_procedures(procs.values())
        shown = for_audience(rows, Audience.PUBLIC,
                             lambda x: x.milestone.procedure_id in closed).shown
        return milestones_calendar([MilestoneEntry(x.milestone, x.procedure, x.party, x.body)
                                    for x in shown], self.ctx.now())

    def export_ics(self, out: Path, *, include_done: bool = False) -> Path:
        return write_file(out, self.ics(include_done=include_done))

    def _meeting_days(self, found: list[Milestone]) -> dict[int, date]:
        return planned_meeting_days(self.ctx.db, [i for m in found for i in m.meeting_ids])

    def _label(self, statuses: list[MilestoneStatus]) -> list[MilestoneListing]:
        orgs = {o.id: o.name for o in PeopleRepo(self.ctx.db).organisations()}
        bodies = {b.id: b.name for b in BodyRepo(self.ctx.db).all()}
        procs = {p.id: p.title for p in self.procedures.all()}
        return [MilestoneListing(s, orgs.get(s.milestone.party_id, ""),
                                 bodies.get(s.milestone.body_id, ""),
                                 procs.get(s.milestone.procedure_id, ""))
                for s in statuses]


def _text(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, date):
        return value.isoformat()
    return str(value)
