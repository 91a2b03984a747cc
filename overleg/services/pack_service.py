"""The meeting pack (vergaderstukken) of one meeting, as one PDF or as a ZIP of files.

The agenda is the PDF/A agenda (public for the public pack); the items and their files
come from `inputs(meeting_id, public)`: the documents attached to each item
(`attached_files`), or for a pack without them the agenda's items alone
(`agenda_items_without_files`). The pack applies the audience rule itself
(exports/pdf/pack_inputs.for_pack), so `inputs` gives every item and file with its
confidentiality, whatever `public` is.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from overleg.services.file_output import write_file, write_stream

if TYPE_CHECKING:
    from overleg.exports.pdf.pack import PackReport
    from overleg.exports.pdf.pack_inputs import PackItem
    from overleg.services.attachment_service import AttachmentService
    from overleg.services.pdf_document_service import PdfDocumentService

PackInputs = Callable[[int, bool], "list[PackItem]"]


def attached_files(attachments: AttachmentService) -> PackInputs:
    """The pack's items from the documents attached to them: every item and file with
    its confidentiality (the pack applies the audience rule itself)."""
    def inputs(meeting_id: int, public: bool) -> list[PackItem]:
        from overleg.exports.pdf.pack_inputs import PackFile, PackItem

        return [PackItem(str(i.number), i.title, i.closed, tuple(
                    PackFile(d.title, d.path, d.media_type, d.confidential)
                    for d in i.documents))
                for i in attachments.pack_inputs(meeting_id, public=False)]

    return inputs


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
