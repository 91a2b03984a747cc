"""The attached documents in the archive: `stukken/<sha256>`, the bytes as they were
added, once per content, named by their hash so a reader can check every file.

Export streams each stored document into the ZIP (never a whole file in memory; stored,
not compressed again). Import reads the documents the rows name into the local store
before any row is written, checking size and SHA-256 of each; a mismatch or a missing
document refuses the whole archive with one sentence (and keeps none of its bytes)."""

import zipfile
from collections.abc import Callable
from pathlib import Path

from overleg.domain.attachments import MAX_FILE_BYTES
from overleg.domain.errors import OverlegError
from overleg.storage.attachment_repo import hashes_in
from overleg.storage.blob_store import BlobStore, TooLarge, sync_folders
from overleg.storage.connection import Database
from overleg.storage.errors import NotOverlegDatabase

FOLDER = "stukken/"


class DocumentMismatch(OverlegError):
    """A document in an archive is missing or not the one its record names."""


def write_documents(z: zipfile.ZipFile, db: Database, check: Callable[[], None]) -> int:
    """Every document the database refers to, as stukken/<sha256>; returns how many."""
    store, n = BlobStore.of(db), 0
    for sha in sorted(hashes_in(db)):
        check()
        source = store.path_of(sha)
        if not source.is_file():
            raise DocumentMismatch(f"Het stuk met controlecode {sha[:12]}… ontbreekt in de "
                                   f"map '{store.folder}'; het archief is niet gemaakt.")
        info = zipfile.ZipInfo(FOLDER + sha)
        info.compress_type = zipfile.ZIP_STORED  # PDFs and Office files are packed already
        with source.open("rb") as src, z.open(info, "w", force_zip64=True) as member:
            while chunk := src.read(1024 * 1024):
                member.write(chunk)
        n += 1
    return n


def read_documents(z: zipfile.ZipFile, rows: list[dict], db: Database, name: str
                   ) -> list[str]:
    """Bring the documents `rows` name into the store of `db`, each checked; returns the
    hashes that were new here (to take back when the import fails afterwards)."""
    store, added = BlobStore.of(db), []
    folders: set[Path] = set()  # synced once each, after all files
    wanted = {r.get("sha256"): r.get("size") for r in rows if isinstance(r, dict)}
    members = set(z.namelist())
    try:
        for sha, size in sorted(wanted.items(), key=lambda kv: str(kv[0])):
            if not isinstance(sha, str) or store.has(sha):
                continue  # a bad hash is the row check's to refuse; a known one is here
            if FOLDER + sha not in members:
                raise DocumentMismatch(f"'{name}' mist het stuk met controlecode "
                                       f"{sha[:12]}…; er is niets veranderd.")
            with z.open(FOLDER + sha) as src:
                try:
                    stored = store.put(src, limit=MAX_FILE_BYTES, folders=folders)
                except TooLarge:
                    raise DocumentMismatch(f"'{name}' bevat een stuk dat groter is dan "
                                           "toegestaan; er is niets veranderd.") from None
            if stored.sha256 != sha or stored.size != size:
                if stored.sha256 not in wanted and stored.sha256 not in added:
                    stored.path.unlink(missing_ok=True)
                raise DocumentMismatch(f"Het stuk {sha[:12]}… in '{name}' is niet het "
                                       "bestand dat erbij hoort (controlecode of grootte "
                                       "klopt niet); er is niets veranderd.")
            added.append(sha)
        sync_folders(folders)  # each file was synced; its folder now, before any row
    except BaseException as exc:
        forget(db, added)
        if isinstance(exc, (zipfile.BadZipFile, EOFError, ValueError)):
            raise NotOverlegDatabase(f"'{name}' is geen (volledig) archief van "
                                     "Overleg.") from None
        raise
    return added


def forget(db: Database, added: list[str]) -> None:
    """Documents brought in for an import that did not happen, unless a record here
    refers to them."""
    store, kept = BlobStore.of(db), hashes_in(db)
    for sha in added:
        if sha not in kept:
            store.path_of(sha).unlink(missing_ok=True)
