"""Opening a user's PDF for the pack: an encrypted, damaged or missing file is named as
unreadable, never a crash. Reading stops at the file's pages; the bytes stay on disk
until pypdf asks for them."""

from dataclasses import dataclass
from pathlib import Path

from pypdf import PdfReader
from pypdf.errors import DependencyError, PyPdfError


@dataclass(frozen=True)
class Opened:
    """A PDF of the pack as read, or why it could not be read."""
    reader: PdfReader | None
    reason: str = ""  # why it could not be read, in Dutch


def open_pdf(path: Path) -> Opened:
    try:
        reader = PdfReader(path, strict=False)
        if reader.is_encrypted:
            # A PDF with only an owner password (printing restrictions) opens with an
            # empty user password; one that needs a password is not ours to open.
            try:
                if not reader.decrypt(""):
                    return Opened(None, "beveiligd met een wachtwoord")
            except (PyPdfError, NotImplementedError):
                return Opened(None, "versleuteld, niet te lezen")
        if len(reader.pages) == 0:
            return Opened(None, "bevat geen pagina's")
        for page in reader.pages:  # a damaged page tree or content fails here, not later
            _ = page.mediabox
            page.get_contents()
        return Opened(reader)
    except DependencyError:  # AES needs the 'cryptography' package, not installed here
        return Opened(None, "versleuteld, niet te lezen")
    except FileNotFoundError:
        return Opened(None, "het bestand is niet gevonden")
    except (OSError, PyPdfError, ValueError, KeyError, TypeError, AttributeError,
            IndexError, RecursionError, AssertionError):
        return Opened(None, "beschadigd, niet te lezen")
