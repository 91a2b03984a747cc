"""Reading the audit trail: what changed in a record, from what to what, when, by whom
(operating-system user and machine) and why."""

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from overleg.domain.agenda import AgendaItem
from overleg.domain.audit_chain import (
    DATABASE_TABLE,
    RESTORE_ACTION,
    Anchor,
    ChainBreak,
    ChainVerifier,
    anchor_breaks,
)
from overleg.domain.decisions import Decision
from overleg.domain.enums import (
    DecisionStatus,
    FollowUpStatus,
    ItemKind,
    MeetingStatus,
    Outcome,
)
from overleg.domain.followups import FollowUp
from overleg.domain.meetings import Meeting
from overleg.domain.vocabulary import nl
from overleg.services.context import Context
from overleg.storage import audit_anchors
from overleg.storage.agenda_repo import AgendaRepo
from overleg.storage.audit_repo import AuditEntry, AuditRepo
from overleg.storage.backup import list_backups
from overleg.storage.connection import Database
from overleg.storage.decision_repo import DecisionRepo
from overleg.storage.followup_repo import FollowUpRepo
from overleg.storage.meeting_repo import MeetingRepo

# Stored values that are enum codes, per table and field: shown in Dutch.
_CODED = {("meetings", "status"): MeetingStatus, ("decisions", "status"): DecisionStatus,
          ("followups", "status"): FollowUpStatus, ("agenda_items", "outcome"): Outcome,
          ("agenda_items", "kind"): ItemKind}


@dataclass(frozen=True)
class TrailReport:
    """The audit chain checked: its rows, the anchors it was held against, every break
    (by row number) and the restores and imports it records."""

    rows: int
    anchors: int
    breaks: list[ChainBreak]
    events: list[AuditEntry]

    @property
    def sound(self) -> bool:
        return not self.breaks


def anchors_of(path: Path | None) -> list[Anchor]:
    """Every anchor kept outside the file: the app's record and each backup's."""
    if path is None:
        return []
    found = [audit_anchors.recorded(path)]
    found += [audit_anchors.read_beside(b.path) for b in list_backups(path)]
    return [a for a in found if a is not None]


def check_trail(db: Database, path: Path | None) -> TrailReport:
    """Verify the whole chain against the anchors outside the file (`overleg check`)."""
    repo = AuditRepo(db)
    anchors = anchors_of(path)
    verifier = ChainVerifier(anchors)
    for row in repo.chain_rows():
        verifier.feed(row)
    return TrailReport(verifier.rows, len(anchors), verifier.finish(),
                       repo.events(DATABASE_TABLE))


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

    def breaks_in(self, entries: list[AuditEntry]) -> dict[int, str]:
        """Quick check of the rows shown (each against the row before it): {row: why}.
        The whole chain and its anchors are checked by `overleg check`."""
        ids = [e.id for e in entries if e.id is not None]
        if not ids:
            return {}
        breaks: dict[int, str] = {}
        prev_row: dict | None = None
        for row in self.repo.rows_around(ids):
            if row["id"] in ids:
                v = ChainVerifier()
                if prev_row is not None and prev_row["id"] == row["id"] - 1:
                    v.last_id, v.last_hash = prev_row["id"], prev_row["hash"] or ""
                else:  # the first row, or one after a gap: its own hash only
                    v.last_id, v.last_hash = row["id"] - 1, row["prev_hash"] or ""
                v.feed(row)
                for b in v.breaks:  # erasures are matched by the whole check only
                    breaks.setdefault(b.row_id, b.message)
            prev_row = row
        return breaks

    def anchor_break(self) -> ChainBreak | None:
        """Whether the trail disagrees with the anchor this computer recorded (a chain
        rewritten and recomputed): one lookup, cheap enough for every history screen."""
        path = next((Path(r[2]) for r in self.ctx.db.execute("PRAGMA database_list")
                     if r[1] == "main" and r[2]), None)
        anchor = audit_anchors.recorded(path) if path else None
        if anchor is None:
            return None
        head = self.repo.head()
        at_anchor = {r["id"]: r["hash"] for r in self.repo.rows_around([anchor.row_id])
                     if r["id"] == anchor.row_id}
        restores = [(e.id or 0, e.at.isoformat(timespec="seconds"), (e.id or 1) - 1)
                    for e in self.repo.events(DATABASE_TABLE) if e.action == RESTORE_ACTION]
        found = anchor_breaks([anchor], at_anchor, head[0] if head else 0, restores)
        return found[0] if found else None

    def uuid_of(self, kind: str, record_id: int) -> str:
        getters: dict[str, Callable[[int], Meeting | Decision | FollowUp | AgendaItem]] = {
            "meeting": MeetingRepo(self.ctx.db).get,
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
