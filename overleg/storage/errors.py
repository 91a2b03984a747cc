"""Storage failures, each with one sentence a user can act on."""

import errno
import shutil
from pathlib import Path

from overleg.domain.errors import OverlegError


class StorageError(OverlegError):
    """The database file cannot be used as asked."""


class NotOverlegDatabase(StorageError):
    pass


class EmptyDatabaseFile(NotOverlegDatabase):
    """An empty file, or an SQLite file without tables: made an Overleg database only
    when the user chooses so."""


class NewerDatabase(StorageError):
    pass


class CorruptDatabase(StorageError):
    pass


class FileBeingChecked(StorageError):
    """A write before the full check of a file opened unchecked has passed."""


class DatabaseBusy(StorageError):
    pass


class DatabaseUnavailable(StorageError):
    """Missing folder, no permission, read-only or full disk."""


class ChangedMeanwhile(StorageError):
    """An undo or redo whose records were changed since (by someone else, by a restore)."""


def translate_error(exc: BaseException, path: Path) -> Exception:
    """One sentence for the SQLite and OS errors a user can meet."""
    text = str(exc).lower()
    if isinstance(exc, OSError) and exc.errno == errno.ENOSPC or "disk is full" in text \
            or "database or disk is full" in text:
        return DatabaseUnavailable(f"De schijf met '{path.name}' is vol; er is niets opgeslagen.")
    if "disk i/o error" in text and disk_full(path):
        return DatabaseUnavailable(f"De schijf met '{path.name}' is vol; maak ruimte vrij en "
                                   "probeer het opnieuw.")
    if "locked" in text or "busy" in text:
        return DatabaseBusy(f"'{path.name}' is bezet door een ander programma; probeer het "
                            "zo opnieuw.")
    if "readonly" in text or "read-only" in text or "unable to open" in text \
            or isinstance(exc, PermissionError):
        return DatabaseUnavailable(f"'{path.name}' kan niet worden geopend om te schrijven "
                                   "(alleen-lezen of geen toegang).")
    if "not a database" in text or "malformed" in text or "corrupt" in text \
            or "could not decode" in text or isinstance(exc, UnicodeDecodeError):
        return CorruptDatabase(f"'{path.name}' is beschadigd en kan niet worden geopend; "
                               "open een reservekopie.")
    detail = " ".join(str(exc).split())[:100]  # one line, whatever SQLite said
    return CorruptDatabase(f"'{path.name}' kan niet worden gelezen ({detail}).")


def disk_full(path: Path) -> bool:
    """SQLite reports a side file it could not create on a full disk as an I/O error."""
    try:
        return shutil.disk_usage(path.parent if path.parent.is_dir() else ".").free < 65536
    except OSError:
        return False
