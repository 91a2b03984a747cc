"""A spreadsheet file as rows of cell values: .xlsx through openpyxl (merged cells
filled in), .csv with the separator Dutch Excel uses (';') in UTF-8.

A CSV that is not UTF-8 is not guessed at (cp1252 accepts almost any byte, so a guess
turns 'café' into 'cafÃ©' without a word): it is refused, naming the first line that is
not UTF-8, unless the caller names the encoding. Everything is read within limits (file
and unpacked sizes, rows, cell length; see domain/input_limits.py)."""

import codecs
import csv
import gc
import io
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from overleg.domain import input_limits
from overleg.domain.errors import OverlegError
from overleg.domain.input_limits import MB, WORKBOOK, InputLimitError, check_cell

Row = list[Any]
MAX_ROWS = 20000  # an action list, not a data warehouse
MAX_CSV_BYTES = 32 * MB


class TableReadError(OverlegError):
    """The file could not be read as a spreadsheet."""


class CsvEncodingError(TableReadError):
    """A CSV file that is not UTF-8: the caller may ask which encoding it is."""

    def __init__(self, message: str, line: int) -> None:
        super().__init__(message)
        self.line = line


def read_table(path: Path, encoding: str | None = None) -> list[Row]:
    """The rows of a .xlsx or .csv file; a CSV in `encoding` when given, else UTF-8."""
    path = Path(path)
    if not path.is_file():
        raise TableReadError(f"Het bestand '{path}' bestaat niet.")
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return _read_xlsx(path)
    if suffix in (".csv", ".txt"):
        if path.stat().st_size > MAX_CSV_BYTES:
            raise InputLimitError(f"'{path.name}' is groter dan {MAX_CSV_BYTES // MB} MB, de "
                                  "grens voor een CSV-bestand.")
        return _read_csv(path.read_bytes(), path.name, encoding)
    raise TableReadError(f"'{path.name}' is geen .xlsx- of .csv-bestand; sla de lijst in "
                         "Excel op als Excel-werkmap (.xlsx) of CSV.")


def _read_xlsx(path: Path) -> list[Row]:
    from openpyxl import load_workbook  # about 100 ms to import: only when a file is read

    unreadable = TableReadError(f"'{path.name}' is geen leesbare Excel-werkmap.")
    try:
        # Sizes as declared are checked before openpyxl unpacks anything (and zipfile
        # never unpacks more than a member declares).
        with path.open("rb") as fh, input_limits.open_zip(fh, path.name, WORKBOOK) as z:
            if input_limits.has_dtd(z):
                raise TableReadError(f"'{path.name}' bevat een DTD, wat Excel nooit schrijft; "
                                     "open het in Excel en sla het opnieuw op.")
    except InputLimitError:
        raise
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, RuntimeError,
            NotImplementedError):
        raise unreadable from None
    try:
        with _collection_paused():
            wb = load_workbook(path, data_only=True)
    except Exception:  # noqa: BLE001 - openpyxl raises many kinds on a damaged file
        raise unreadable from None
    if not wb.worksheets:
        raise unreadable
    ws = wb.worksheets[0]
    if ws.max_row > MAX_ROWS:
        raise TableReadError(f"'{path.name}' heeft meer dan {MAX_ROWS} regels; dat is geen "
                             "actielijst.")
    with _collection_paused():
        rows = [list(r) for r in ws.iter_rows(values_only=True)]
    for line, row in enumerate(rows, start=1):
        for value in row:
            check_cell(value, line, path.name)
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


@contextmanager
def _collection_paused() -> Iterator[None]:
    """Python's cyclic garbage collector held back while openpyxl loads a workbook. It
    makes a dozen objects per cell, none of them garbage until the workbook is dropped,
    and each automatic collection walked them all again: a 20,000-row list loaded in
    3.9 s, and in 3.0 s without. The sheet is bounded (MAX_ROWS and the zip limits), so
    is what waits to be collected."""
    paused = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if paused:
            gc.enable()


class _Semicolon(csv.excel):
    delimiter = ";"


def _read_csv(data: bytes, name: str = "CSV-bestand", encoding: str | None = None
              ) -> list[Row]:
    text = _decode(data, name, encoding)
    sample = text[:4096]
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=";,\t")
    except csv.Error:  # one column or ragged lines: count separators instead
        dialect = _Semicolon if sample.count(";") >= sample.count(",") else csv.excel
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    rows: list[Row] = []
    try:
        for row in reader:
            if len(rows) >= MAX_ROWS:
                raise TableReadError(f"'{name}' heeft meer dan {MAX_ROWS} regels; dat is "
                                     "geen actielijst.")
            for value in row:
                check_cell(value, reader.line_num, name)
            rows.append(list(row))
    except csv.Error as exc:  # a cell over the csv module's 128 KB, a NUL byte
        if "field larger" in str(exc):
            raise InputLimitError(
                f"Regel {reader.line_num} van '{name}' heeft een cel van meer dan "
                f"{input_limits.MAX_CELL_CHARS} tekens, de grens van Excel voor één cel."
            ) from None
        raise TableReadError(f"Regel {reader.line_num} van '{name}' is geen leesbare "
                             "CSV-regel.") from None
    return rows


def _decode(data: bytes, name: str, encoding: str | None) -> str:
    if encoding is not None:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise TableReadError(f"De tekencodering '{encoding}' is onbekend; gebruik "
                                 "bijvoorbeeld utf-8 of cp1252.") from None
    try:
        return data.decode(encoding or "utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        if encoding is not None:
            raise TableReadError(f"Regel {line} van '{name}' is geen geldige tekst in "
                                 f"{encoding}.") from None
        raise CsvEncodingError(f"'{name}' is geen UTF-8: regel {line} bevat een teken dat "
                               "zo niet te lezen is; sla de lijst in Excel op als 'CSV UTF-8' "
                               "of geef de tekencodering op (bijvoorbeeld --encoding cp1252).",
                               line) from None
