"""A spreadsheet file as rows of cell values: .xlsx through openpyxl (merged cells
filled in), .csv with the separator and encoding Dutch Excel uses (';', cp1252)."""

import csv
import io
import zipfile
from pathlib import Path
from typing import Any

from overleg.domain.errors import OverlegError

Row = list[Any]
MAX_ROWS = 20000  # an action list, not a data warehouse


class TableReadError(OverlegError):
    """The file could not be read as a spreadsheet."""


def read_table(path: Path) -> list[Row]:
    path = Path(path)
    if not path.is_file():
        raise TableReadError(f"Het bestand '{path}' bestaat niet.")
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return _read_xlsx(path)
    if suffix in (".csv", ".txt"):
        return _read_csv(path.read_bytes())
    raise TableReadError(f"'{path.name}' is geen .xlsx- of .csv-bestand; sla de lijst in "
                         "Excel op als Excel-werkmap (.xlsx) of CSV.")


def _read_xlsx(path: Path) -> list[Row]:
    from openpyxl import load_workbook  # about 100 ms to import: only when a file is read

    try:
        wb = load_workbook(path, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError):
        raise TableReadError(f"'{path.name}' is geen leesbare Excel-werkmap.") from None
    ws = wb.worksheets[0]
    if ws.max_row > MAX_ROWS:
        raise TableReadError(f"'{path.name}' heeft meer dan {MAX_ROWS} regels; dat is geen "
                             "actielijst.")
    rows = [list(r) for r in ws.iter_rows(values_only=True)]
    # A merged cell holds its value only in the top-left cell; give it to every cell of
    # the range, so a header merged over two columns names both.
    for rng in ws.merged_cells.ranges:
        value = ws.cell(rng.min_row, rng.min_col).value
        for r in range(rng.min_row, rng.max_row + 1):
            for c in range(rng.min_col, rng.max_col + 1):
                if r - 1 < len(rows) and c - 1 < len(rows[r - 1]):
                    rows[r - 1][c - 1] = value
    wb.close()
    return rows


class _Semicolon(csv.excel):
    delimiter = ";"


def _read_csv(data: bytes) -> list[Row]:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:  # cp1252 decodes almost anything; this is for completeness
        raise TableReadError("Het CSV-bestand heeft een onbekende tekencodering.")
    sample = text[:4096]
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=";,\t")
    except csv.Error:  # one column or ragged lines: count separators instead
        dialect = _Semicolon if sample.count(";") >= sample.count(",") else csv.excel
    rows = [list(r) for r in csv.reader(io.StringIO(text), dialect)]
    if len(rows) > MAX_ROWS:
        raise TableReadError(f"Het bestand heeft meer dan {MAX_ROWS} regels; dat is geen "
                             "actielijst.")
    return rows
