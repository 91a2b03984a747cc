"""What Overleg reads of an attached document: a check that it is what it claims to be,
and its text for search, both bounded in bytes, characters and time.

- A PDF (pypdf, pure Python): refused when it needs a password or cannot be read; text
  page by page until MAX_TEXT_CHARS or the time budget is spent.
- A Word document (.docx): its main part read within zip limits (members, declared and
  actually unpacked bytes, no DTD), text taken from the w:t elements.
- Any other zip package (xlsx, pptx, odt, zip): its directory checked for a
  decompression bomb; nothing is unpacked.
- Plain text: the first bytes, as UTF-8 (or Windows-1252 when that fails).
Everything else is kept without text. Refusals are InputLimitError/ValidationError with
one Dutch sentence naming the file.
"""

import codecs
import time
import zipfile
from pathlib import Path

from overleg.domain import input_limits
from overleg.domain.attachments import MAX_TEXT_CHARS
from overleg.domain.errors import ValidationError
from overleg.domain.input_limits import MB, InputLimitError, ZipLimits

TIME_BUDGET = 20.0  # seconds of text extraction per document
MAX_PAGES = 5_000
MAX_RATIO = 200  # unpacked / packed beyond this, on a large member, is a bomb
PACKAGE = ZipLimits("een stuk", 20_000, 256 * MB, 1024 * MB)
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_TEXT_SUFFIXES = (".txt", ".csv", ".md", ".eml", ".html", ".htm", ".xml", ".json")


def document_text(path: Path, name: str) -> str:
    """The searchable text of the file at `path` (shown to the user as `name`); raises
    one sentence when the file is damaged, encrypted or a decompression bomb."""
    with path.open("rb") as fh:
        head = fh.read(8)
    lower = name.lower()
    if head.startswith(b"%PDF") or lower.endswith(".pdf"):
        return _pdf_text(path, name)
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return _package_text(path, name, word=lower.endswith((".docx", ".docm")))
    if lower.endswith(_TEXT_SUFFIXES):
        return _plain_text(path)
    return ""


def _pdf_text(path: Path, name: str) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    damaged = ValidationError(f"'{name}' is een beschadigde PDF die niet te lezen is; er "
                              "is niets opgeslagen.")
    started = time.monotonic()
    try:
        reader = PdfReader(path, strict=False)
        if reader.is_encrypted and not _opens_without_password(reader):
            raise ValidationError(f"'{name}' is een versleutelde PDF (met wachtwoord); sla "
                                  "hem eerst zonder wachtwoord op. Er is niets opgeslagen.")
        pages = reader.pages
        count = len(pages)
        if count == 0:
            raise damaged
        parts, size = [], 0
        for n in range(min(count, MAX_PAGES)):
            if size >= MAX_TEXT_CHARS or time.monotonic() - started > TIME_BUDGET:
                break
            text = pages[n].extract_text() or ""
            parts.append(text)
            size += len(text)
    except ValidationError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError,
            OSError, RecursionError, AssertionError, ZeroDivisionError):
        raise damaged from None
    return "\n".join(parts)[:MAX_TEXT_CHARS]


def _opens_without_password(reader) -> bool:
    """An owner password only (printing or copying restricted): every viewer opens it."""
    try:
        return bool(reader.decrypt(""))
    except Exception:  # noqa: BLE001 - an unsupported cipher is as closed as a password
        return False


def _package_text(path: Path, name: str, *, word: bool) -> str:
    try:
        with path.open("rb") as fh, input_limits.open_zip(fh, name, PACKAGE) as z:
            _refuse_bomb(z, name)
            if not word:
                return ""
            if input_limits.has_dtd(z):
                raise InputLimitError(f"'{name}' bevat een XML-definitie (DTD) die Word "
                                      "nooit schrijft; er is niets opgeslagen.")
            data = input_limits.read_member(z, "word/document.xml", name, PACKAGE)
    except (InputLimitError, ValidationError):
        raise
    except (zipfile.BadZipFile, KeyError, OSError, EOFError, NotImplementedError,
            RuntimeError, ValueError):
        raise ValidationError(f"'{name}' is een beschadigd of versleuteld bestand dat niet "
                              "te lezen is; er is niets opgeslagen.") from None
    return _word_text(data, name)


def _refuse_bomb(z: zipfile.ZipFile, name: str) -> None:
    for info in z.infolist():
        if info.file_size > 10 * MB and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise InputLimitError(f"'{name}' pakt uit tot veel meer dan het zelf groot is "
                                  "(een zogenaamde zip-bom); er is niets opgeslagen.")


def _word_text(data: bytes, name: str) -> str:
    # Imported when a Word document is read: the documents panel loads this module at
    # start, and no document is read then.
    import xml.etree.ElementTree as ET

    try:
        root = ET.fromstring(data)
    except ET.ParseError:
        raise ValidationError(f"'{name}' is een beschadigd Word-document; er is niets "
                              "opgeslagen.") from None
    parts, size = [], 0
    for paragraph in root.iter(f"{_W}p"):
        text = "".join(t.text or "" for t in paragraph.iter(f"{_W}t"))
        parts.append(text)
        size += len(text) + 1
        if size >= MAX_TEXT_CHARS:
            break
    return "\n".join(parts)[:MAX_TEXT_CHARS]


def _plain_text(path: Path) -> str:
    with path.open("rb") as fh:
        data = fh.read(MAX_TEXT_CHARS * 2)
    try:  # the cut may fall inside a character: decode as far as it is whole
        text = codecs.getincrementaldecoder("utf-8-sig")().decode(data, final=False)
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    return text[:MAX_TEXT_CHARS]
