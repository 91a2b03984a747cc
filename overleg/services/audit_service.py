"""Reading the audit trail: what changed in a record, from what to what, when, by whom
(operating-system user and machine) and why."""

from overleg.domain.enums import (
    DecisionStatus,
    FollowUpStatus,
    ItemKind,
    MeetingStatus,
    Outcome,
)
from overleg.domain.vocabulary import nl
from overleg.services.context import Context
from overleg.storage.agenda_repo import AgendaRepo
from overleg.storage.audit_repo import AuditEntry, AuditRepo
from overleg.storage.decision_repo import DecisionRepo
from overleg.storage.followup_repo import FollowUpRepo
from overleg.storage.meeting_repo import MeetingRepo

# Stored values that are enum codes, per table and field: shown in Dutch.
_CODED = {("meetings", "status"): MeetingStatus, ("decisions", "status"): DecisionStatus,
          ("followups", "status"): FollowUpStatus, ("agenda_items", "outcome"): Outcome,
          ("agenda_items", "kind"): ItemKind}


class AuditService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.repo = AuditRepo(ctx.db)

    def for_record(self, record_uuid: str) -> list[AuditEntry]:
        """Oldest first, as the changes happened."""
        return self.repo.for_record(record_uuid)

    def trail(self, kind: str, record_id: int) -> list[AuditEntry]:
        """The trail of a record as the interface names it: ('meeting', id), ('decision',
        id), ('followup', id) or ('item', id)."""
        return self.for_record(self.uuid_of(kind, record_id))

    def uuid_of(self, kind: str, record_id: int) -> str:
        getters = {"meeting": MeetingRepo(self.ctx.db).get,
                   "decision": DecisionRepo(self.ctx.db).get,
                   "followup": FollowUpRepo(self.ctx.db).get,
                   "item": AgendaRepo(self.ctx.db).get}
        if kind not in getters:
            raise ValueError(f"unknown record kind {kind!r}")
        return getters[kind](record_id).uuid

    def readable(self, entry: AuditEntry, value: str | None) -> str:
        """A stored old or new value as a reader expects it: Dutch words for status codes,
        'ja'/'nee' for flags, '' for nothing."""
        if value is None:
            return ""
        enum = _CODED.get((entry.table_name, entry.field))
        if enum is not None:
            try:
                return nl(enum(value))
            except ValueError:
                return value
        if entry.field == "confidential" and value in ("True", "False"):
            return "ja" if value == "True" else "nee"
        return value
