"""A refusal is one sentence on one line, whatever the values it quotes hold."""

import json

import pytest

from overleg.domain.errors import OverlegError, ValidationError
from overleg.imports.action_rows import MappingError, mapping_from_file


@pytest.mark.parametrize("value", ["a\nb", "a\r\nb", "a\tb", "a\x00b", "a\u2028b", "a\x85b"])
def test_a_quoted_value_cannot_break_the_sentence(value):
    exc = ValidationError(f"'{value}' is geen veld.", field="x")
    assert str(exc) == "'a b' is geen veld."
    assert exc.field == "x"


def test_a_sentence_without_breaks_is_kept_as_written():
    assert str(OverlegError("Kolom 'Actie  punt' ontbreekt.")) == "Kolom 'Actie  punt' ontbreekt."


def test_a_mapping_key_with_a_newline_is_refused_in_one_line(tmp_path):
    # Found by the fuzz test: {"\n": null} gave a two-line message.
    path = tmp_path / "koppeling.json"
    path.write_text(json.dumps({"\n": None}), encoding="utf-8")
    with pytest.raises(MappingError) as caught:
        mapping_from_file(path, [])
    assert "\n" not in str(caught.value)
    assert str(caught.value).startswith("' ' in het koppelbestand is geen veld")
