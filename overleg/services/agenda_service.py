"""Building an agenda: the standard items, themes from a schema, free items, the returning
points ('terugkomende punten'), order, timing and confidentiality."""

from dataclasses import replace
from datetime import timedelta

from overleg.domain import agenda as rules
from overleg.domain import audience
from overleg.domain.agenda import AgendaItem, CriterionCheck, Slot
from overleg.domain.bodies import STANDARD_AGENDA
from overleg.domain.enums import ItemKind
from overleg.domain.errors import NotFoundError, ValidationError
from overleg.domain.followups import (
    Proposal,
    ProposalPage,
    check_target,
    followup_proposal,
    postponed_proposals,
)
from overleg.domain.meetings import Meeting, has_returning_origins, returning_origins
from overleg.domain.records import id_of, new_uuid
from overleg.services.confidentiality import Confidentiality
from overleg.services.context import Context
from overleg.services.numbering import renumber_decisions
from overleg.storage.agenda_repo import AgendaRepo
from overleg.storage.audit_repo import AuditRepo
from overleg.storage.decision_repo import DecisionRepo
from overleg.storage.followup_repo import FollowUpRepo
from overleg.storage.meeting_repo import MeetingRepo
from overleg.storage.schema_repo import SchemaRepo

# Fields of an item a user edits directly; everything else has its own action.
EDITABLE = ("title", "description", "kind", "presenter", "planned_minutes", "confidential",
            "documents", "notes", "outcome", "postponed_to_meeting_id")


