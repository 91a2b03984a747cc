"""Retention of personal data (AVG): the periods per kind of record, the records past
them on a day, and clearing those in one step, recorded in the audit trail.

Clearing is like an erasure (person_data_service): old values of cleared notes are
erased from the audit trail too (one chained erasure event), the full-text indexes are
rebuilt and the file compacted, so what was cleared is gone from the file. Not undoable.
"""

from datetime import date

from overleg.domain.audit_chain import ERASABLE_FIELDS
from overleg.domain.retention import (
    DueRecord,
    RetentionKind,
    checked_months,
    cutoff,
    default_months,
    label,
)
from overleg.services.context import Context
from overleg.storage import scrub
from overleg.storage.audit_repo import AuditEntry, AuditRepo
from overleg.storage.retention_repo import RetentionRepo

CLEARED = "[bewaartermijn verstreken]"
REASON = "Bewaartermijn verstreken (AVG)"


class RetentionService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.repo = RetentionRepo(ctx.db)

    def periods(self) -> dict[RetentionKind, int]:
        """Months per kind: the file's setting, else the default."""
        out = {}
        for kind in RetentionKind:
            stored = self.repo.stored_months(kind)
            try:
                out[kind] = checked_months(stored) if stored is not None else \
                    default_months(kind)
            except ValueError:  # a value another program wrote: the default holds
                out[kind] = default_months(kind)
        return out

    def set_period(self, kind: RetentionKind, months: int) -> None:
        kind, months = RetentionKind(kind), checked_months(months)
        with self.ctx.db.atomic():
            old = self.periods()[kind]
            self.repo.store_months(kind, months)
            if old != months:
                self.ctx.audit("file_settings", f"retention.{kind}", "updated",
                               field=label(kind), old=old, new=months)

    def due(self, as_of: date | None = None) -> list[DueRecord]:
        """The records past their period on `as_of` (default today), per kind."""
        as_of = as_of or self.ctx.today()
        found: list[DueRecord] = []
        for kind, months in self.periods().items():
            day = cutoff(as_of, months)
            if day is not None:
                found += self.repo.due(kind, day)
        return found

    def apply(self, as_of: date | None = None) -> int:
        """Clear every record past its period, in one transaction; returns how many."""
        due = self.due(as_of)
        if not due:
            return 0
        scrub.secure_delete(self.ctx.db)
        audit = AuditRepo(self.ctx.db)
        with self.ctx.db.atomic():
            notes = {d.uuid for d in due if d.kind is RetentionKind.CONFIDENTIAL_NOTES}
            for record in due:
                self.repo.clear(record)
                self.ctx.audit(record.table if record.table != "attendance" else "meetings",
                               record.uuid, "retention_applied", field=str(record.kind),
                               reason=REASON)
            erase = {e.id: {f: CLEARED for f in ("old_value", "new_value")
                            if getattr(e, f) not in (None, "")}
                     for uuid in sorted(notes) for e in audit.for_record(uuid)
                     if e.field == "notes" and e.id is not None}
            erase = {k: v for k, v in erase.items() if v and set(v) <= set(ERASABLE_FIELDS)}
            if erase:
                audit.erase(erase, AuditEntry(
                    at=self.ctx.now(), user=self.ctx.user, host=self.ctx.host,
                    table_name="agenda_items", record_uuid="", action="erased",
                    reason=REASON))
            scrub.rebuild_fts(self.ctx.db)
        scrub.compact(self.ctx.db)
        scrub.secure_delete(self.ctx.db, False)
        return len(due)
