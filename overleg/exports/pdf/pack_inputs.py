"""What the meeting pack is made of: the agenda items in agenda order, each with its
files, and how the pack names a file that it cannot include."""

import mimetypes
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from overleg.domain.audience import Audience, for_audience

PDF = "application/pdf"
_KINDS = {
    "application/msword": "Word-document",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document":
        "Word-document",
    "application/vnd.ms-excel": "Excel-werkmap",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "Excel-werkmap",
    "application/vnd.ms-powerpoint": "PowerPoint-presentatie",
    "application/vnd.openxmlformats-officedocument.presentationml.presentation":
        "PowerPoint-presentatie",
    "application/vnd.oasis.opendocument.text": "OpenDocument-tekst",
    "text/plain": "tekstbestand",
    "text/csv": "CSV-bestand",
    "application/zip": "zip-bestand",
    "message/rfc822": "e-mail",
}


@dataclass(frozen=True)
class PackFile:
    """One file of an agenda item: its title as the secretary gave it, where its bytes
    are, its media type, and whether it is confidential on its own."""

    title: str
    path: Path
    media_type: str = PDF
    confidential: bool = False


@dataclass(frozen=True)
class PackItem:
    """One agenda item with its files; `closed` is the item's own confidentiality
    ('besloten'): all its files are then confidential too."""

    number: str
    title: str
    closed: bool = False
    files: Sequence[PackFile] = field(default_factory=tuple)


@dataclass(frozen=True)
class ShownItem:
    """An agenda item of the meeting pack with the files its audience may see."""
    item: PackItem
    files: list[PackFile]
    left_out: int  # confidential files this audience may not see


def for_pack(items: Sequence[PackItem], audience: Audience) -> tuple[list[ShownItem], int]:
    """The items and files an audience may see (the domain's audience rule: a closed
    item whole, a confidential file on its own), and how many items were left out."""
    shown_items = for_audience(items, audience, lambda i: i.closed)
    shown = []
    for item in shown_items.shown:
        files = for_audience(item.files, audience, lambda f: f.confidential)
        shown.append(ShownItem(item, files.shown, files.left_out))
    return shown, shown_items.left_out


def files_left_out_line(count: int) -> str:
    if count <= 0:
        return ""
    if count == 1:
        return "Eén vertrouwelijk stuk is niet opgenomen."
    return f"{count} vertrouwelijke stukken zijn niet opgenomen."


def kind_of(f: PackFile) -> str:
    """'Word-document', 'afbeelding', … for the list of files the pack does not include."""
    if f.media_type in _KINDS:
        return _KINDS[f.media_type]
    if f.media_type.startswith("image/"):
        return "afbeelding"
    return "bestand"


def extension_of(f: PackFile) -> str:
    """The file's extension for the ZIP: from its title, its media type or its path."""
    for candidate in (Path(f.title).suffix, mimetypes.guess_extension(f.media_type) or "",
                      f.path.suffix):
        if candidate and 1 < len(candidate) <= 6 and candidate[1:].isalnum():
            return candidate.lower()
    return ""


def is_pdf(f: PackFile) -> bool:
    """A PDF by its media type or, for a file stored without one, by its first bytes."""
    if f.media_type == PDF:
        return True
    if f.media_type not in ("", "application/octet-stream"):
        return False
    try:
        with open(f.path, "rb") as fh:
            return fh.read(5) == b"%PDF-"
    except OSError:
        return False
