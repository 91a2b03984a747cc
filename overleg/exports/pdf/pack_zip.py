"""The meeting pack as a ZIP of the files themselves: the agenda first, then each item's
files in agenda order, named by item number ('03 - Begroting - Notitie.pdf'); the public
ZIP leaves out closed items and confidential files by the same audience rule as the PDF
pack, and says so in LEESMIJ.txt. Files are copied in blocks from disk, never whole in
memory; a file that is gone is named in LEESMIJ.txt instead."""

import shutil
import zipfile
from collections.abc import Sequence
from typing import BinaryIO

from overleg.domain.audience import audience_for, left_out_line
from overleg.domain.fields import safe_file_name
from overleg.exports.pdf.pack_inputs import (
    PackItem,
    extension_of,
    files_left_out_line,
    for_pack,
)
from overleg.exports.word.text import one_line

AGENDA_NAME = "00 - Agenda.pdf"
README_NAME = "LEESMIJ.txt"


def write_pack_zip(out: BinaryIO, agenda: bytes, items: Sequence[PackItem], *,
                   public: bool = False) -> list[str]:
    """Returns the lines of LEESMIJ.txt (empty when nothing was left out)."""
    shown, items_left_out = for_pack(items, audience_for(public))
    notes = [left_out_line(items_left_out)] if items_left_out else []
    taken = {AGENDA_NAME.lower(), README_NAME.lower()}
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(AGENDA_NAME, agenda)
        for s in shown:
            number = _number(s.item.number)
            if s.left_out:
                notes.append(f"Agendapunt {one_line(s.item.number)}: "
                             f"{files_left_out_line(s.left_out)}")
            for f in s.files:
                name = _unique(file_name(number, s.item.title, f.title, extension_of(f)),
                               taken)
                try:
                    with open(f.path, "rb") as src, z.open(name, "w",
                                                           force_zip64=True) as dst:
                        shutil.copyfileobj(src, dst, 1 << 20)
                except OSError:
                    notes.append(f"Agendapunt {one_line(s.item.number)}: "
                                 f"{one_line(f.title)} is niet gevonden.")
        if notes:
            z.writestr(README_NAME, "\r\n".join(notes) + "\r\n")
    return notes


def file_name(number: str, item_title: str, title: str, extension: str) -> str:
    """'03 - Begroting - Notitie samenhang.pdf': safe on Windows, the extension kept."""
    stem = title[: -len(extension)] if extension and title.lower().endswith(extension) \
        else title
    return safe_file_name(f"{number} - {one_line(item_title)} - {one_line(stem)}",
                          fallback="stuk") + extension


def _number(number: str) -> str:
    """'3' -> '03', so the files sort in agenda order; '3a' stays as it is."""
    n = one_line(number)
    return f"{int(n):02d}" if n.isdigit() else (n or "00")


def _unique(name: str, taken: set[str]) -> str:
    stem, dot, ext = name.rpartition(".") if "." in name else (name, "", "")
    candidate, n = name, 1
    while candidate.lower() in taken:
        n += 1
        candidate = f"{stem} ({n}){dot}{ext}"
    taken.add(candidate.lower())
    return candidate
