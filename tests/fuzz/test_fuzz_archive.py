"""Archive files: any zip, any schema.json, any table JSON."""

import io
import json
import zipfile

from hypothesis import given
from hypothesis import strategies as st

from overleg.services.archive_service import read_archive
from tests.fuzz.helpers import app_errors_only, json_values

TABLES = ["bodies", "meetings", "followups", "people", "audit_log"]


def write(tmp_path, members: dict[str, bytes]):
    path = tmp_path / "archief.zip"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        for name, data in members.items():
            z.writestr(name, data)
    path.write_bytes(buffer.getvalue())
    return path


@given(data=st.binary(max_size=2000))
def test_any_bytes_as_an_archive(tmp_path_factory, data):
    path = tmp_path_factory.mktemp("a") / "archief.zip"
    path.write_bytes(data)
    app_errors_only("archive", read_archive, path)


schema_like = st.fixed_dictionaries(
    {"format": st.sampled_from(["overleg-archief", "iets", 3]),
     "tables": st.dictionaries(st.sampled_from(TABLES), st.fixed_dictionaries(
         {"file": st.sampled_from(["tabellen/a.json", "tabellen/b.json", "weg.json", 7])}),
         max_size=3) | json_values},
    optional={"format_version": json_values, "migrations": json_values})


@given(schema=schema_like | json_values, a=json_values, b=st.binary(max_size=200))
def test_any_schema_and_rows(tmp_path_factory, schema, a, b):
    path = write(tmp_path_factory.mktemp("a"), {
        "schema.json": json.dumps(schema).encode(),
        "tabellen/a.json": json.dumps(a).encode(), "tabellen/b.json": b})
    app_errors_only("archive", read_archive, path)


@given(depth=st.integers(1, 3000), opener=st.sampled_from(["[", '{"a":']))
def test_nested_rows(tmp_path_factory, depth, opener):
    closer = "]" if opener == "[" else "}"
    path = write(tmp_path_factory.mktemp("a"), {
        "schema.json": json.dumps({"format": "overleg-archief", "tables": {
            "bodies": {"file": "b.json"}}}).encode(),
        "b.json": (opener * depth + "1" + closer * depth).encode()})
    app_errors_only("archive", read_archive, path)
