"""Talking-point schemas: read the shipped ones, import a region's own file (and refuse a
broken one in one sentence), export one to share or edit."""

import json
import tomllib

from overleg.ui.common.selection import select_row
from tests.ui.bodies.conftest import click, column

OWN_SCHEMA = """
[schema]
code = "almere-jeugd"
version = "2014.1"
title = "Werkagenda jeugd Almere"
region = "Almere"
description = "Drie thema's voor het OOGO van Almere."

[[theme]]
code = "A1"
title = "Thuiszitters terug naar school"
responsibility = "shared"
description = "Samen met leerplicht en jeugdhulp."
questions = ["Hoeveel thuiszitters zijn er?", "Wie neemt de regie?"]

[[theme]]
code = "A2"
title = "Leerlingenvervoer"
responsibility = "municipality"

[[theme]]
code = "A3"
title = "Ondersteuning in de klas"
responsibility = "school_boards"

[[criterion]]
code = "K1"
title = "Thuisnabij"
instead_of = "ver weg"
"""


def open_schemas(screen):
    screen.tabs.setCurrentWidget(screen.schemas)
    return screen.schemas


def test_the_shipped_schemas_are_there_with_themes_and_criteria(qtbot, empty_screen,
                                                                 qtmodeltester):
    page = open_schemas(empty_screen)
    assert page.schemas.rowCount() == 2  # an empty database still has the shipped schemas
    lelystad = column(page.schemas, 0).index(next(t for t in column(page.schemas, 0)
                                                 if t.startswith("Werkagenda")))
    select_row(page.schema_table, lelystad)
    assert column(page.themes, 0) == [f"W{n}" for n in range(1, 8)]
    assert len(column(page.criteria, 0)) == 8
    select_row(page.theme_table, 5)
    assert "Aanpak thuiszitters" in page.theme_text.toPlainText()
    for model in (page.schemas, page.themes, page.criteria):
        qtmodeltester.check(model)


def test_a_regions_own_schema_is_imported(qtbot, empty_screen, services, prompts, tmp_path):
    page = open_schemas(empty_screen)
    path = tmp_path / "almere.toml"
    path.write_text(OWN_SCHEMA, encoding="utf-8")
    prompts.answer(path)
    click(qtbot, page.import_button)
    assert prompts.errors == []
    assert prompts.infos == ["Imported: Werkagenda jeugd Almere (versie 2014.1), with "
                             "3 theme(s) and 1 criterion(s)."]  # the source: counts in %n
    assert page.current_schema().title == "Werkagenda jeugd Almere"  # shown at once
    assert column(page.themes, 1) == ["Thuiszitters terug naar school", "Leerlingenvervoer",
                                      "Ondersteuning in de klas"]
    assert column(page.themes, 2) == ["shared", "municipality", "school boards"]
    assert "Wie neemt de regie?" in page.theme_text.toPlainText()
    stored = next(x for x in services.schemas.all() if x.code == "almere-jeugd")
    assert [t.code for t in stored.themes] == ["A1", "A2", "A3"]
    assert stored.criteria[0].instead_of == "ver weg"

    prompts.answer(path)  # the same file again
    click(qtbot, page.import_button)
    assert prompts.errors == ["Het schema 'almere-jeugd' versie 2014.1 is al geïmporteerd."]
    assert len(services.schemas.all()) == 3


def test_a_broken_schema_file_is_refused_in_one_sentence(qtbot, empty_screen, services,
                                                         prompts, tmp_path):
    page = open_schemas(empty_screen)
    broken = tmp_path / "kapot.toml"
    broken.write_text(OWN_SCHEMA.replace('title = "Leerlingenvervoer"', 'title = "Leerlingen'),
                      encoding="utf-8")
    no_themes = tmp_path / "leeg.json"
    no_themes.write_text(json.dumps({"schema": {"code": "x", "version": "1", "title": "Leeg"}}),
                         encoding="utf-8")
    prompts.answer(broken, no_themes, None)
    for _ in range(3):  # the third time the user cancels the file dialog
        click(qtbot, page.import_button)
    assert len(prompts.errors) == 2
    assert prompts.errors[0].startswith("'kapot.toml' is geen leesbaar schemabestand")
    assert prompts.errors[1] == "Het schema 'Leeg' bevat geen thema's."
    assert len(services.schemas.all()) == 2 and page.schemas.rowCount() == 2
    assert prompts.infos == []


def test_a_schema_is_exported_as_toml_and_json(qtbot, empty_screen, prompts, tmp_path):
    page = open_schemas(empty_screen)
    shown = page.current_schema()
    prompts.answer(tmp_path / "schema.toml", tmp_path / "schema.json")
    click(qtbot, page.export_button)
    click(qtbot, page.export_button)
    as_toml = tomllib.loads((tmp_path / "schema.toml").read_text(encoding="utf-8"))
    as_json = json.loads((tmp_path / "schema.json").read_text(encoding="utf-8"))
    assert as_toml == as_json
    assert as_toml["schema"]["title"] == shown.title
    assert [t["code"] for t in as_toml["theme"]] == [t.code for t in shown.themes]
    assert prompts.infos[0] == f"Saved as {tmp_path / 'schema.toml'}."