class AgendaService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.items = AgendaRepo(ctx.db)
        self.meetings = MeetingRepo(ctx.db)
        self.schemas = SchemaRepo(ctx.db)
        self.followups = FollowUpRepo(ctx.db)
        self.closed = Confidentiality(ctx.db)
        # A run of typing (the saves until a field loses focus): its first save is audited,
        # the rest once, when the run ends. (run, item id, field) -> the text recorded.
        self._runs: dict[tuple[object, int, str], object] = {}

    def agenda(self, meeting_id: int) -> list[AgendaItem]:
        return self.items.items(meeting_id)

    def titles(self, meeting_id: int) -> set[str]:
        """The titles on the meeting's agenda (what a suggestion is matched against)."""
        return self.items.titles(meeting_id)

    def item(self, item_id: int) -> AgendaItem:
        return self.items.get(item_id)

    def start_from_standard(self, meeting_id: int) -> list[AgendaItem]:
        """Put the body's standard agenda on an empty agenda (opening … closing)."""
        with self.ctx.db.atomic():
            self._editable(meeting_id)
            if self.items.items(meeting_id, with_checklists=False):
                raise ValidationError("De agenda is niet leeg; de standaardagenda wordt alleen "
                                      "op een lege agenda gezet.")
            for pos, entry in enumerate(STANDARD_AGENDA, start=1):
                self.items.add(AgendaItem(meeting_id=meeting_id, title=entry.title,
                                          position=pos, kind=entry.kind,
                                          planned_minutes=entry.minutes, standard=entry.key))
        return self.agenda(meeting_id)

    def add_item(self, meeting_id: int, title: str, *, kind: ItemKind = ItemKind.DISCUSSION,
                 description: str = "", presenter: str = "", planned_minutes: int = 15,
                 confidential: bool = False, documents: str = "") -> AgendaItem:
        item = AgendaItem(meeting_id=meeting_id, title=title, kind=kind,
                          description=description, presenter=presenter,
                          planned_minutes=planned_minutes, confidential=confidential,
                          documents=documents)
        with self.ctx.db.atomic():
            return self._insert(item)

    def add_theme(self, meeting_id: int, theme_id: int, *,
                  kind: ItemKind = ItemKind.DISCUSSION, planned_minutes: int = 20) -> AgendaItem:
        """An item from a talking point: its description, column and criteria checklist."""
        theme, schema_id = self.schemas.theme(theme_id)
        description = theme.description
        if theme.questions:
            description += "\n\nBespreekvragen:\n" + "\n".join(f"- {q}" for q in theme.questions)
        item = AgendaItem(
            meeting_id=meeting_id, title=theme.title, description=description, kind=kind,
            planned_minutes=planned_minutes, theme_id=theme_id,
            checklist=[CriterionCheck(id_of(c), c.code, c.title)
                       for c in self.schemas.criteria(schema_id)])
        with self.ctx.db.atomic():
            return self._insert(item)

    def proposals(self, meeting_id: int) -> list[Proposal]:
        """Open follow-ups and postponed items that come back at this meeting, not yet on it
        (the rule: domain.followups.proposals), all of them."""
        return self.proposal_page(meeting_id).proposals

    def proposal_page(self, meeting_id: int, offset: int = 0,
                      limit: int | None = None) -> ProposalPage:
        """How many proposals there are, and `limit` of them from `offset` (all: None).
        The follow-ups are counted and paged in SQL (FollowUpRepo.returning_ids), the
        postponed items by the rule here; texts are read for the page only."""
        meeting = self.meetings.get(meeting_id)
        origins = (returning_origins(meeting_id, self.meetings.timeline(meeting.body_id))
                   if has_returning_origins(meeting) else set())
        ordered = sorted(origins)
        already = self.items.origins_on_agenda(meeting_id)
        items = postponed_proposals(meeting_id, origins,
                                    self.items.postponed_for(meeting_id, ordered), already)
        on_agenda = (f for f, _ in already if f is not None)
        fu_total, ids = self.followups.returning_ids(
            meeting_id, ordered, on_agenda, offset=offset,
            limit=-1 if limit is None else limit)
        total = fu_total + len(items)
        end = total if limit is None else min(total, offset + limit)
        shown = self.followups.returning(ids)
        found = [followup_proposal(f) for f in shown] \
            + items[max(0, offset - fu_total):max(0, end - fu_total)]
        closed = self.closed.closed_proposals(found, shown)
        return ProposalPage(total, [replace(p, confidential=c)
                                    for p, c in zip(found, closed, strict=True)])

    def accept_proposal(self, meeting_id: int, proposal: Proposal) -> AgendaItem:
        with self.ctx.db.atomic():
            if proposal not in self.proposals(meeting_id):
                raise ValidationError("Dit punt staat al op de agenda of is niet meer open.")
            if proposal.item_id is not None:
                earlier = self.items.get(proposal.item_id)
                item = replace(earlier, meeting_id=meeting_id, id=None, notes="", outcome=None,
                               postponed_to_meeting_id=None, carried_from_item_id=earlier.id,
                               uuid=new_uuid(),
                               checklist=[replace(c, checked=False, remark="")
                                          for c in earlier.checklist])
            else:
                item = AgendaItem(meeting_id=meeting_id, title=proposal.title,
                                  description=proposal.description, kind=ItemKind.DISCUSSION,
                                  planned_minutes=10, source_followup_id=proposal.followup_id)
            # a point from a closed item stays closed on its new agenda
            item.confidential = audience.derived_confidential(
                item.confidential, self.closed.proposal_confidential(proposal))
            return self._insert(item)

    def update_item(self, item_id: int, *, run: object = None, **changes) -> dict:
        """Change some fields of an item; returns their previous values (for undo).
        Saves of one `run` of typing are not audited one by one: see `end_run`."""
        unknown = set(changes) - set(EDITABLE)
        if unknown:
            raise ValidationError(f"Onbekend veld: {', '.join(sorted(unknown))}.")
        with self.ctx.db.atomic():
            item = self.items.get(item_id)
            meeting = self._editable(item.meeting_id)
            before = {k: getattr(item, k) for k in changes}
            updated = AgendaItem(**{**item.__dict__, **changes})
            to = updated.postponed_to_meeting_id
            if to is not None and to != item.postponed_to_meeting_id:
                check_target(meeting, meeting=self.meetings.get(to))  # a later meeting
            if "confidential" in changes:
                audience.check_marking(updated.confidential,
                                       self.closed.item_source_confidential(item))
            self.items.update(updated)
            if updated.confidential and not item.confidential:
                self._close_derived(item)
            if self._was_adopted(item.meeting_id):  # changes to reopened minutes
                for k, old in before.items():
                    new = getattr(updated, k)
                    if old == new or (run is not None and (run, item_id, k) in self._runs):
                        continue  # unchanged, or a later save of a run already recorded
                    self.ctx.audit("agenda_items", item.uuid, "edited", field=k, old=old,
                                   new=new)
                    if run is not None:
                        self._runs[(run, item_id, k)] = new
        return before

    def end_run(self, run: object) -> None:
        """A run of typing is over: where its last save changed the text its first save
        recorded, the audit trail gets that last step too (at most two rows a run, and a
        crash mid-run still leaves the first)."""
        for key in [k for k in self._runs if k[0] == run]:
            recorded = self._runs.pop(key)
            _run, item_id, field = key
            try:
                item = self.items.get(item_id)
            except NotFoundError:
                continue  # the item went (its deletion is audited itself)
            if getattr(item, field) != recorded:
                with self.ctx.db.atomic():
                    self.ctx.audit("agenda_items", item.uuid, "edited", field=field,
                                   old=recorded, new=getattr(item, field))

    def set_check(self, item_id: int, criterion_id: int, checked: bool, remark: str = ""
                  ) -> None:
        with self.ctx.db.atomic():
            item = self.items.get(item_id)
            self._editable(item.meeting_id)
            check = next((c for c in item.checklist if c.criterion_id == criterion_id), None)
            if check is None:
                raise ValidationError("Dit criterium hoort niet bij dit agendapunt.")
            self.items.set_check(item_id, replace(check, checked=checked, remark=remark))
            if self._was_adopted(item.meeting_id):  # the checklist of reopened minutes
                def word(c: bool, r: str) -> str:
                    return f"{check.title}: {'ja' if c else 'nee'}" + (f" ({r})" if r else "")
                if word(check.checked, check.remark) != word(checked, remark):
                    self.ctx.audit("agenda_items", item.uuid, "edited", field="criteria",
                                   old=word(check.checked, check.remark),
                                   new=word(checked, remark))

    def move_item(self, item_id: int, new_index: int) -> list[AgendaItem]:
        with self.ctx.db.atomic():
            item = self.items.get(item_id)
            self._editable(item.meeting_id)
            ordered = rules.moved(self.items.items(item.meeting_id, with_checklists=False),
                                  item_id, new_index)
            self.items.set_positions([(id_of(i), i.position) for i in ordered])
            renumber_decisions(self.ctx.db, item.meeting_id)
        return self.agenda(item.meeting_id)

    def delete_item(self, item_id: int) -> None:
        """Deletes the item with its decisions and follow-ups; the rest is renumbered."""
        with self.ctx.db.atomic():
            item = self.items.get(item_id)
            self._editable(item.meeting_id)
            self._audit_cascade(item)
            if self._was_adopted(item.meeting_id):  # reopened minutes lose an item
                self.ctx.audit("agenda_items", item.uuid, "deleted", field="title",
                               old=item.title)
            self.items.delete(item_id)
            ordered = rules.renumbered(self.items.items(item.meeting_id, with_checklists=False))
            self.items.set_positions([(id_of(i), i.position) for i in ordered])
            renumber_decisions(self.ctx.db, item.meeting_id)

    def time_slots(self, meeting_id: int) -> list[Slot]:
        m = self.meetings.get(meeting_id)
        return rules.time_slots(m.starts_at, self.items.items(meeting_id, with_checklists=False))

    def overrun(self, meeting_id: int) -> timedelta:
        m = self.meetings.get(meeting_id)
        return rules.overrun(m.starts_at, m.end,
                             self.items.items(meeting_id, with_checklists=False))

    def _insert(self, item: AgendaItem) -> AgendaItem:
        self._editable(item.meeting_id)
        existing = self.items.items(item.meeting_id, with_checklists=False)
        at = rules.insert_position(existing)
        shifted = [(id_of(i), i.position + 1) for i in existing if i.position >= at]
        self.items.set_positions(shifted)
        item.position = at
        self.items.add(item)
        if self._was_adopted(item.meeting_id):  # reopened minutes gain an item
            self.ctx.audit("agenda_items", item.uuid, "created", field="title", new=item.title)
        renumber_decisions(self.ctx.db, item.meeting_id)
        return item

    def _close_derived(self, item: AgendaItem) -> None:
        """Marking an item confidential marks what derives from it, on any agenda (also
        adopted minutes: what follows the record is no edit of the minutes' content)."""
        todo, seen = [id_of(item)], {id_of(item)}
        while todo:
            derived = [i for i in self.items.derived_from(todo.pop()) if i not in seen]
            seen.update(derived)
            todo.extend(derived)
            opened = [i for i in derived if i not in self.items.confidential_among([i])]
            self.items.set_confidential(opened)
            for i in opened:
                self.ctx.audit("agenda_items", self.items.get(i).uuid, "edited",
                               field="confidential", old=False, new=True,
                               reason=f"afgeleid van besloten agendapunt '{item.title}'")

    def _editable(self, meeting_id: int) -> Meeting:
        meeting = self.meetings.get(meeting_id)
        meeting.ensure_editable()
        return meeting

    def _was_adopted(self, meeting_id: int) -> bool:
        uuid = self.meetings.get(meeting_id).uuid
        return any(e.action == "minutes_reopened" for e in AuditRepo(self.ctx.db).for_record(uuid))

    def _audit_cascade(self, item: AgendaItem) -> None:
        """Deleting an item deletes its decisions and follow-ups: each is recorded."""
        for d in DecisionRepo(self.ctx.db).for_meeting(item.meeting_id):
            if d.item_id == item.id:
                self.ctx.audit("decisions", d.uuid, "deleted", field="text", old=d.text,
                               reason=f"agendapunt '{item.title}' verwijderd")
        for f in self.followups.for_origin(item.meeting_id):
            if f.item_id == item.id:
                self.ctx.audit("followups", f.uuid, "deleted", field="text", old=f.text,
                               reason=f"agendapunt '{item.title}' verwijderd")
