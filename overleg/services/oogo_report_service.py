"""What the OOGO statement, the status matrix of a samenwerkingsverband and a dispute
notice are made of, gathered from procedures, their steps, meetings, talking points and
positions. The audience rule applies: a public version leaves closed points out, with
their positions, and the disputes opened from them."""

from pathlib import Path

from overleg.domain.agenda import AgendaItem
from overleg.domain.audience import Audience, audience_for, for_audience
from overleg.domain.dutch_dates import short_date
from overleg.domain.enums import AttendanceStatus
from overleg.domain.errors import ValidationError
from overleg.domain.milestones import Milestone
from overleg.domain.oogo_status import (
    DisputeLine,
    DisputeNotice,
    MatrixBlock,
    MatrixCell,
    PartyPosition,
    Statement,
    StatementMeeting,
    StatementPoint,
    StatusMatrix,
    StepLine,
    combined_outcome,
)
from overleg.domain.organisations import Organisation
from overleg.domain.positions import STANCE_NL, Position
from overleg.domain.procedures import DISPUTE_TEMPLATE, Procedure
from overleg.domain.records import id_of
from overleg.domain.vocabulary import nl
from overleg.services.confidentiality import Confidentiality
from overleg.services.context import Context
from overleg.services.document_service import DocumentService
from overleg.services.file_output import write_file
from overleg.services.procedure_templates import template
from overleg.storage.agenda_repo import AgendaRepo
from overleg.storage.body_repo import BodyRepo
from overleg.storage.meeting_repo import MeetingRepo
from overleg.storage.milestone_repo import MilestoneRepo
from overleg.storage.people_repo import PeopleRepo
from overleg.storage.position_repo import PositionRepo
from overleg.storage.procedure_repo import ProcedureRepo


