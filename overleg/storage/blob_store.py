"""The bytes of attached documents, kept once per content outside the database file.

A document lives at `<folder>/<first two hex digits>/<sha256>`; the same file attached
twice (or to two items) is stored once. Files are written under a temporary name,
synced and renamed into place, so a crash or a cancel never leaves a half file under a
content name. A stored file is never changed or removed by an edit: deleting a document
deletes its record, and its undo finds the bytes still there.

Keeping the bytes beside the database, not in it, keeps the database small: the page
check at start (verified_files.py) and each daily backup do not grow with documents;
a backup copies only the documents its store lacks (mirror_into).
"""

import os
import tempfile
import threading
import weakref
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from overleg.storage.connection import Database
from overleg.storage.errors import StorageError
from overleg.storage.streamed_digest import StreamedDigest

CHUNK = 1024 * 1024
_MEMORY_STORES: "weakref.WeakKeyDictionary[Database, str]" = weakref.WeakKeyDictionary()


class TooLarge(Exception):
    """The stream passed the caller's limit; nothing was stored."""


class Stopped(Exception):
    """The caller's cancel event was set; nothing was stored."""


@dataclass(frozen=True)
class Stored:
    """A file's bytes as kept in the document store."""
    sha256: str
    size: int
    path: Path


def store_folder(db_path: Path) -> Path:
    """Where the documents of the database at `db_path` live."""
    return db_path.parent / f"{db_path.stem}-stukken"


def database_path(db: Database) -> Path | None:
    """The file behind `db` as the user named it (a database being built under a
    temporary name knows its final one); None in memory."""
    named = getattr(db, "path", None)
    if named:
        return Path(named)
    for row in db.execute("PRAGMA database_list").fetchall():
        if row[1] == "main":
            return Path(row[2]) if row[2] else None
    return None


class BlobStore:
    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)

    @classmethod
    def of(cls, db: Database) -> "BlobStore":
        """The store of the database `db`; an in-memory database gets a temporary one."""
        path = database_path(db)
        if path is None:
            if db not in _MEMORY_STORES:  # one per in-memory database, for its lifetime
                _MEMORY_STORES[db] = tempfile.mkdtemp(prefix="overleg-stukken-")
            return cls(Path(_MEMORY_STORES[db]))
        return cls(store_folder(path))

    def path_of(self, sha256: str) -> Path:
        return self.folder / sha256[:2] / sha256

    def has(self, sha256: str) -> bool:
        return self.path_of(sha256).is_file()

    def put(self, source: IO[bytes], *, limit: int,
            progress: Callable[[int], None] | None = None,
            cancel: threading.Event | None = None,
            inspect: Callable[[Path], None] | None = None,
            folders: set[Path] | None = None) -> Stored:
        """Store what `source` yields, hashing while it streams (never the whole file in
        memory; a large one is hashed beside the copy, see streamed_digest.py). TooLarge
        past `limit` bytes, Stopped on cancel: nothing is kept then.
        `inspect` sees the written file before it is kept; what it raises refuses it.
        The file is synced; its folder too, unless `folders` collects it for the caller
        to sync with `sync_folders` (once per folder for many files, before they count)."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            fd, temp_name = tempfile.mkstemp(prefix=".stuk-", suffix=".deel", dir=self.folder)
        except OSError as exc:
            raise StorageError(f"De map voor stukken '{self.folder}' kan niet worden "
                               f"beschreven ({exc.strerror or exc}).") from None
        temp, size = Path(temp_name), 0
        try:
            with os.fdopen(fd, "wb") as out, StreamedDigest(CHUNK) as digest:
                while chunk := source.read(CHUNK):
                    size += len(chunk)
                    if size > limit:
                        raise TooLarge
                    if cancel is not None and cancel.is_set():
                        raise Stopped
                    digest.update(chunk)
                    out.write(chunk)
                    if progress is not None:
                        progress(size)
                out.flush()
                os.fsync(out.fileno())
                sha = digest.hexdigest()
            if inspect is not None:
                inspect(temp)
            target = self.path_of(sha)
            if target.is_file() and target.stat().st_size == size:
                temp.unlink()  # the same content is kept already
            else:
                target.parent.mkdir(exist_ok=True, mode=0o700)
                os.replace(temp, target)
                if folders is None:
                    _sync_folder(target.parent)
                else:
                    folders.add(target.parent)
            return Stored(sha, size, target)
        except BaseException:
            temp.unlink(missing_ok=True)
            raise

    def verify(self, sha256: str) -> bool:
        """True when the stored file's bytes still have this hash."""
        path = self.path_of(sha256)
        if not path.is_file():
            return False
        digest = _sha256()
        with path.open("rb") as fh:
            while chunk := fh.read(CHUNK):
                digest.update(chunk)
        return digest.hexdigest() == sha256

    def mirror_into(self, other: "BlobStore", hashes: Iterable[str]) -> int:
        """Copy the documents `other` lacks (a backup's store); returns how many were
        copied. Unchanged documents are never copied again."""
        copied = 0
        for sha in set(hashes):
            if other.has(sha) or not self.has(sha):
                continue
            with self.path_of(sha).open("rb") as src:
                other.put(src, limit=1 << 62)
            copied += 1
        return copied


def sync_folders(folders: Iterable[Path]) -> None:
    """The renames of many `put` calls made durable, each folder synced once."""
    for folder in sorted(set(folders)):
        _sync_folder(folder)


def _sync_folder(folder: Path) -> None:
    """The rename itself survives a power cut (POSIX; Windows has no folder handles)."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _sha256():
    # hashlib loads OpenSSL (~5 ms): only once a document is stored or checked, not at
    # every start of the app.
    import hashlib

    return hashlib.sha256()
