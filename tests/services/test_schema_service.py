"""A region's own schema: exported, edited into a new version and imported again."""

import pytest

from overleg.domain.errors import ValidationError


def test_an_exported_schema_edited_into_a_new_version_imports_beside_the_old(services,
                                                                            tmp_path):
    s = services
    lelystad = next(x for x in s.schemas.all() if len(x.themes) == 7)
    path = tmp_path / "eigen.toml"
    s.schemas.export_file(lelystad.id, path)
    text = path.read_text(encoding="utf-8")
    with pytest.raises(ValidationError, match="al geïmporteerd"):
        s.schemas.import_file(path)
    path.write_text(text.replace(f'version = "{lelystad.version}"', 'version = "2014"', 1),
                    encoding="utf-8")
    mine = s.schemas.import_file(path)
    assert (mine.version, len(mine.themes), len(mine.criteria)) == (
        "2014", 7, len(lelystad.criteria))
    assert mine.uuid != lelystad.uuid
    assert s.schemas.get(lelystad.id).uuid == lelystad.uuid


def test_exporting_where_nothing_can_be_written_is_one_sentence(services, tmp_path):
    schema = services.schemas.all()[0]
    with pytest.raises(ValidationError, match="kan niet worden opgeslagen"):
        services.schemas.export_file(schema.id, tmp_path / "geen-map" / "schema.toml")


def test_the_shipped_schemas_once_there_are_checked_without_a_transaction(services):
    services.schemas.ensure_builtin()
    statements: list[str] = []
    services.db.conn.set_trace_callback(statements.append)
    try:
        assert services.schemas.ensure_builtin() == []
    finally:
        services.db.conn.set_trace_callback(None)
    assert statements and not [s for s in statements if s.startswith(("BEGIN", "INSERT"))]


def test_a_shipped_schema_is_known_by_its_code_and_version_without_parsing(tmp_path):
    from overleg.services.schema_service import (
        builtin_schema_files,
        read_schema_file,
        shipped_identity,
    )

    files = builtin_schema_files()
    assert files
    for path in files:  # the quick look agrees with the parser on every shipped file
        schema = read_schema_file(path)
        assert shipped_identity(path) == (schema.code, schema.version), path.name
    text = files[0].read_text(encoding="utf-8")
    odd = tmp_path / "odd.toml"
    for changed in (text.replace("\nversion = ", "\nversion=  ", 1),
                    text.replace("[schema]", "[schema]\ncode = \"twice\"", 1),
                    text.replace("\nversion = \"", "\nversion = '", 1),
                    text.replace("[schema]", "[scheme]", 1)):
        odd.write_text(changed, encoding="utf-8")
        quick = shipped_identity(odd)
        assert quick is None or quick == (read_schema_file(odd).code,
                                          read_schema_file(odd).version)


def test_a_shipped_schema_missing_from_the_file_is_still_added(services):
    from overleg.services.schema_service import builtin_schema_files, read_schema_file

    shipped = read_schema_file(builtin_schema_files()[0])
    services.db.execute("UPDATE schemas SET version = 'ouder' WHERE code = ? AND version = ?",
                        [shipped.code, shipped.version])
    added = services.schemas.ensure_builtin()
    assert [(s.code, s.version) for s in added] == [(shipped.code, shipped.version)]
