"""The benchmark archive's meeting documents: two short PDFs attached to the first two
items of every held meeting, added through the attachments service, so that search and
start-up are measured with their text indexed and their files beside the database."""

import tempfile
import textwrap
from pathlib import Path

from fpdf import FPDF

from benchmarks.dutch_text import Composer
from overleg.domain.meetings import Meeting
from overleg.services.attachment_service import AttachmentService
from overleg.services.container import Services
from overleg.storage.blob_store import BlobStore, store_folder

PER_MEETING = 2
LINES_PER_PAGE = 44


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
    """The text wrapped here at a fixed width and set line by line: fpdf's own line
    breaking (multi_cell) measured every glyph and took four fifths of the generation."""
    pdf = FPDF()
    pdf.set_font("helvetica", size=11)
    lines = [line for paragraph in body.encode("latin-1", "replace").decode("latin-1")
             .split("\n") for line in (textwrap.wrap(paragraph, 90) or [""])]
    for n, line in enumerate(lines):
        if n % LINES_PER_PAGE == 0:
            pdf.add_page()
        pdf.text(15, 20 + 6 * (n % LINES_PER_PAGE), line)
    return bytes(pdf.output())