class OogoReportService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.procedures = ProcedureRepo(ctx.db)
        self.milestones = MilestoneRepo(ctx.db)
        self.meetings = MeetingRepo(ctx.db)
        self.items = AgendaRepo(ctx.db)
        self.positions = PositionRepo(ctx.db)
        self.people = PeopleRepo(ctx.db)
        self.bodies = BodyRepo(ctx.db)
        self.closed = Confidentiality(ctx.db)

    # -- who ------------------------------------------------------------------------------

    def leads(self) -> list[Organisation]:
        """The organisations that run a procedure (the samenwerkingsverbanden), by name."""
        ids = {p.lead_id for p in self._procedures() if p.lead_id is not None}
        return [o for o in self.people.organisations() if o.id in ids]

    def lead_named(self, name: str) -> int:
        """The samenwerkingsverband (or other lead) of this name or short name."""
        wanted = " ".join(name.split()).casefold()
        for o in self.leads():
            if wanted in (o.name.casefold(), o.short_name.casefold()):
                return id_of(o)
        known = ", ".join(o.name for o in self.leads()) or "geen"
        raise ValidationError(f"'{name}' voert geen OOGO-procedure; bekend: {known}.")

    def procedures_of(self, lead_id: int) -> list[Procedure]:
        return [p for p in self._procedures() if p.lead_id == lead_id]

    # -- the statement --------------------------------------------------------------------

    def statement(self, procedure_id: int, *, public: bool = False) -> Statement:
        audience = audience_for(public)
        with self.ctx.db.atomic():
            p = self.procedures.get(procedure_id)
            if p.template_code == DISPUTE_TEMPLATE:
                raise ValidationError(f"'{p.title}' is een geschil; kies de procedure zelf.")
            names = self._names()
            steps = self.milestones.of_procedure(procedure_id)
            meeting_ids = sorted({i for m in steps for i in m.meeting_ids},
                                 key=lambda i: self.meetings.get(i).starts_at)
            meetings = tuple(self._statement_meeting(i, names, audience) for i in meeting_ids)
            return Statement(
                title=p.title, template_title=template(p.template_code).title,
                lead=_name(names, p.lead_id),
                parties=tuple(names.get(i, "?") for i in p.party_ids),
                steps=tuple(_step_line(m, names) for m in steps),
                meetings=meetings, disputes=tuple(self._disputes(p, audience, names)),
                as_of=self.ctx.today(), public=public)

    def _statement_meeting(self, meeting_id: int, names: dict[int, str],
                           audience: Audience) -> StatementMeeting:
        m = self.meetings.get(meeting_id)
        items = self.items.items(meeting_id, with_checklists=False)
        closed = self.closed.closed_items(i.id for i in items)
        shown = for_audience(items, audience, lambda i: i.id in closed)
        positions = self._positions_by_item([id_of(i) for i in shown.shown], names)
        people = {x.id: x for x in self.people.people()}
        present = [_name(names, people[a.person_id].organisation_id)
                   for a in self.meetings.attendance(meeting_id)
                   if a.status is AttendanceStatus.PRESENT and a.person_id in people]
        # a party that took a position on a point took part in the OOGO
        present += [x.party for xs in positions.values() for x in xs]
        return StatementMeeting(
            day=m.day, body=self.bodies.get(m.body_id).name, title=m.title,
            parties_present=tuple(dict.fromkeys(n for n in present if n)),
            points=tuple(StatementPoint(i.number, i.title, nl(i.outcome) if i.outcome else "",
                                        tuple(positions.get(id_of(i), [])))
                         for i in sorted(shown.shown, key=lambda i: i.position)),
            left_out=shown.left_out)

    def dispute_lines(self, procedure_id: int, *, public: bool = False
                      ) -> list[tuple[Procedure, DisputeLine]]:
        """The disputes of a procedure with their state, as the OOGO view lists them."""
        p = self.procedures.get(procedure_id)
        audience = audience_for(public)
        disputes = self._visible_disputes(p, audience)
        lines = self._disputes(p, audience, self._names())
        return list(zip(disputes, lines, strict=True))

    def points_without_track(self, procedure_id: int) -> list[tuple[int, str]]:
        """Talking points in the procedure's meetings that ended in 'geschil' and have no
        dispute track yet: (item id, 'date, point')."""
        waiting = set(self.procedures.dispute_items_without_track())
        out = []
        meeting_ids = {i for m in self.milestones.of_procedure(procedure_id)
                       for i in m.meeting_ids}
        for mid in sorted(meeting_ids):
            m = self.meetings.get(mid)
            for item in self.items.items(mid, with_checklists=False):
                if item.id in waiting:
                    out.append((item.id, f"{short_date(m.day)}: {item.title}"))
        return out

    # -- the status matrix ----------------------------------------------------------------

    def matrix(self, lead_id: int, *, public: bool = False) -> StatusMatrix:
        """Municipality x procedure step for every procedure the samenwerkingsverband
        runs."""
        audience = audience_for(public)
        with self.ctx.db.atomic():
            names = self._names()
            if lead_id not in names:
                raise ValidationError("Die organisatie bestaat niet (meer).")
            procedures = self.procedures_of(lead_id)
            if not procedures:
                raise ValidationError(f"{names[lead_id]} voert geen OOGO-procedure; maak er "
                                      "eerst een.")
            blocks, left_out, disputes = [], 0, []
            for p in procedures:
                block, hidden = self._block(p, audience)
                blocks.append(block)
                left_out += hidden
                disputes += [d for d in self._disputes(p, audience, names) if d.open]
            return StatusMatrix(swv=names[lead_id], blocks=tuple(blocks),
                                as_of=self.ctx.today(), public=public, left_out=left_out,
                                open_disputes=tuple(disputes))

    def _block(self, p: Procedure, audience: Audience) -> tuple[MatrixBlock, int]:
        names = self._names()
        t = template(p.template_code)
        steps = self.milestones.of_procedure(id_of(p))
        visible_disputes = [d for d in self._visible_disputes(p, audience) if d.closed_on is None]
        hidden: set[int] = set()
        rows = []
        for party in p.party_ids:
            cells = []
            for s in t.steps:
                mine = [m for m in steps if m.step_code == s.code
                        and (m.party_id == party or m.party_id is None)]
                cell, left_out = self._cell(mine, party, audience, visible_disputes)
                hidden |= left_out
                cells.append(cell)
            rows.append((names.get(party, "?"), tuple(cells)))
        return MatrixBlock(p.title, tuple(s.title for s in t.steps), tuple(rows)), len(hidden)

    def _cell(self, steps: list[Milestone], party: int, audience: Audience,
              disputes: list[Procedure]) -> tuple[MatrixCell, set[int]]:
        if not steps:
            return MatrixCell(), set()
        items: list[AgendaItem] = [i for m in steps for mid in m.meeting_ids
                                   for i in self.items.items(mid, with_checklists=False)]
        closed = self.closed.closed_items(i.id for i in items)
        shown = for_audience(items, audience, lambda i: i.id in closed).shown
        ids = [id_of(i) for i in shown]
        positions = self.positions.of_items(ids)
        own = [x for x in positions if x.organisation_id == party] or positions
        versions = tuple(dict.fromkeys(x.document_version for x in own if x.document_version))
        dues = [m.due for m in steps]
        done = [m.done_on for m in steps if m.done_on is not None]
        return MatrixCell(
            due=max(dues), done_on=max(done) if len(done) == len(steps) else None,
            versions=versions, outcome=combined_outcome(i.outcome for i in shown),
            open_disputes=sum(1 for d in disputes if d.item_id in ids)), \
            {i.id for i in items if i.id in closed}

    # -- the dispute notice ---------------------------------------------------------------

    def dispute_notice(self, dispute_id: int) -> DisputeNotice:
        """For the parties of the dispute themselves (a members' document)."""
        with self.ctx.db.atomic():
            d = self.procedures.get(dispute_id)
            if d.template_code != DISPUTE_TEMPLATE or d.item_id is None:
                raise ValidationError(f"'{d.title}' is geen geschil over een agendapunt.")
            names = self._names()
            item = self.items.get(d.item_id)
            meeting = self.meetings.get(item.meeting_id)
            parent = self.procedures.get(d.parent_id) if d.parent_id is not None else None
            return DisputeNotice(
                title=d.title, procedure=parent.title if parent else "",
                lead=_name(names, d.lead_id),
                parties=tuple(names.get(i, "?") for i in d.party_ids), point=item.title,
                body=self.bodies.get(meeting.body_id).name, meeting_day=meeting.day,
                notes=item.notes,
                positions=tuple(self._positions_by_item([id_of(item)], names).get(
                    id_of(item), [])),
                steps=tuple(_step_line(m, names) for m in self.milestones.of_procedure(
                    dispute_id)),
                as_of=self.ctx.today())

    # -- the files ------------------------------------------------------------------------

    def write_statement(self, procedure_id: int, path: str | Path, *, public: bool = False,
                        template: str | Path | None = None) -> Path:
        from overleg.exports.word import render_statement

        record = self.statement(procedure_id, public=public)
        return self._save(render_statement(record, template=self._template(template)), path)

    def write_matrix(self, lead_id: int, path: str | Path, *, public: bool = False,
                     template: str | Path | None = None) -> Path:
        """As Word (.docx) or, by the file's extension, as .xlsx."""
        record = self.matrix(lead_id, public=public)
        if Path(path).suffix.lower() == ".xlsx":
            from overleg.exports.spreadsheet.oogo_matrix import status_matrix

            return write_file(Path(path), status_matrix(record))
        from overleg.exports.word import render_status_matrix

        return self._save(render_status_matrix(record, template=self._template(template)),
                          path)

    def write_dispute_notice(self, dispute_id: int, path: str | Path, *,
                             template: str | Path | None = None) -> Path:
        from overleg.exports.word import render_dispute_notice

        record = self.dispute_notice(dispute_id)
        return self._save(render_dispute_notice(record, template=self._template(template)),
                          path)

    def _template(self, template: str | Path | None) -> Path:
        return DocumentService(self.ctx).template_for("", template)

    def _save(self, doc, path: str | Path) -> Path:
        from overleg.exports.word import save_document, stamp

        stamp(doc, author=self.ctx.user, now=self.ctx.now())
        return save_document(doc, path)

    # -- helpers --------------------------------------------------------------------------

    def _procedures(self) -> list[Procedure]:
        return [p for p in self.procedures.all() if p.template_code != DISPUTE_TEMPLATE]

    def _names(self) -> dict[int, str]:
        return {id_of(o): o.name for o in self.people.organisations()}

    def _positions_by_item(self, item_ids: list[int], names: dict[int, str]
                           ) -> dict[int, list[PartyPosition]]:
        found: dict[int, list[PartyPosition]] = {}
        for x in self.positions.of_items(item_ids):
            found.setdefault(x.item_id, []).append(_party_position(x, names))
        return found

    def _visible_disputes(self, p: Procedure, audience: Audience) -> list[Procedure]:
        disputes = self.procedures.children(id_of(p))
        closed = self.closed.closed_procedures(disputes)
        return for_audience(disputes, audience, lambda d: d.id in closed).shown

    def _disputes(self, p: Procedure, audience: Audience, names: dict[int, str]
                  ) -> list[DisputeLine]:
        out = []
        for d in self._visible_disputes(p, audience):
            steps = self.milestones.of_procedure(id_of(d))
            first_open = next((m for m in sorted(steps, key=lambda m: m.due) if not m.done),
                              None)
            out.append(DisputeLine(
                title=d.title, parties=", ".join(names.get(i, "?") for i in d.party_ids),
                opened_on=d.reference, next_step=first_open.title if first_open else "",
                next_due=first_open.due if first_open else None, result=d.result,
                closed_on=d.closed_on))
        return out


def _name(names: dict[int, str], organisation_id: int | None) -> str:
    """An organisation's name, or "" for none (a procedure without a lead, a person
    outside any organisation)."""
    return names.get(organisation_id, "") if organisation_id is not None else ""


def _party_position(x: Position, names: dict[int, str]) -> PartyPosition:
    return PartyPosition(names.get(x.organisation_id, "?"), STANCE_NL[x.stance], x.text,
                         x.document_version)


def _step_line(m: Milestone, names: dict[int, str]) -> StepLine:
    return StepLine(title=m.title, due=m.due, done_on=m.done_on, due_mark=m.due_mark(),
                    legal_basis=m.legal_basis)
