"""The action list and the decision register as .xlsx: real dates, a bold frozen header,
an autofilter and column widths that fit, so the sheet is ready to sort and filter.

Written in openpyxl's write-only mode: rows stream from the records into the file as
they come, so the whole archive is never held (a normal worksheet keeps every cell, and
`ws[ws.max_row]` per row made the export quadratic)."""

import io
import re
from collections.abc import Callable, Iterable, Sequence
from copy import copy
from dataclasses import dataclass
from datetime import date
from typing import Any, BinaryIO

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from overleg.domain.input_limits import MAX_CELL_CHARS
from overleg.domain.listings import ActionListing, DecisionListing
from overleg.domain.vocabulary import nl
from overleg.exports.spreadsheet.write_only import abandon, save

DATE_FORMAT = "dd-mm-yyyy"
HEADER_FILL = PatternFill("solid", fgColor="DDE5F0")
# Characters the xlsx XML cannot hold (openpyxl raises IllegalCharacterError on them).
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
CUT_MARK = " […] (ingekort: de volledige tekst staat in Overleg)"


@dataclass(frozen=True)
class Column:
    """A column of an exported sheet: its title, width and how each row's value is found."""
    title: str
    width: int  # in characters; long text columns wrap instead of growing
    value: Callable[[Any], Any]
    wrap: bool = False
    hidden: bool = False


ACTION_COLUMNS: Sequence[Column] = (
    Column("Nr.", 6, lambda x: x.followup.id),
    Column("Actiepunt", 60, lambda x: x.followup.text, wrap=True),
    Column("Eigenaar", 24, lambda x: x.followup.owner_label),
    Column("Overlegorgaan", 30, lambda x: x.body_name),
    Column("Afgesproken op", 14, lambda x: x.origin_day),
    Column("Termijn", 12, lambda x: x.followup.target.due),
    Column("Terugkomen in", 34, lambda x: x.followup.target.meeting_label),
    Column("Status", 10, lambda x: nl(x.followup.status)),
    Column("Te laat", 8, lambda x: "ja" if x.overdue else "nee"),
    Column("Afgerond op", 12, lambda x: x.followup.done_on),
    Column("Resultaat", 40, lambda x: x.followup.result, wrap=True),
    # Read back by `import actions`: a re-imported list changes its follow-ups instead of
    # adding them again. Hidden, so the printed list stays as it was.
    Column("Kenmerk", 38, lambda x: x.followup.uuid, hidden=True),
)

DECISION_COLUMNS: Sequence[Column] = (
    Column("Besluitnummer", 20, lambda x: x.decision.number),
    Column("Datum", 12, lambda x: x.meeting_starts.date()),
    Column("Overlegorgaan", 30, lambda x: x.body_name),
    Column("Agendapunt", 36, lambda x: x.item_title, wrap=True),
    Column("Besluit", 70, lambda x: x.decision.text, wrap=True),
    Column("Status", 12, lambda x: nl(x.decision.status)),
)


LeftOut = str | Callable[[], str]  # the public version's line; a callable is asked last


def action_list(listings: Iterable[ActionListing], title: str = "Actielijst", *,
                closed: Callable[[ActionListing], bool] | None = None,
                left_out: LeftOut = "") -> bytes:
    """`closed` (the full version) adds a 'Besloten' column; a public version passes the
    records it may show and `left_out`, the neutral line saying what it left out."""
    buffer = io.BytesIO()
    write_action_list(buffer, listings, title, closed=closed, left_out=left_out)
    return buffer.getvalue()


def write_action_list(out: BinaryIO, listings: Iterable[ActionListing],
                      title: str = "Actielijst", *,
                      closed: Callable[[ActionListing], bool] | None = None,
                      left_out: LeftOut = "") -> int:
    """Returns how many texts were too long for a cell and were cut (with a mark)."""
    return _workbook(out, title, _with_closed(ACTION_COLUMNS, closed), listings, left_out)


