"""The meeting pack (vergaderstukken) of one meeting, as one PDF or as a ZIP of files.

The agenda is the PDF/A agenda (public for the public pack); the items and their files
come from `inputs(meeting_id, public)`. THE SEAM for the attachments: until files can be
attached to agenda items, `agenda_items_without_files` gives the agenda's items with no
files; the container passes `AttachmentService.pack_inputs` instead once it exists. The
pack applies the audience rule itself (exports/pdf/pack_inputs.for_pack), so `inputs`
should give every item and file with its confidentiality, whatever `public` is.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from overleg.services.file_output import write_file, write_stream

if TYPE_CHECKING:
    from overleg.exports.pdf.pack import PackReport
    from overleg.exports.pdf.pack_inputs import PackItem
    from overleg.services.pdf_document_service import PdfDocumentService

PackInputs = Callable[[int, bool], "list[PackItem]"]


class PackService:
    def __init__(self, pdf_documents: PdfDocumentService,
                 inputs: PackInputs | None = None) -> None:
        self.pdf_documents = pdf_documents
        self.documents = pdf_documents.documents
        self.ctx = pdf_documents.ctx
        self.inputs: PackInputs = inputs or self.agenda_items_without_files

    def agenda_items_without_files(self, meeting_id: int, public: bool) -> list[PackItem]:
        from overleg.exports.pdf.pack_inputs import PackItem

        with self.ctx.db.atomic():
            items = self.documents.items.items(meeting_id)
        return [PackItem(i.number, i.title, i.confidential, ())
                for i in sorted(items, key=lambda i: i.position)]

    def pack(self, meeting_id: int, path: str | Path, *, public: bool = False
             ) -> tuple[Path, PackReport]:
        """One PDF: cover, agenda, the items' PDF documents; see exports/pdf/pack.py."""
        from overleg.exports.pdf.pack import build_pack

        with self.ctx.db.atomic():
            record = self.documents.meeting_record(meeting_id)
        agenda = self.pdf_documents.agenda_bytes(meeting_id, public=public)
        data, report = build_pack(record, agenda, self.inputs(meeting_id, public),
                                  public=public, author=self.ctx.user, now=self.ctx.now())
        return write_file(Path(path), data), report

    def pack_zip(self, meeting_id: int, path: str | Path, *, public: bool = False
                 ) -> tuple[Path, list[str]]:
        """A ZIP of the agenda and the files, named by item number."""
        from overleg.exports.pdf.pack_zip import write_pack_zip

        agenda = self.pdf_documents.agenda_bytes(meeting_id, public=public)
        items = self.inputs(meeting_id, public)
        notes: list[str] = []
        written = write_stream(Path(path), lambda fh: notes.extend(
            write_pack_zip(fh, agenda, items, public=public)))
        return written, notes
