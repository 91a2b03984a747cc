"""The benchmark archive's meeting documents: two short PDFs attached to the first two
items of every held meeting, added through the attachments service, so that search and
start-up are measured with their text indexed and their files beside the database."""

import tempfile
from pathlib import Path

from fpdf import FPDF

from benchmarks.dutch_text import Composer
from overleg.domain.meetings import Meeting
from overleg.services.attachment_service import AttachmentService
from overleg.services.container import Services
from overleg.storage.blob_store import BlobStore, store_folder

PER_MEETING = 2


def attach_documents(services: Services, text: Composer, held: list[Meeting],
                     items: dict[int, list], final_path: Path) -> int:
    """Returns how many were attached. The files go to the store of the database's final
    name (the archive is generated under a temporary one and renamed)."""
    attachments = AttachmentService(services.ctx, BlobStore(store_folder(final_path)))
    count = 0
    with tempfile.TemporaryDirectory(prefix="overleg-bench-") as folder:
        for m in held:
            for n, item in enumerate(items.get(m.id, [])[:PER_MEETING]):
                path = Path(folder) / f"stuk-{m.id}-{n}.pdf"
                path.write_bytes(_pdf(text.notes(3, 6)))
                attachments.attach(item.id, path, title=f"Notitie {n + 1}")
                count += 1
    return count


def _pdf(body: str) -> bytes:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    pdf.multi_cell(0, 6, body.encode("latin-1", "replace").decode("latin-1"))
    return bytes(pdf.output())
