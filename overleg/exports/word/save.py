"""Saving a document without ever leaving half a file behind."""

import errno
import io
import os
import tempfile
from pathlib import Path

from docx.document import Document

from overleg.domain.errors import OverlegError
from overleg.exports.word.page_frame import end_without_blank_page


class SaveError(OverlegError):
    """The target cannot be written (missing folder, no permission, file open in Word)."""


def save_document(doc: Document, path: str | Path) -> Path:
    """Write to a temporary file in the target folder, then replace the target in one
    step: a failure leaves the previous file (or none) and no partial one."""
    end_without_blank_page(doc)
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise SaveError(f"De map '{folder}' bestaat niet.")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise SaveError(f"In de map '{folder}' kan niet worden geschreven "
                        f"({exc.strerror or exc}).") from None
    try:
        # Built in memory first: python-docx's zip writer, interrupted by a full disk,
        # would otherwise complain again when collected ("seek of closed file").
        buffer = io.BytesIO()
        doc.save(buffer)
        with os.fdopen(fd, "wb") as out:
            out.write(buffer.getbuffer())
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, target)
    except PermissionError:
        _remove(tmp)
        raise SaveError(f"Het bestand '{target.name}' kan niet worden overschreven; sluit het "
                        "in Word of kies een andere naam.") from None
    except OSError as exc:
        _remove(tmp)
        if exc.errno == errno.ENOSPC:
            raise SaveError(f"De schijf is vol; '{target.name}' is niet geschreven.") from None
        raise SaveError(f"Het bestand '{target.name}' kan niet worden geschreven "
                        f"({exc.strerror or exc}).") from None
    except BaseException:
        _remove(tmp)
        raise
    return target


def _remove(path: str) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass
