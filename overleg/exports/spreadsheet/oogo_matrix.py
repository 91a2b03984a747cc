"""The OOGO status matrix as .xlsx: a flat sheet (a row per procedure, municipality and
step, real dates, ready to filter) and the matrix itself as the Word version shows it."""

import io

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from overleg.domain.audience import left_out_line
from overleg.domain.oogo_status import StatusMatrix
from overleg.exports.spreadsheet.workbook import DATE_FORMAT, HEADER_FILL

FLAT = [("Procedure", 34), ("Gemeente", 24), ("Stap", 50), ("Uiterlijk", 12),
        ("Afgerond op", 12), ("Versie", 22), ("Uitkomst", 24), ("Open geschillen", 10)]


def status_matrix(m: StatusMatrix) -> bytes:
    wb = Workbook()
    flat = wb.active
    flat.title = "OOGO-status"
    _header(flat, [t for t, _ in FLAT])
    for block in m.blocks:
        for party, cells in block.rows:
            for step, c in zip(block.steps, cells, strict=True):
                if c.due is None:
                    continue  # the step is not with this party
                flat.append([block.procedure, party, step, c.due, c.done_on,
                             ", ".join(c.versions) or None, c.outcome or None,
                             c.open_disputes])
    for index, (_title, width) in enumerate(FLAT, start=1):
        flat.column_dimensions[get_column_letter(index)].width = width
        for (cell,) in flat.iter_rows(min_row=2, min_col=index, max_col=index):
            if index in (4, 5):
                cell.number_format = DATE_FORMAT
            if isinstance(cell.value, str) and cell.value.startswith("="):
                cell.data_type = "s"  # text typed as '=...' stays text
    flat.freeze_panes = "A2"
    flat.auto_filter.ref = f"A1:{get_column_letter(len(FLAT))}{max(flat.max_row, 2)}"

    grid = wb.create_sheet("Matrix")
    grid.append([f"OOGO-statusoverzicht {m.swv}"])
    grid["A1"].font = Font(bold=True, size=13)
    for block in m.blocks:
        grid.append([])
        grid.append([block.procedure])
        grid.cell(grid.max_row, 1).font = Font(bold=True)
        _header(grid, ["Gemeente", *block.steps], row=grid.max_row + 1)
        for party, cells in block.rows:
            grid.append([party, *("\n".join(c.lines(m.as_of)) for c in cells)])
            for cell in grid[grid.max_row]:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
                if isinstance(cell.value, str) and cell.value.startswith("="):
                    cell.data_type = "s"
    grid.column_dimensions["A"].width = 24
    widest = max((len(b.steps) for b in m.blocks), default=0)
    for index in range(2, widest + 2):
        grid.column_dimensions[get_column_letter(index)].width = 28
    if m.left_out:
        wb.create_sheet("Openbare versie").append([left_out_line(m.left_out)])
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def _header(ws, titles: list[str], row: int | None = None) -> None:
    if row is None:
        ws.append(titles)
        row = ws.max_row
    else:
        for col, title in enumerate(titles, start=1):
            ws.cell(row, col, title)
    for cell in ws[row]:
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(vertical="center", wrap_text=True)
