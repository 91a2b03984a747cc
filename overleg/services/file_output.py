"""Writing an export to the user's file: all or nothing, with one sentence on failure."""

import errno
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from overleg.domain.errors import OverlegError


class ExportWriteError(OverlegError):
    """The chosen file could not be written (folder missing, file open in Word/Excel)."""


def write_file(out: Path, data: bytes) -> Path:
    """Write through a temporary file in the same folder, then rename, so a failure never
    leaves half a file (or destroys the previous one)."""
    return write_stream(out, lambda fh: fh.write(data))


def write_stream(out: Path, write: Callable[[BinaryIO], object]) -> Path:
    """`write` fills a temporary file in the same folder, renamed to `out` only when it
    returns: an error or a cancel (any exception out of `write`) leaves no file behind,
    and the previous `out` as it was. Long exports stream into it this way."""
    out = Path(out)
    if not out.parent.is_dir():
        raise ExportWriteError(f"De map '{out.parent}' bestaat niet.")
    try:
        fd, tmp = tempfile.mkstemp(prefix=".overleg-", dir=out.parent)
        try:
            with os.fdopen(fd, "wb") as fh:
                write(fh)
            os.chmod(tmp, 0o644)  # an export is meant to be shared, unlike the database
            os.replace(tmp, out)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except PermissionError:
        raise ExportWriteError(f"Kan '{out.name}' niet schrijven; is het bestand nog "
                               "geopend in een ander programma?") from None
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise ExportWriteError(f"De schijf is vol; '{out.name}' is niet geschreven."
                                   ) from None
        raise ExportWriteError(f"Kan '{out.name}' niet schrijven ({exc.strerror}).") from None
    return out
