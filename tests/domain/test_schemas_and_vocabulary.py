import enum

import pytest

from overleg.domain import enums
from overleg.domain.dutch_dates import long_date, parse_date
from overleg.domain.enums import Responsibility
from overleg.domain.errors import ValidationError
from overleg.domain.schemas import schema_from_mapping, schema_to_mapping
from overleg.domain.vocabulary import NL
from overleg.services.schema_service import builtin_schema_files, read_schema_file


def test_shipped_schemas_have_the_themes_and_criteria_of_the_sources():
    by_code = {s.code: s for s in map(read_schema_file, builtin_schema_files())}
    lelystad = by_code["lelystad-werkagenda"]
    assert len(lelystad.themes) == 7 and len(lelystad.criteria) == 8
    assert lelystad.themes[5].title == "Aanpak thuiszitters"
    assert lelystad.criteria[2].instead_of.startswith("verwijzen en exporteren")
    assert {t.responsibility for t in lelystad.themes} <= set(Responsibility)
    minimum = by_code["wettelijk-minimum-oogo"]
    assert [t.title for t in minimum.themes] == [
        "Afstemming passend onderwijs en jeugdhulp", "Leerlingenvervoer", "Leerplicht",
        "Onderwijshuisvesting"]


def test_a_schema_survives_a_round_trip_through_its_mapping():
    original = read_schema_file(builtin_schema_files()[0])
    again = schema_from_mapping(schema_to_mapping(original))
    assert schema_to_mapping(again) == schema_to_mapping(original)


@pytest.mark.parametrize("data, message", [
    ({}, "geen bespreekpuntenschema"),
    ({"schema": {"code": "x", "version": "1", "title": "X"}}, "geen thema"),
    ({"schema": {"code": "x", "version": "1", "title": "X"},
      "theme": [{"code": "A", "title": "a", "colour": "red"}]}, "Onbekend veld"),
    ({"schema": {"code": "x", "version": "1", "title": "X"},
      "theme": [{"code": "A", "title": "a", "responsibility": "province"}]},
     "Onbekende verantwoordelijkheid"),
])
def test_bad_schema_data_gets_one_clear_sentence(data, message):
    with pytest.raises(ValidationError, match=message):
        schema_from_mapping(data)


def test_every_enum_value_has_a_dutch_word():
    for name in dir(enums):
        cls = getattr(enums, name)
        if isinstance(cls, type) and issubclass(cls, enum.Enum) and cls not in (
                enums.StandardItem, enum.StrEnum):
            assert all(member in NL for member in cls), cls


def test_dates_are_written_and_read_the_dutch_way():
    assert long_date(parse_date("19-09-2013")) == "donderdag 19 september 2013"
    assert parse_date("2014-03-01") == parse_date("1-3-2014")
    with pytest.raises(ValidationError, match="geen geldige datum"):
        parse_date("31-02-2014")