def decision_register(listings: Iterable[DecisionListing],
                      title: str = "Besluitenlijst", *,
                      closed: Callable[[DecisionListing], bool] | None = None,
                      left_out: LeftOut = "") -> bytes:
    buffer = io.BytesIO()
    write_decision_register(buffer, listings, title, closed=closed, left_out=left_out)
    return buffer.getvalue()


def write_decision_register(out: BinaryIO, listings: Iterable[DecisionListing],
                            title: str = "Besluitenlijst", *,
                            closed: Callable[[DecisionListing], bool] | None = None,
                            left_out: LeftOut = "") -> int:
    return _workbook(out, title, _with_closed(DECISION_COLUMNS, closed), listings, left_out)


def _with_closed(columns: Sequence[Column], closed: Callable[[Any], bool] | None
                 ) -> Sequence[Column]:
    if closed is None:
        return columns
    return (*columns, Column("Besloten", 9, lambda x: "ja" if closed(x) else "nee"))


def _workbook(out: BinaryIO, title: str, columns: Sequence[Column], records: Iterable[Any],
              left_out: LeftOut = "") -> int:
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(title[:31])  # Excel's limit for a sheet name
    # Write-only: widths, panes and print settings go before the first row.
    for index, column in enumerate(columns, start=1):
        ws.column_dimensions[get_column_letter(index)].width = column.width
        ws.column_dimensions[get_column_letter(index)].hidden = column.hidden
    ws.freeze_panes = "A2"
    ws.print_title_rows = "1:1"
    # Printed one page wide in landscape, as many pages long as the rows need.
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = "9"  # A4 (Worksheet.PAPERSIZE_A4)
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    try:
        ws.append([_header(ws, c.title) for c in columns])
        styles = _Styles(ws, columns)
        rows = 1
        for record in records:
            ws.append([styles.cell(n, c.value(record)) for n, c in enumerate(columns)])
            rows += 1
        # The filter is written after the rows, so its range can be known only now.
        ws.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{max(rows, 2)}"
        note = left_out() if callable(left_out) else left_out
        if note:  # on its own sheet, so the list stays one clean table to filter or import
            wb.create_sheet("Openbare versie").append([note])
        save(wb, out)
    except BaseException:
        abandon(wb)
        raise
    return styles.cut


def _header(ws, title: str) -> WriteOnlyCell:
    cell = WriteOnlyCell(ws, title)
    cell.font = Font(bold=True)
    cell.fill = HEADER_FILL
    cell.alignment = Alignment(vertical="center")
    return cell


class _Styles:
    """Each column's cell style (and the date variant) made once; every cell copies it,
    which costs far less than assigning fonts and alignments cell by cell."""

    def __init__(self, ws, columns: Sequence[Column]) -> None:
        self.ws = ws
        self.cut = 0  # texts longer than a cell holds
        self.plain, self.dated = [], []
        for column in columns:
            proto = WriteOnlyCell(ws)
            proto.alignment = Alignment(wrap_text=column.wrap, vertical="top")
            self.plain.append(copy(proto._style))
            proto.number_format = DATE_FORMAT
            self.dated.append(proto._style)

    def cell(self, column: int, value: Any) -> WriteOnlyCell:
        """Empty strings stay empty cells, so Excel's filters show '(Lege cellen)'."""
        if isinstance(value, str):
            value = self.text(value)
        cell = WriteOnlyCell(self.ws, None if value == "" else value)
        if isinstance(value, date):
            cell._style = copy(self.dated[column])
        else:
            cell._style = copy(self.plain[column])
            if isinstance(value, str) and value.startswith("="):
                cell.data_type = "s"  # text typed as '=...' stays text, never a formula
        return cell

    def text(self, value: str) -> str:
        """Any text written safely: what XML cannot hold goes, and what Excel cannot hold
        in one cell is cut with a mark a reader sees."""
        value = _ILLEGAL.sub("", value)
        if len(value) > MAX_CELL_CHARS:
            self.cut += 1
            value = value[:MAX_CELL_CHARS - len(CUT_MARK)] + CUT_MARK
        return value
