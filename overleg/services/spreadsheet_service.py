"""Excel exports: the action list and the decision register.

The records stream from storage into the workbook (write-only), a chunk's
confidentiality looked up at a time, so an export of the whole archive never holds it."""

import io
import threading
from pathlib import Path

from overleg.domain.audience import audience_for
from overleg.domain.listings import ActionFilter, ActionListing, DecisionListing
from overleg.domain.records import id_of
from overleg.services.confidential_stream import ConfidentialStream
from overleg.services.confidentiality import Confidentiality
from overleg.services.context import Context
from overleg.services.file_output import write_stream
from overleg.services.progress import Progress, tracked
from overleg.storage.body_repo import BodyRepo
from overleg.storage.decision_repo import DecisionRepo
from overleg.storage.followup_repo import FollowUpRepo


class SpreadsheetService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.followups = FollowUpRepo(ctx.db)
        self.decisions = DecisionRepo(ctx.db)
        self.bodies = BodyRepo(ctx.db)
        self.closed = Confidentiality(ctx.db)

    def action_list_xlsx(self, flt: ActionFilter | None = None, *,
                         public: bool = False) -> bytes:
        """The action list as the list screen filters it (all actions by default), in
        order of due date; 'te laat' as of the filter's date. The full version has a
        'Besloten' column; the public one leaves closed follow-ups out."""
        buffer = io.BytesIO()
        self._write_actions(buffer, flt, public=public)
        return buffer.getvalue()

    def decision_register_xlsx(self, body_id: int | None = None, *,
                               public: bool = False) -> bytes:
        buffer = io.BytesIO()
        self._write_decisions(buffer, body_id, public=public)
        return buffer.getvalue()

    def export_actions(self, out: Path, flt: ActionFilter | None = None, *,
                       public: bool = False, progress: Progress | None = None,
                       cancel: threading.Event | None = None) -> Path:
        """Written to `out` as it is read; a cancel or failure leaves no file."""
        return write_stream(out, lambda fh: self._write_actions(
            fh, flt, public=public, progress=progress, cancel=cancel))

    def export_decisions(self, out: Path, body_id: int | None = None, *,
                         public: bool = False, progress: Progress | None = None,
                         cancel: threading.Event | None = None) -> Path:
        return write_stream(out, lambda fh: self._write_decisions(
            fh, body_id, public=public, progress=progress, cancel=cancel))

    def _write_actions(self, fh, flt: ActionFilter | None, *, public: bool,
                       progress: Progress | None = None,
                       cancel: threading.Event | None = None) -> None:
        flt = flt or ActionFilter(as_of=self.ctx.today())
        rows = tracked(self.followups.each_listing(flt), self.followups.count(flt),
                       progress, cancel)
        stream: ConfidentialStream[ActionListing] = ConfidentialStream(
            rows, audience_for(public), lambda x: id_of(x.followup),
            lambda chunk: self.closed.closed_followups(x.followup for x in chunk))
        # openpyxl (about 100 ms to import) loads with the first workbook, not at start-up.
        from overleg.exports.spreadsheet.workbook import write_action_list

        self._note_cut(write_action_list(fh, stream, self._title("Actielijst", flt.body_id),
                                         closed=None if public else stream.closed,
                                         left_out=lambda: stream.note))

    def _write_decisions(self, fh, body_id: int | None, *, public: bool,
                         progress: Progress | None = None,
                         cancel: threading.Event | None = None) -> None:
        rows = tracked(self.decisions.each_registered(body_id=body_id),
                       self.decisions.count_registered(body_id=body_id), progress, cancel)
        stream: ConfidentialStream[DecisionListing] = ConfidentialStream(
            rows, audience_for(public), lambda x: id_of(x.decision),
            lambda chunk: self.closed.closed_decisions(x.decision for x in chunk))
        from overleg.exports.spreadsheet.workbook import write_decision_register

        self._note_cut(write_decision_register(
            fh, stream, self._title("Besluitenlijst", body_id),
            closed=None if public else stream.closed, left_out=lambda: stream.note))

    def _note_cut(self, cut: int) -> None:
        """Said with the export's other warnings (Context.skipped_records)."""
        if cut:
            self.ctx.note_skipped(
                f"{cut} {'tekst was' if cut == 1 else 'teksten waren'} langer dan een "
                "Excel-cel kan bevatten (32.767 tekens) en "
                f"{'is' if cut == 1 else 'zijn'} ingekort, gemarkeerd met '[…]'.")

    def _title(self, kind: str, body_id: int | None) -> str:
        return f"{kind} {self.bodies.get(body_id).code}" if body_id is not None else kind
