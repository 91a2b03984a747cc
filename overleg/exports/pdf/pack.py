"""The meeting pack (vergaderstukken): one PDF with a cover, the agenda, then each
item's PDF documents in agenda order, a bookmark per item (and per document), and every
page numbered. Files that are not PDF are named on a page before the item's documents
(not converted: that needs Word or LibreOffice); an encrypted or damaged PDF is named as
unreadable. The public pack leaves out closed items and confidential files by the
domain's audience rule and says so on the cover and the item's page.

A pure function of its inputs: the meeting's record (for the cover), the agenda as PDF
bytes, and the items with their files. It merges users' PDFs, so the pack is plain PDF,
not PDF/A.
"""

import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import BinaryIO

from pypdf import PageObject, PdfReader, PdfWriter
from pypdf.generic import NameObject, TextStringObject

from overleg.domain.audience import audience_for
from overleg.domain.dutch_dates import short_date
from overleg.exports.pdf.pack_inputs import PackItem, for_pack, is_pdf, kind_of
from overleg.exports.pdf.pack_pages import PACK_TITLE, ItemEntry, PackPages
from overleg.exports.pdf.pack_reading import open_pdf
from overleg.exports.word.inputs import MeetingRecord
from overleg.exports.word.text import one_line

A4 = (595.28, 841.89)  # the pack's own pages, in points


@dataclass
class PackReport:
    """What the pack holds and what it does not, for the one who made it."""

    pages: int = 0
    documents: int = 0
    not_included: list[str] = field(default_factory=list)  # 'item 3: title (reason)'
    items_left_out: int = 0
    files_left_out: int = 0


def build_pack(record: MeetingRecord, agenda: bytes, items: Sequence[PackItem], *,
               public: bool = False, author: str = "", now: datetime | None = None
               ) -> tuple[bytes, PackReport]:
    out = io.BytesIO()
    report = write_pack(out, record, agenda, items, public=public, author=author, now=now)
    return out.getvalue(), report


def write_pack(out: BinaryIO, record: MeetingRecord, agenda: bytes,
               items: Sequence[PackItem], *, public: bool = False, author: str = "",
               now: datetime | None = None) -> PackReport:
    now = now or datetime.now()
    shown, items_left_out = for_pack(items, audience_for(public))
    report = PackReport(items_left_out=items_left_out)
    entries, readers = [], []
    for s in shown:
        included, opened, not_included = [], [], []
        for f in s.files:
            reason = "" if is_pdf(f) else f"{kind_of(f)}, geen PDF"
            reader = None
            if not reason:
                result = open_pdf(f.path)
                reader, reason = result.reader, result.reason
            if reader is None:
                not_included.append(f"{one_line(f.title)} ({reason})")
                report.not_included.append(f"agendapunt {one_line(s.item.number)}: "
                                           f"{one_line(f.title)} ({reason})")
                continue
            included.append((one_line(f.title), len(reader.pages)))
            opened.append((f, reader))
        entries.append(ItemEntry(s.item, included, not_included, s.left_out))
        readers.append(opened)
        report.files_left_out += s.left_out

    # The layout first: the pack's own pages, then every page's size, so the page
    # numbers are stamped from the same fpdf2 document (fonts read once).
    extras = PackPages()
    cover = extras.cover(record, entries, public=public, items_left_out=items_left_out)
    item_pages = [extras.item_page(e) if e.needs_page else range(0) for e in entries]
    agenda_reader = PdfReader(io.BytesIO(agenda))
    sizes = [A4] * len(cover) + [_size(p) for p in agenda_reader.pages]
    for pages, opened in zip(item_pages, readers, strict=True):
        sizes += [A4] * len(pages)
        sizes += [_size(p) for _f, reader in opened for p in reader.pages]
    label = f"{PACK_TITLE} {one_line(record.body.code or record.body.name)} " \
            f"{short_date(record.meeting.day)}"
    stamps = extras.stamps(sizes, label)
    own = PdfReader(io.BytesIO(extras.output(PACK_TITLE, author, now)))

    writer = PdfWriter()
    _add(writer, [own.pages[i] for i in cover], "Voorblad")
    _add(writer, agenda_reader.pages, "Agenda")
    for entry, pages, opened in zip(entries, item_pages, readers, strict=True):
        first = len(writer.pages)
        _add(writer, [own.pages[i] for i in pages])
        starts = []
        for f, reader in opened:
            starts.append((f, len(writer.pages)))
            _add(writer, reader.pages)
            report.documents += 1
        if len(writer.pages) == first:
            continue  # nothing of this item in the pack: no bookmark to nowhere
        parent = writer.add_outline_item(
            title=f"{one_line(entry.item.number)} {one_line(entry.item.title)}",
            page_number=first)
        for f, start in starts:
            writer.add_outline_item(title=one_line(f.title), page_number=start,
                                    parent=parent)
    for page, n in zip(writer.pages, stamps, strict=True):
        if page.rotation:  # the stamp upright on a rotated page too
            page.transfer_rotation_to_content()
        page.merge_translated_page(own.pages[n], float(page.cropbox.left),
                                   float(page.cropbox.bottom))
    report.pages = len(writer.pages)
    _describe(writer, record, public, author, now)
    writer.write(out)
    return report


def _add(writer: PdfWriter, pages, title: str = "") -> None:
    first = len(writer.pages)
    for page in pages:
        writer.add_page(page)
    if title:
        writer.add_outline_item(title=title, page_number=first)


def _size(page: PageObject) -> tuple[float, float]:
    """The page's visible width and height in points, as it is shown (rotated)."""
    box = page.cropbox
    width, height = float(box.width), float(box.height)
    return (height, width) if page.rotation % 180 else (width, height)


def _describe(writer: PdfWriter, record: MeetingRecord, public: bool, author: str,
              now: datetime) -> None:
    title = f"{PACK_TITLE} {one_line(record.body.name)} {short_date(record.meeting.day)}"
    if public:
        title += " (openbare versie)"
    writer.add_metadata({"/Title": title, "/Author": one_line(author) or "Overleg",
                         "/Creator": "Overleg", "/Producer": "Overleg",
                         "/CreationDate": now.strftime("D:%Y%m%d%H%M%S")})
    writer._root_object[NameObject("/Lang")] = TextStringObject("nl-NL")
    writer.page_mode = "/UseOutlines"

