"""Following up: the action list across all bodies, marking done, retargeting."""

from dataclasses import replace
from datetime import date

from overleg.domain.audit_values import target_text
from overleg.domain.decisions import Decision
from overleg.domain.enums import FollowUpStatus
from overleg.domain.errors import ValidationError
from overleg.domain.followups import FollowUp, Target
from overleg.domain.listings import (
    ActionFilter,
    ActionListing,
    DecisionGroup,
    DecisionListing,
)
from overleg.services.context import Context
from overleg.storage.decision_repo import DecisionRepo
from overleg.storage.followup_repo import FollowUpRepo
from overleg.storage.meeting_repo import MeetingRepo


class FollowUpService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.followups = FollowUpRepo(ctx.db)
        self.meetings = MeetingRepo(ctx.db)
        self.decisions = DecisionRepo(ctx.db)

    def filter(self, **kwargs) -> ActionFilter:
        """An ActionFilter dated today unless `as_of` is given."""
        kwargs.setdefault("as_of", self.ctx.today())
        return ActionFilter(**kwargs)

    def count(self, flt: ActionFilter) -> int:
        return self.followups.count(flt)

    def page(self, flt: ActionFilter, offset: int = 0, limit: int = 200, order: str = "due",
             descending: bool = False) -> list[ActionListing]:
        return self.followups.page(flt, offset=offset, limit=limit, order=order,
                                   descending=descending)

    def ordered_ids(self, flt: ActionFilter, order: str = "due", descending: bool = False
                    ) -> list[int]:
        """The ids the filter lets through (its text aside), in list order."""
        return self.followups.ordered_ids(flt, order=order, descending=descending)

    def ids_matching(self, text: str) -> set[int]:
        return self.followups.ids_matching(text)

    def listings(self, ids: list[int], as_of: date) -> list[ActionListing]:
        return self.followups.listings(ids, as_of)

    def all(self, flt: ActionFilter) -> list[ActionListing]:
        return self.followups.page(flt, limit=-1)

    def get(self, followup_id: int) -> FollowUp:
        return self.followups.get(followup_id)

    def mark_done(self, followup_id: int, result: str, on: date | None = None) -> FollowUp:
        with self.ctx.db.atomic():
            f = self.followups.get(followup_id)
            old = f.status
            f.mark_done(on or self.ctx.today(), result)
            self.followups.update(f)
            self.ctx.audit("followups", f.uuid, "done", field="status", old=old,
                           new=f.status, reason=f.result)
        return f

    def cancel(self, followup_id: int, reason: str) -> FollowUp:
        with self.ctx.db.atomic():
            f = self.followups.get(followup_id)
            if not f.is_open:
                raise ValidationError("Alleen een open actiepunt kan vervallen.")
            f.status = FollowUpStatus.CANCELLED
            f.result = reason
            self.followups.update(f)
            self.ctx.audit("followups", f.uuid, "cancelled", field="status", old="open",
                           new="cancelled", reason=reason)
        return f

    def reopen(self, followup_id: int) -> FollowUp:
        with self.ctx.db.atomic():
            f = self.followups.get(followup_id)
            old = f.status
            f = replace(f, status=FollowUpStatus.OPEN, done_on=None)
            self.followups.update(f)
            self.ctx.audit("followups", f.uuid, "reopened", field="status", old=old, new="open")
        return f

    def retarget(self, followup_id: int, *, on: date | None = None,
                 meeting_id: int | None = None) -> FollowUp:
        with self.ctx.db.atomic():
            f = self.followups.get(followup_id)
            old = target_text(f.target)
            if meeting_id is not None:
                target = Target(meeting_id=meeting_id,
                                meeting_day=self.meetings.get(meeting_id).day)
            else:
                target = Target(due_date=on)
            f.target = target
            self.followups.update(f)
            new = target_text(self.followups.get(followup_id).target)
            if new != old:
                self.ctx.audit("followups", f.uuid, "retargeted", field="target", old=old,
                               new=new)
        return self.followups.get(followup_id)

    def edit_text(self, followup_id: int, text: str) -> str:
        with self.ctx.db.atomic():
            f = self.followups.get(followup_id)
            old = f.text
            f = FollowUp(**{**f.__dict__, "text": text})
            self.followups.update(f)
            if old != f.text:
                self.ctx.audit("followups", f.uuid, "edited", field="text", old=old, new=f.text)
        return old

    def decision(self, decision_id: int) -> Decision:
        return self.decisions.get(decision_id)

    def decision_groups(self, text: str = "") -> list[DecisionGroup]:
        """The register's outline: meetings with (matching) decisions, by body."""
        return self.decisions.register_groups(text.strip())

    def decision_register(self, **filters) -> list[DecisionListing]:
        return self.decisions.register(**filters)
