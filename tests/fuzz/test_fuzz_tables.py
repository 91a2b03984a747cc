"""Spreadsheet input: CSV bytes of any kind, tables of any cells through the column
guess, a mapping file and the row parser."""

import json
from datetime import date, datetime

from hypothesis import given
from hypothesis import strategies as st

from overleg.imports.action_rows import guess_mapping, mapping_from_file, parse_rows
from overleg.imports.table_reader import read_table
from tests.fuzz.helpers import app_errors_only, json_values

HEADERS = ["Actiepunt", "Eigenaar", "Termijn", "Vergadering", "Status", "Wat", "C", ""]
WORDS = ["open", "afgerond", "19-9-2013", "19 september 2013", "STT 19-09-2013", "ooit",
         "31-2-2014", "x", "", "Anna", "2013-09-19", "1e kwartaal", "week 38"]
cells = st.none() | st.sampled_from(HEADERS + WORDS) | st.text(max_size=30) | \
    st.integers() | st.floats() | st.dates(min_value=date(1900, 1, 1)) | \
    st.datetimes(min_value=datetime(1900, 1, 1)) | st.booleans()
tables = st.lists(st.lists(cells, max_size=7), max_size=14)


@given(data=st.binary(max_size=1500))
def test_any_bytes_as_csv(tmp_path_factory, data):
    path = tmp_path_factory.mktemp("c") / "lijst.csv"
    path.write_bytes(data)
    app_errors_only("csv", read_table, path)
    app_errors_only("csv", read_table, path, "cp1252")


csv_text = st.lists(st.lists(st.sampled_from(HEADERS + WORDS) | st.text(max_size=20),
                             max_size=6), max_size=10).map(
    lambda rows: "\n".join(";".join(r) for r in rows))


@given(text=csv_text, bom=st.booleans(), quote=st.sampled_from(["", '"', "\0", "\r"]))
def test_csv_like_text(tmp_path_factory, text, bom, quote):
    path = tmp_path_factory.mktemp("c") / "lijst.csv"
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + (quote + text).encode("utf-8"))
    table = app_errors_only("csv", read_table, path)
    if table is not None:
        mapping = app_errors_only("rows", guess_mapping, table)
        if mapping is not None:
            app_errors_only("rows", parse_rows, table, mapping)


@given(table=tables)
def test_any_table_through_the_row_parser(table):
    mapping = app_errors_only("rows", guess_mapping, table)
    if mapping is not None:
        app_errors_only("rows", parse_rows, table, mapping)


mapping_like = st.dictionaries(
    st.sampled_from(["actiepunt", "eigenaar", "termijn", "status", "koprij", "header_row",
                     "vergadering", "onzin", "Actiepunt"]),
    json_values | st.sampled_from(["A", "B", "Wat", "Actiepunt", "zz", 0, 1, 2, "3"]),
    max_size=5)


@given(spec=mapping_like | json_values, table=tables)
def test_any_mapping_file(tmp_path_factory, spec, table):
    path = tmp_path_factory.mktemp("m") / "koppeling.json"
    path.write_text(json.dumps(spec), encoding="utf-8")
    mapping = app_errors_only("mapping", mapping_from_file, path, table)
    if mapping is not None:
        app_errors_only("rows", parse_rows, table, mapping)


@given(data=st.binary(max_size=300))
def test_any_bytes_as_a_mapping_file(tmp_path_factory, data):
    path = tmp_path_factory.mktemp("m") / "koppeling.json"
    path.write_bytes(data)
    app_errors_only("mapping", mapping_from_file, path, [["Actiepunt"], ["x"]])
