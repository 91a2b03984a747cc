"""The action list and the decision register as .xlsx: real dates, a bold frozen header,
an autofilter and column widths that fit, so the sheet is ready to sort and filter."""

import io
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from overleg.domain.listings import ActionListing, DecisionListing
from overleg.domain.vocabulary import nl

DATE_FORMAT = "dd-mm-yyyy"
HEADER_FILL = PatternFill("solid", fgColor="DDE5F0")


@dataclass(frozen=True)
class Column:
    title: str
    width: int  # in characters; long text columns wrap instead of growing
    value: Callable[[Any], Any]
    wrap: bool = False


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
)

DECISION_COLUMNS: Sequence[Column] = (
    Column("Besluitnummer", 20, lambda x: x.decision.number),
    Column("Datum", 12, lambda x: x.meeting_starts.date()),
    Column("Overlegorgaan", 30, lambda x: x.body_name),
    Column("Agendapunt", 36, lambda x: x.item_title, wrap=True),
    Column("Besluit", 70, lambda x: x.decision.text, wrap=True),
    Column("Status", 12, lambda x: nl(x.decision.status)),
)


def action_list(listings: Iterable[ActionListing], title: str = "Actielijst", *,
                closed: Callable[[ActionListing], bool] | None = None,
                left_out: str = "") -> bytes:
    """`closed` (the full version) adds a 'Besloten' column; a public version passes the
    records it may show and `left_out`, the neutral line saying what it left out."""
    return _workbook(title, _with_closed(ACTION_COLUMNS, closed), listings, left_out)


def decision_register(listings: Iterable[DecisionListing],
                      title: str = "Besluitenlijst", *,
                      closed: Callable[[DecisionListing], bool] | None = None,
                      left_out: str = "") -> bytes:
    return _workbook(title, _with_closed(DECISION_COLUMNS, closed), listings, left_out)


def _with_closed(columns: Sequence[Column], closed: Callable[[Any], bool] | None
                 ) -> Sequence[Column]:
    if closed is None:
        return columns
    return (*columns, Column("Besloten", 9, lambda x: "ja" if closed(x) else "nee"))


def _workbook(title: str, columns: Sequence[Column], records: Iterable[Any],
              left_out: str = "") -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = title[:31]  # Excel's limit for a sheet name
    ws.append([c.title for c in columns])
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(vertical="center")
    for record in records:
        ws.append([_cell(c.value(record)) for c in columns])
        for cell in ws[ws.max_row]:
            if isinstance(cell.value, str) and cell.value.startswith("="):
                cell.data_type = "s"  # text typed as '=...' stays text, never a formula
    for index, column in enumerate(columns, start=1):
        letter = get_column_letter(index)
        ws.column_dimensions[letter].width = column.width
        for (cell,) in ws.iter_rows(min_row=2, min_col=index, max_col=index):
            if isinstance(cell.value, date):
                cell.number_format = DATE_FORMAT
            cell.alignment = Alignment(wrap_text=column.wrap, vertical="top")
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{max(ws.max_row, 2)}"
    ws.print_title_rows = "1:1"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    if left_out:  # on its own sheet, so the list stays one clean table to filter or import
        wb.create_sheet("Openbare versie").append([left_out])
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def _cell(value: Any) -> Any:
    """Empty strings stay empty cells, so Excel's filters show '(Lege cellen)'."""
    return None if value == "" else value
