"""Shared builders for the attachment tests: a service over a store in tmp_path, and
files as users have them."""

import zipfile
from pathlib import Path

from overleg.services.attachment_service import AttachmentService
from overleg.services.container import Services
from overleg.storage.blob_store import BlobStore
from tests.pdf_samples import pdf_with_pages

STT_NOV = 8  # the example's Stuurgroep Talentontwikkeling of 28 November 2013


def service(s: Services, tmp_path: Path) -> AttachmentService:
    """The services' attachments, over a store in tmp_path (seen by the commands too)."""
    store = BlobStore(tmp_path / "stukken")
    s.__dict__["attachments"] = AttachmentService(s.ctx, store)
    return s.attachments


def item_of(s: Services, meeting_id: int = STT_NOV, n: int = 0) -> int:
    return s.db.execute("SELECT id FROM agenda_items WHERE meeting_id = ? ORDER BY position "
                        "LIMIT 1 OFFSET ?", [meeting_id, n]).fetchone()[0]


def a_pdf(folder: Path, name: str = "notitie.pdf", *lines: str) -> Path:
    path = folder / name
    path.write_bytes(pdf_with_pages(*(lines or ("De werkagenda over thuiszitters.",))))
    return path


def stored_files(store: BlobStore) -> list[Path]:
    if not store.folder.exists():
        return []
    return sorted(p for p in store.folder.rglob("*") if p.is_file())


def zip_bomb(path: Path) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("leeg.bin", b"\0" * (60 * 1024 * 1024))
    return path
