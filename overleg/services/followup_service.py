"""Following up: the action list across all bodies, marking done, retargeting."""

from datetime import date

from overleg.domain.audit_values import target_text
from overleg.domain.decisions import Decision
from overleg.domain.enums import FollowUpStatus
from overleg.domain.errors import ValidationError
from overleg.domain.followups import (
    FollowUp,
    Target,
    change_status,
    check_content_editable,
    check_target,
)
from overleg.domain.listings import (
    ActionFilter,
    ActionListing,
    DecisionGroup,
    DecisionListing,
)
from overleg.domain.meetings import Meeting
from overleg.services.context import Context
from overleg.storage.decision_repo import DecisionRepo
from overleg.storage.followup_repo import FollowUpRepo, TextMatch
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

    def due_ids(self, flt: ActionFilter, offset: int, limit: int, descending: bool = False
                ) -> list[int]:
        """A page of `ordered_ids` in due order (the order with an index)."""
        return self.followups.due_ids(flt, offset=offset, limit=limit, descending=descending)

    def ids_matching(self, text: str) -> set[int]:
        return self.followups.ids_matching(text)

    def text_match(self, text: str) -> TextMatch:
        """What the text finds, unevaluated: equal for two texts that find the same."""
        return self.followups.text_match(text)

    def ids_of_match(self, match: TextMatch) -> set[int]:
        return self.followups.ids_of_match(match)

    def listings(self, ids: list[int], as_of: date) -> list[ActionListing]:
        return self.followups.listings(ids, as_of)

    def all(self, flt: ActionFilter) -> list[ActionListing]:
        return self.followups.page(flt, limit=-1)

    def get(self, followup_id: int) -> FollowUp:
        return self.followups.get(followup_id)

    # Status and term are the follow-up's later life: allowed after adoption, recorded.
    # Text, owner and the agreed term in the minutes follow the minutes (edit_text).

    def mark_done(self, followup_id: int, result: str, on: date | None = None) -> FollowUp:
        return self._step(followup_id, FollowUpStatus.DONE, "done", result,
                          on or self.ctx.today())

    def cancel(self, followup_id: int, reason: str) -> FollowUp:
        return self._step(followup_id, FollowUpStatus.CANCELLED, "cancelled", reason)

    def reopen(self, followup_id: int) -> FollowUp:
        return self._step(followup_id, FollowUpStatus.OPEN, "reopened")

    def _step(self, followup_id: int, to: FollowUpStatus, action: str, text: str = "",
              on: date | None = None) -> FollowUp:
        with self.ctx.db.atomic():
            f = self.followups.get(followup_id)
            old = f.status
            change_status(f, to, on=on, text=text)
            self.followups.update(f)
            self.ctx.audit("followups", f.uuid, action, field="status", old=old,
                           new=f.status, reason=f.result if to is not FollowUpStatus.OPEN
                           else "")
        return f

    def retarget(self, followup_id: int, target: Target) -> FollowUp:
        """A new term: a date on or after the origin meeting, or a later meeting."""
        with self.ctx.db.atomic():
            f = self.followups.get(followup_id)
            old = target_text(f.target)
            f.target = check_target(
                self._origin(f), on=target.due_date,
                meeting=None if target.meeting_id is None
                else self.meetings.get(target.meeting_id))
            self.followups.update(f)
            new = target_text(self.followups.get(followup_id).target)
            if new != old:
                self.ctx.audit("followups", f.uuid, "retargeted", field="target", old=old,
                               new=new)
        return self.followups.get(followup_id)

    def edit_text(self, followup_id: int, text: str) -> str:
        """New wording; like MinutesService.edit_followup, only while the minutes it was
        agreed in can change."""
        with self.ctx.db.atomic():
            f = self.followups.get(followup_id)
            check_content_editable(self._origin(f))
            old = f.text
            f = FollowUp(**{**f.__dict__, "text": text})
            self.followups.update(f)
            if old != f.text:
                self.ctx.audit("followups", f.uuid, "edited", field="text", old=old, new=f.text)
        return old

    def _origin(self, f: FollowUp) -> Meeting:
        if f.meeting_id is None:
            raise ValidationError("Dit actiepunt hoort niet bij een verslag.")
        return self.meetings.get(f.meeting_id)

    def decision(self, decision_id: int) -> Decision:
        return self.decisions.get(decision_id)

    def decision_groups(self, text: str = "") -> list[DecisionGroup]:
        """The register's outline: meetings with (matching) decisions, by body."""
        return self.decisions.register_groups(text.strip())

    def decision_register(self, **filters) -> list[DecisionListing]:
        return self.decisions.register(**filters)
