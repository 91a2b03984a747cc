"""A new database made whole or not at all: built under a hidden name beside the target
and renamed into place at the end, so a refused input, a full disk or a kill halfway
leaves no database file behind (a stale temporary one is cleared later, leftovers.py)."""

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from overleg.storage import verified_files
from overleg.storage.connection import Database
from overleg.storage.database import inspect_file, open_database, translate_error
from overleg.storage.errors import StorageError


def temporary_name(path: Path) -> Path:
    return path.with_name(f".{path.name}.nieuw")


@contextmanager
def new_database(path: Path) -> Iterator[Database]:
    """An empty, current Overleg database that appears at `path` when the block ends
    without an error; `path` must not exist yet."""
    path = Path(path)
    if inspect_file(path) != "missing":
        raise StorageError(f"'{path.name}' bestaat al; kies een nieuwe bestandsnaam.")
    temp = temporary_name(path)
    _remove(temp)
    db = open_database(temp)
    db.path = path  # errors name the file the user named
    try:
        yield db
        db.close()  # the last connection: the WAL is written into the file and removed
        if any(s.exists() for s in _sidecars(temp)):
            raise StorageError(f"De schijf met '{path.name}' is vol; er is niets "
                               "opgeslagen.")
        os.replace(temp, path)
    except BaseException as exc:
        try:
            db.close()
        except Exception:  # noqa: BLE001 - a full disk fails the last checkpoint too
            pass
        _remove(temp)
        if isinstance(exc, OSError):
            raise translate_error(exc, path) from None
        raise
    verified_files.checked(path)


def _sidecars(path: Path) -> list[Path]:
    return [path.with_name(path.name + s) for s in ("-wal", "-shm", "-journal")]


def _remove(temp: Path) -> None:
    for p in [temp, *_sidecars(temp)]:
        try:
            p.unlink(missing_ok=True)
        except OSError:
            pass
