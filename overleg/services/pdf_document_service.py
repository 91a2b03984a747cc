"""The PDF/A-2b versions of the agenda, minutes, decision list and action list.

The same records as the Word documents, gathered by the DocumentService (meeting_record,
decision_entries, action_entries), and the same document functions; only the writer
differs. `public=True` is the public version through the same audience rule. Written
through a temporary file and renamed, like every export.
"""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from overleg.services.file_output import write_file
from overleg.services.progress import Cancelled

if TYPE_CHECKING:
    from overleg.services.document_service import DocumentService


def _pdf():
    """fpdf2 and fontTools load with the first PDF, not with every start of the app."""
    from overleg.exports import pdf

    return pdf


class PdfDocumentService:
    def __init__(self, documents: DocumentService) -> None:
        self.documents = documents
        self.ctx = documents.ctx

    def agenda_bytes(self, meeting_id: int, *, public: bool = False) -> bytes:
        with self.ctx.db.atomic():
            record = self.documents.meeting_record(meeting_id)
        return _pdf().agenda_pdf(record, public=public, author=self.ctx.user,
                                 now=self.ctx.now())

    def agenda(self, meeting_id: int, path: str | Path, *, public: bool = False) -> Path:
        return write_file(Path(path), self.agenda_bytes(meeting_id, public=public))

    def minutes(self, meeting_id: int, path: str | Path, *, public: bool = False) -> Path:
        with self.ctx.db.atomic():
            record = self.documents.meeting_record(meeting_id)
        return write_file(Path(path), _pdf().minutes_pdf(
            record, public=public, author=self.ctx.user, now=self.ctx.now()))

    def decisions(self, path: str | Path, *, meeting_id: int | None = None,
                  body_id: int | None = None, start: date | None = None,
                  end: date | None = None, public: bool = False,
                  cancel: threading.Event | None = None) -> Path:
        entries, scope, _template = self.documents.decision_entries(meeting_id, body_id,
                                                                    start, end)
        _stop_if(cancel)
        data = _pdf().decision_list_pdf(entries, scope, public=public, author=self.ctx.user,
                                        now=self.ctx.now())
        _stop_if(cancel)
        return write_file(Path(path), data)

    def actions(self, path: str | Path, *, meeting_id: int | None = None,
                body_id: int | None = None, start: date | None = None,
                end: date | None = None, public: bool = False, as_of: date | None = None,
                cancel: threading.Event | None = None) -> Path:
        as_of = as_of or self.ctx.today()
        entries, scope, _template = self.documents.action_entries(meeting_id, body_id,
                                                                  start, end, as_of)
        _stop_if(cancel)
        data = _pdf().action_list_pdf(entries, scope, as_of, public=public,
                                      author=self.ctx.user, now=self.ctx.now())
        _stop_if(cancel)
        return write_file(Path(path), data)


def _stop_if(cancel: threading.Event | None) -> None:
    if cancel is not None and cancel.is_set():
        raise Cancelled
