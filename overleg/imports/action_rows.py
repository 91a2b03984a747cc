"""An action list table read as follow-ups: which column holds what, and every row either
parsed or reported with the reason it could not be read."""

import json
import re
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Any

from overleg.domain.dutch_dates import find_date, loose_date, not_a_date
from overleg.domain.enums import FollowUpStatus
from overleg.domain.errors import OverlegError, ValidationError
from overleg.domain.input_limits import InputLimitError, loads_json
from overleg.domain.records import checked_uuid
from overleg.imports.table_reader import Row


class Field(StrEnum):
    TEXT = "text"
    OWNER = "owner"
    DUE = "due"
    MEETING = "meeting"
    STATUS = "status"
    UUID = "uuid"  # the 'Kenmerk' column of Overleg's own export: a re-import matches on it


# Column names people use, normalised (lower case, single spaces, no punctuation).
NAMES: dict[Field, tuple[str, ...]] = {
    Field.TEXT: ("actiepunt", "actiepunten", "actie", "acties", "omschrijving", "wat",
                 "toezegging", "afspraak", "taak", "onderwerp", "action", "action item",
                 "description", "task"),
    Field.OWNER: ("eigenaar", "trekker", "wie", "verantwoordelijke", "actiehouder", "door",
                  "uitvoerder", "owner", "responsible", "who"),
    Field.DUE: ("termijn", "datum", "deadline", "uiterlijk", "streefdatum", "einddatum",
                "gereed op", "klaar op", "wanneer", "due", "due date", "date"),
    Field.MEETING: ("vergadering", "terugkomen in", "terug in", "terugmelden in", "overleg",
                    "agenda", "meeting"),
    Field.STATUS: ("status", "stand", "stand van zaken", "afgerond", "gereed", "state"),
    Field.UUID: ("kenmerk", "uuid"),
}

STATUS_WORDS: dict[str, FollowUpStatus] = {
    **dict.fromkeys(("", "open", "lopend", "in behandeling", "loopt", "nee", "n", "todo",
                     "to do", "nieuw", "new", "in progress"), FollowUpStatus.OPEN),
    **dict.fromkeys(("afgerond", "gereed", "klaar", "done", "ja", "j", "x", "afgehandeld",
                     "voltooid", "closed", "completed"), FollowUpStatus.DONE),
    **dict.fromkeys(("vervallen", "geannuleerd", "ingetrokken", "cancelled", "canceled"),
                    FollowUpStatus.CANCELLED),
}

MAX_MAPPING_BYTES = 64 * 1024
HEADER_SCAN = 10  # the header row is looked for among the first rows (titles above it)


class MappingError(OverlegError):
    """A mapping that names no usable columns."""


@dataclass(frozen=True)
class Mapping:
    """Which column (0-based) holds which field; the header row is 0-based too."""

    header_row: int
    columns: dict[Field, int]

    def column(self, f: Field) -> int | None:
        return self.columns.get(f)


@dataclass(frozen=True)
class ParsedRow:
    """A row of an imported action list, as read from the sheet."""
    line: int  # the row number the user sees in Excel (1-based)
    text: str
    owner: str = ""
    due: date | None = None
    meeting_text: str = ""
    meeting_day: date | None = None
    status: FollowUpStatus = FollowUpStatus.OPEN
    uuid: str = ""  # from Overleg's own export: the follow-up this row was


@dataclass(frozen=True)
class RowProblem:
    """Why a row of an imported action list cannot be taken."""
    line: int
    reason: str  # one Dutch sentence


@dataclass
class ParseResult:
    """The rows of an imported action list that could be read, and the problems of the
    others."""
    rows: list[ParsedRow] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)


def normalise(value: Any) -> str:
    text = re.sub(r"[^\w\s]", " ", str(value or "").lower())
    return " ".join(text.split())


def field_of(header: Any) -> Field | None:
    name = normalise(header)
    if not name:
        return None
    for f, names in NAMES.items():
        if name in names:
            return f
    for f, names in NAMES.items():  # "termijn (datum)", "eigenaar / trekker"
        if name.split()[0] in names:
            return f
    return None


def headers(table: list[Row], header_row: int) -> list[str]:
    row = table[header_row] if header_row < len(table) else []
    return [str(v).strip() if v is not None else "" for v in row]


def column_titles(table: list[Row], header_row: int) -> list[str]:
    """What to call each column: its header, with the (merged) header above it when
    there is one, e.g. 'Termijn / datum' or just 'Actiepunt'."""
    own = headers(table, header_row)
    above = headers(table, header_row - 1) if header_row > 0 else []
    width = max((len(r) for r in table), default=0)
    titles = []
    for c in range(width):
        mine = own[c] if c < len(own) else ""
        upper = above[c] if c < len(above) else ""
        titles.append(" / ".join(x for x in dict.fromkeys((upper, mine)) if x))
    return titles


def guess_mapping(table: list[Row]) -> Mapping:
    """The header row among the first rows that names most fields, and those columns.
    Where a header is merged over sub-headers, the sub-header decides; the merged one
    fills in for columns without a name of their own."""
    best: Mapping | None = None
    for r in range(min(HEADER_SCAN, len(table))):
        columns: dict[Field, int] = {}
        above = table[r - 1] if r > 0 else []
        for c, value in enumerate(table[r]):
            f = field_of(value)
            if f is None and c < len(above) and above[c] != value:
                f = field_of(above[c])
            if f is not None and f not in columns:
                columns[f] = c
        if best is None or len(columns) > len(best.columns):
            best = Mapping(r, columns)
    if best is None or Field.TEXT not in best.columns:
        raise MappingError("In de eerste regels staat geen kolom met de omschrijving van "
                           "het actiepunt (bijvoorbeeld 'Actiepunt' of 'Omschrijving'); "
                           "geef een koppelbestand op.")
    return best


