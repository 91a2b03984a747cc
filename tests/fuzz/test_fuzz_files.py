"""Schema files (TOML and JSON), Word templates, workbooks and dates."""

import io
import json
import zipfile
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from overleg.domain.dutch_dates import parse_date
from overleg.domain.schemas import schema_from_mapping
from overleg.exports.word.template import open_template
from overleg.imports.table_reader import read_table
from overleg.resource_paths import resource
from overleg.services.schema_service import schema_from_text
from tests.fuzz.helpers import app_errors_only, json_values

SHIPPED = sorted(resource("schemas").glob("*.toml"))[0].read_text(encoding="utf-8")
toml_lines = st.sampled_from(SHIPPED.splitlines() + [
    "[schema]", "[[theme]]", "[[criterion]]", 'code = "X"', "code = 3", 'title = ""',
    "version = 1.5", "x = [[[[1]]]]", 'uuid = "abc"', "onbekend = true"])


@given(lines=st.lists(toml_lines, max_size=30), noise=st.text(max_size=20))
def test_toml_made_of_schema_lines(lines, noise):
    text = "\n".join(lines) + "\n" + noise
    app_errors_only("schema", schema_from_text, text.encode("utf-8"), "schema.toml")


@given(data=st.binary(max_size=500), as_json=st.booleans())
def test_any_bytes_as_a_schema_file(data, as_json):
    app_errors_only("schema", schema_from_text, data, "schema.toml", json_file=as_json)


@given(value=json_values | st.fixed_dictionaries(
    {"schema": st.dictionaries(st.sampled_from(["code", "version", "title", "uuid",
                                                "region"]), json_values),
     "theme": json_values | st.lists(st.dictionaries(
         st.sampled_from(["code", "title", "description", "elaboration", "x"]),
         json_values), max_size=3)}))
def test_any_structure_as_a_schema(value):
    app_errors_only("schema", schema_from_text, json.dumps(value).encode(), "s.json",
                    json_file=True)
    app_errors_only("schema", schema_from_mapping, value)


def _template_members() -> dict[str, bytes]:
    from overleg.exports.word.default_template import build_default_template

    buffer = io.BytesIO()
    build_default_template().save(buffer)
    with zipfile.ZipFile(buffer) as z:
        return {n: z.read(n) for n in z.namelist()}


TEMPLATE = _template_members()


@given(drop=st.sets(st.sampled_from(sorted(TEMPLATE))), spoil=st.dictionaries(
    st.sampled_from(sorted(TEMPLATE)), st.binary(max_size=60), max_size=2),
    suffix=st.sampled_from([".docx", ".dotx"]))
def test_damaged_templates(tmp_path_factory, drop, spoil, suffix):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        for name, data in TEMPLATE.items():
            if name not in drop:
                z.writestr(name, spoil.get(name, data))
    path = tmp_path_factory.mktemp("t") / f"huisstijl{suffix}"
    path.write_bytes(buffer.getvalue())
    app_errors_only("template", open_template, path)


@given(data=st.binary(max_size=800), suffix=st.sampled_from([".docx", ".dotx", ".xlsx"]))
def test_any_bytes_as_a_template_or_workbook(tmp_path_factory, data, suffix):
    path = Path(tmp_path_factory.mktemp("t")) / f"bestand{suffix}"
    path.write_bytes(data)
    if suffix == ".xlsx":
        app_errors_only("workbook", read_table, path)
    else:
        app_errors_only("template", open_template, path)


@given(text=st.text(max_size=30) | st.from_regex(
    r"\A\s*\d{1,4}[-/ .]\d{1,2}[-/ .]\d{1,4}\s*\Z") | st.from_regex(
    r"\A\d{1,2} (januari|februari|maart|september|sept|okt|dec) \d{2,5}\Z"))
def test_any_text_as_a_date(text):
    app_errors_only("dates", parse_date, text)
