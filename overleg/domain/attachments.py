"""Documents (vergaderstukken) attached to an agenda item.

An attachment is a record about a file: its title, a date or version, whether it is
confidential, the original file name (made safe for Windows), size, media type and the
SHA-256 of its bytes. The bytes themselves are kept once per content, outside the
database (storage/blob_store.py), so the same file attached twice costs nothing and a
backup or a page check does not grow with the documents.

Replacing a document by a newer version adds a new record that points to the one it
replaces; the older one stays (version history) but is no longer current.
"""

import re
from dataclasses import dataclass, field
from datetime import datetime

from overleg.domain.errors import ValidationError
from overleg.domain.fields import safe_file_name
from overleg.domain.records import new_uuid
from overleg.domain.text import clean_line

MB = 1024 * 1024
MAX_FILE_BYTES = 200 * MB  # one document; a 2 GB file is refused before it is read
MAX_TEXT_CHARS = 1_000_000  # the searchable text kept of one document
VERSION_MAX = 60
_SHA256 = re.compile(r"[0-9a-f]{64}")


@dataclass
class Attachment:
    """A document attached to an agenda item: its title and file, stored once by content
    (sha256)."""
    item_id: int
    title: str
    file_name: str
    size: int
    sha256: str
    media_type: str = "application/octet-stream"
    version: str = ""  # a date or a version label, as the user writes it
    confidential: bool = False  # marked on its own; see audience.file_confidential
    added_at: datetime = field(default_factory=lambda: datetime.now().replace(microsecond=0))
    previous_id: int | None = None  # the version this one replaces
    current: bool = True  # False once a newer version replaced it
    text: str = ""  # the extracted text, for search
    id: int | None = None
    uuid: str = field(default_factory=new_uuid)

    def __post_init__(self) -> None:
        self.title = clean_line(self.title, field="titel", required=True)
        self.version = clean_line(self.version, field="versie", max_length=VERSION_MAX)
        self.file_name = stored_file_name(self.file_name)
        self.media_type = clean_line(self.media_type, field="soort bestand",
                                     max_length=200) or "application/octet-stream"
        if not isinstance(self.sha256, str) or not _SHA256.fullmatch(self.sha256):
            raise ValidationError("De controlecode (SHA-256) van het stuk is ongeldig.",
                                  field="sha256")
        check_size(self.size, self.file_name)
        self.confidential = bool(self.confidential)
        self.current = bool(self.current)
        self.text = (self.text or "")[:MAX_TEXT_CHARS]


def stored_file_name(name: str) -> str:
    """The file name as kept: the original where Windows allows it, else a safe one that
    keeps the extension ('a:b?.pdf' -> 'a-b-.pdf')."""
    text = str(name or "").replace("\\", "/").rsplit("/", 1)[-1]
    stem, dot, ext = text.rpartition(".")
    if not dot or not stem or len(ext) > 10 or not ext.isalnum():
        return safe_file_name(text, fallback="stuk")
    return f"{safe_file_name(stem, fallback='stuk')}.{ext}"


def check_size(size: object, name: str) -> int:
    if not isinstance(size, int) or isinstance(size, bool) or size < 0:
        raise ValidationError(f"De grootte van '{name}' is ongeldig.", field="grootte")
    if size > MAX_FILE_BYTES:
        raise ValidationError(f"'{name}' is groter dan {MAX_FILE_BYTES // MB} MB, de grens "
                              "voor een stuk; voeg een kleinere versie toe.",
                              field="grootte")
    return size


def media_type_of(name: str) -> str:
    import mimetypes  # only when a document is added: not at every start of the app

    guessed, _ = mimetypes.guess_type(name, strict=False)
    return guessed or "application/octet-stream"


def default_title(file_name: str) -> str:
    """A document's title when the user gives none: its file name without extension."""
    stem = str(file_name).rsplit(".", 1)[0] if "." in str(file_name) else str(file_name)
    return " ".join(stem.replace("_", " ").split()) or "Stuk"


def size_text(size: int) -> str:
    """'2,4 MB', '830 kB': how a document's size is shown."""
    if size >= MB:
        return f"{size / MB:.1f} MB".replace(".", ",")
    return f"{max(1, round(size / 1024))} kB"
