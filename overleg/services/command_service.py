"""Every user action as a command: one transaction, a change set, and its inverse.

`run` performs an action (one or more service calls) in one transaction and returns what
it changed. `undo` and `redo` apply a change set's inverse or the change set itself,
through the same rules as any edit: the restored records must be valid domain records,
minutes that are adopted stay untouched unless the step itself is their adoption, a
record someone changed since is never overwritten, and each step is in the audit trail.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from overleg.domain.changes import ChangeSet, Op, RowChange
from overleg.domain.errors import NotFoundError
from overleg.services.context import Context
from overleg.storage import archive_tables
from overleg.storage.agenda_repo import AgendaRepo
from overleg.storage.attachment_repo import AttachmentRepo
from overleg.storage.change_capture import ChangeCapture
from overleg.storage.change_log import ChangeLog, LogGap
from overleg.storage.decision_repo import DecisionRepo
from overleg.storage.followup_repo import FollowUpRepo
from overleg.storage.meeting_repo import MeetingRepo

T = TypeVar("T")

# Rows that belong to a meeting's minutes, and the column that says which meeting.
_MINUTES_ROWS = {"agenda_items": "meeting_id", "decisions": "meeting_id",
                 "followups": "meeting_id", "attendance": "meeting_id"}
# A follow-up's handling goes on after its minutes are adopted (the action list: done,
# cancelled, retargeted; a moved meeting takes the follow-ups that target it along).
_AFTER_ADOPTION = {"followups": {"status", "done_on", "result", "target_date",
                                 "target_meeting_id", "due_sort"}}


@dataclass(frozen=True)
class Done(Generic[T]):
    """A command's result and the change set it made (which the undo stack keeps)."""
    result: T
    changes: ChangeSet


class CommandService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.capture = ChangeCapture(ctx.db)
        self.log = ChangeLog(ctx.db)

    def run(self, label: str, action: Callable[[], T]) -> Done[T]:
        """Do `action` as one step; a refusal changes nothing and raises as it was."""
        with self.ctx.db.atomic(), self.capture.capturing(label) as captured:
            result = action()
        return Done(result, captured[0])

    def run_checked(self, label: str, action: Callable[[], T]) -> Done[T]:
        """Like run, for a step that writes rows from outside (an exchange package): what
        it changed is checked by the same rules as an undo before it is committed."""
        with self.ctx.db.atomic():
            with self.capture.capturing(label) as captured:
                result = action()
            self._check(captured[0])
        return Done(result, captured[0])

    def elsewhere(self, label: str = "") -> ChangeSet | None:
        """What others (another instance on the same file) changed since the last look,
        as a change set with each row as it is now; None when nothing. When the log no
        longer reaches back that far, every record table is said to have changed."""
        try:
            entries = self.log.news()
        except LogGap:
            return self.everything(label)
        first: dict[tuple[str, int], str] = {}
        for table, row_id, op in entries:
            first.setdefault((table, row_id), op)
        changes = []
        for (table, row_id), op in first.items():
            now = self.capture.image(table, row_id)
            if op == Op.INSERT and now is None:
                continue  # come and gone meanwhile
            kind = Op.DELETE if now is None else Op.INSERT if op == Op.INSERT else Op.UPDATE
            changes.append(RowChange(table, kind, row_id, None, now))
        return ChangeSet(label, tuple(changes), elsewhere=True) if changes else None

    def everything(self, label: str) -> ChangeSet:
        """Every record table said to have changed (after an erasure, which is no step
        of the history): screens re-read all they show."""
        return ChangeSet(label, tuple(RowChange(t, Op.UPDATE, 0, None, None)
                                      for t in archive_tables.record_tables(self.ctx.db)),
                         elsewhere=True)

    def undo(self, changes: ChangeSet) -> ChangeSet:
        return self._apply(changes.inverse(), "undone")

    def redo(self, changes: ChangeSet) -> ChangeSet:
        return self._apply(changes, "redone")

    def _apply(self, changes: ChangeSet, action: str) -> ChangeSet:
        with self.ctx.db.atomic():
            done = self.capture.apply(changes)
            self._check(done)
            for change in done:
                if change.uuid and change.table != "item_criteria":
                    self.ctx.audit(change.table, change.uuid, action,
                                   field=",".join(change.fields) if change.op is Op.UPDATE
                                   else "", reason=changes.label)
        return done

    def _check(self, done: ChangeSet) -> None:
        """The domain's rules over what the step restored: every record readable as a
        valid record, and no change to adopted minutes except their own (un)adoption."""
        meetings, own = MeetingRepo(self.ctx.db), done.ids("meetings")
        readers = {"agenda_items": AgendaRepo(self.ctx.db).get,
                   "decisions": DecisionRepo(self.ctx.db).get,
                   "followups": FollowUpRepo(self.ctx.db).get, "meetings": meetings.get,
                   "attachments": AttachmentRepo(self.ctx.db).get}
        final = {(c.table, c.row_id): c for c in done}  # each row's last change
        for (table, row_id), change in final.items():
            if change.after is not None and table in readers:
                readers[table](row_id)  # raises the rule's own sentence
        touched: set[int] = set()
        for change in done:
            column = _MINUTES_ROWS.get(change.table)
            if change.op is Op.UPDATE and set(change.fields) <= _AFTER_ADOPTION.get(
                    change.table, set()):
                continue
            for image in (change.before, change.after):
                if column and image and image.get(column) is not None:
                    touched.add(image[column])
        for meeting_id in touched - own:
            try:
                meeting = meetings.get(meeting_id)
            except NotFoundError:  # removed by this very step
                continue
            meeting.ensure_editable()
