"""Reading messy action lists: columns recognised, dates understood, bad rows explained."""

import json
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from overleg.domain.dutch_dates import loose_date
from overleg.domain.enums import FollowUpStatus
from overleg.imports.action_rows import (
    Field,
    MappingError,
    guess_mapping,
    mapping_from_file,
    parse_rows,
)
from overleg.imports.table_reader import CsvEncodingError, TableReadError, read_table
from tests.imports.messy_sheets import dutch_csv, messy_xlsx


def test_a_messy_workbook_is_read_with_merged_headers_and_empty_rows(tmp_path):
    table = read_table(messy_xlsx(tmp_path / "acties.xlsx"))
    mapping = guess_mapping(table)
    assert mapping.header_row == 3  # the sub-header row under the merged 'Termijn'
    assert mapping.columns == {Field.TEXT: 1, Field.OWNER: 2, Field.DUE: 3,
                               Field.MEETING: 4, Field.STATUS: 5}
    result = parse_rows(table, mapping)
    assert [(r.line, r.text, r.owner, r.due, r.meeting_day, r.status) for r in result.rows] == [
        (5, "Notitie thuiszitters opstellen", "Peter Kok", date(2013, 9, 19), None,
         FollowUpStatus.OPEN),
        (6, "Leerlingenvervoer tweede tranche uitwerken", "gemeente lelystad",
         date(2013, 10, 1), None, FollowUpStatus.OPEN),
        (8, "Casusoverleg inrichten", "Karin de Wit", None, date(2013, 11, 28),
         FollowUpStatus.DONE),
    ]
    assert [(p.line, p.reason) for p in result.problems] == [
        (9, "'binnenkort' is geen geldige datum; schrijf bijvoorbeeld 2013-09-19."),
        (10, "Er staat geen omschrijving van het actiepunt in."),
        (11, "De status 'misschien' is onbekend; gebruik open, afgerond of vervallen."),
    ]


def test_a_semicolon_csv_from_dutch_excel_is_read_when_its_encoding_is_named(tmp_path):
    path = dutch_csv(tmp_path / "acties.csv")
    with pytest.raises(CsvEncodingError, match="regel 4 ") as refused:
        read_table(path)  # cp1252 is never guessed: 'één' would become mojibake
    assert refused.value.line == 4
    table = read_table(path, encoding="cp1252")
    result = parse_rows(table, guess_mapping(table))
    assert [(r.text, r.owner, r.due) for r in result.rows] == [
        ("Notitie thuiszitters opstellen", "Peter Kok", date(2013, 9, 19)),
        ("Overleg met zorgaanbieders over één loket", "Nieuwe Collega", date(2013, 9, 19)),
    ]
    assert [(p.line, p.reason) for p in result.problems] == [
        (5, "'31-2-2014' is geen geldige datum; schrijf bijvoorbeeld 2013-09-19.")]


def test_a_mapping_file_names_columns_by_header_or_letter(tmp_path):
    table = [["Wat", "Wie", "Klaar"], ["Brief sturen", "Peter Kok", "1-10-2013"]]
    spec = tmp_path / "koppeling.json"
    spec.write_text(json.dumps({"actiepunt": "Wat", "eigenaar": "B", "termijn": "Klaar"}))
    mapping = mapping_from_file(spec, table)
    [row] = parse_rows(table, mapping).rows
    assert (row.text, row.owner, row.due) == ("Brief sturen", "Peter Kok", date(2013, 10, 1))
    spec.write_text(json.dumps({"actiepunt": "Hoe"}))
    with pytest.raises(MappingError, match="'Hoe'"):
        mapping_from_file(spec, table)


def test_without_a_text_column_the_user_is_told_to_give_a_mapping():
    with pytest.raises(MappingError, match="koppelbestand"):
        guess_mapping([["A", "B"], ["x", "y"]])


def test_a_file_that_is_no_spreadsheet_is_one_sentence(tmp_path):
    fake = tmp_path / "acties.xlsx"
    fake.write_text("geen excel")
    with pytest.raises(TableReadError, match="geen leesbare Excel-werkmap"):
        read_table(fake)
    with pytest.raises(TableReadError, match="bestaat niet"):
        read_table(tmp_path / "acties.docx")
    (tmp_path / "acties.docx").write_text("x")
    with pytest.raises(TableReadError, match="geen .xlsx- of .csv-bestand"):
        read_table(tmp_path / "acties.docx")


@given(st.dates(min_value=date(1950, 1, 1), max_value=date(2099, 12, 31)))
def test_every_dutch_notation_of_a_date_reads_back(d):
    from overleg.domain.dutch_dates import long_date, medium_date

    for text in (f"{d.day}-{d.month}-{d.year}", f"{d:%d/%m/%Y}", medium_date(d),
                 long_date(d), d.isoformat()):
        assert loose_date(text) == d


cells = st.one_of(st.none(), st.text(max_size=30), st.integers(-5, 90000),
                  st.dates(min_value=date(1990, 1, 1), max_value=date(2040, 1, 1)),
                  st.sampled_from(["19-9-2013", "31-2-2013", "afgerond", "STT 28-11-2013"]))


@given(st.lists(st.lists(cells, min_size=0, max_size=6), max_size=12))
def test_every_row_is_either_read_or_reported_never_lost(rows):
    table = [["Actiepunt", "Eigenaar", "Termijn", "Vergadering", "Status"], *rows]
    result = parse_rows(table, guess_mapping(table))
    filled = [i + 1 for i, r in enumerate(table) if i > 0
              and any(v is not None and str(v).strip() for v in r)]
    seen = sorted([r.line for r in result.rows] + [p.line for p in result.problems])
    assert seen == filled
    assert all(p.reason.endswith(".") for p in result.problems)


def test_a_sheet_of_more_rows_than_an_action_list_is_refused_whatever_it_declares(tmp_path):
    from openpyxl import Workbook

    from overleg.imports.table_reader import MAX_ROWS

    wb = Workbook(write_only=True)  # as other programs write a sheet: row by row
    ws = wb.create_sheet("Acties")
    for n in range(MAX_ROWS + 1):
        ws.append([f"Actie {n}", "Jansen", "01-03-2027"])
    wb.save(tmp_path / "groot.xlsx")
    with pytest.raises(TableReadError, match=f"meer dan {MAX_ROWS} regels"):
        read_table(tmp_path / "groot.xlsx")
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Acties")
    for n in range(MAX_ROWS):
        ws.append([f"Actie {n}", "Jansen", "01-03-2027"])
    wb.save(tmp_path / "net.xlsx")
    assert len(read_table(tmp_path / "net.xlsx")) == MAX_ROWS