def mapping_from_file(path: Path, table: list[Row]) -> Mapping:
    """A JSON file {"actiepunt": "Kolomnaam" | "C", "eigenaar": ..., "koprij": 2}."""
    name = Path(path).name
    try:
        if Path(path).stat().st_size > MAX_MAPPING_BYTES:
            raise InputLimitError(f"'{name}' is groter dan {MAX_MAPPING_BYTES // 1024} KB, "
                                  "de grens voor een koppelbestand.")
        spec = loads_json(Path(path).read_bytes().decode("utf-8-sig"), name)
    except (OSError, ValueError) as exc:
        if isinstance(exc, InputLimitError):
            raise
        raise MappingError(f"Het koppelbestand '{name}' is geen leesbaar "
                           "JSON-bestand.") from None
    if not isinstance(spec, dict):
        raise MappingError("Het koppelbestand moet een JSON-object zijn, zoals "
                           '{"actiepunt": "Omschrijving"}.')
    header_row = spec.pop("koprij", spec.pop("header_row", None))
    if header_row is None:
        header_row = _guess_header_row(table)
    else:
        header_row = _header_row(header_row)
    names = [normalise(h) for h in headers(table, header_row)]
    columns: dict[Field, int] = {}
    for key, column in spec.items():
        f = field_of(key) if key not in Field.__members__.values() else Field(key)
        if f is None:
            raise MappingError(f"'{key}' in het koppelbestand is geen veld; gebruik "
                               "actiepunt, eigenaar, termijn, vergadering of status.")
        columns[f] = _column_index(str(column), names)
    if Field.TEXT not in columns:
        raise MappingError("Het koppelbestand noemt geen kolom voor 'actiepunt'.")
    return Mapping(header_row, columns)


def _header_row(value: Any) -> int:
    """'koprij' is the row number the user sees in Excel: a whole number from 1."""
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value.strip())
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise MappingError(f"'koprij' in het koppelbestand moet een positief getal zijn "
                           f"(het regelnummer van de kopregel), niet {json.dumps(value)[:40]}.")
    return value - 1


def _guess_header_row(table: list[Row]) -> int:
    try:
        return guess_mapping(table).header_row
    except MappingError:
        return 0


def _column_index(column: str, names: list[str]) -> int:
    if normalise(column) in names:
        return names.index(normalise(column))
    if re.fullmatch(r"[A-Za-z]{1,2}", column.strip()):
        # openpyxl (about 100 ms to import) loads when a mapping names a column letter.
        from openpyxl.utils import column_index_from_string

        return column_index_from_string(column.strip().upper()) - 1
    raise MappingError(f"Kolom '{column}' uit het koppelbestand staat niet in de kopregel.")


def parse_rows(table: list[Row], mapping: Mapping) -> ParseResult:
    result = ParseResult()
    for index in range(mapping.header_row + 1, len(table)):
        row = table[index]
        if all(v is None or not str(v).strip() for v in row):
            continue  # empty rows separate blocks in hand-made lists
        line = index + 1
        parsed = _parse_row(row, mapping, line)
        if isinstance(parsed, RowProblem):
            result.problems.append(parsed)
        else:
            result.rows.append(parsed)
    return result


def _cell(row: Row, mapping: Mapping, f: Field) -> Any:
    c = mapping.column(f)
    return row[c] if c is not None and c < len(row) else None


def _text(value: Any) -> str:
    return " ".join(str(value).split()) if value is not None else ""


def _parse_row(row: Row, mapping: Mapping, line: int) -> ParsedRow | RowProblem:
    raw_text = _cell(row, mapping, Field.TEXT)
    text = str(raw_text).strip() if raw_text is not None else ""
    if not text:
        return RowProblem(line, "Er staat geen omschrijving van het actiepunt in.")
    raw_due = _cell(row, mapping, Field.DUE)
    try:
        due = loose_date(raw_due)
    except ValueError:  # the one sentence of every path that takes dates
        return RowProblem(line, str(not_a_date(_text(raw_due))))
    raw_status = normalise(_cell(row, mapping, Field.STATUS))
    if raw_status not in STATUS_WORDS:
        return RowProblem(line, f"De status '{_text(_cell(row, mapping, Field.STATUS))}' "
                          "is onbekend; gebruik open, afgerond of vervallen.")
    raw_meeting = _cell(row, mapping, Field.MEETING)
    meeting_day = None
    if raw_meeting not in (None, ""):
        try:
            meeting_day = loose_date(raw_meeting)
        except ValueError:
            meeting_day = find_date(_text(raw_meeting))
        if meeting_day is None:
            return RowProblem(line, f"In '{_text(raw_meeting)}' staat geen datum van een "
                              "vergadering.")
    uuid = _text(_cell(row, mapping, Field.UUID))
    if uuid:
        try:
            uuid = checked_uuid(uuid)
        except ValidationError as exc:
            return RowProblem(line, str(exc))
    return ParsedRow(line=line, text=text, owner=_text(_cell(row, mapping, Field.OWNER)),
                     due=due, meeting_text=_text(raw_meeting), meeting_day=meeting_day,
                     status=STATUS_WORDS[raw_status], uuid=uuid)
