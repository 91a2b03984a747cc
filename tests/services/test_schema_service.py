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
