import pytest
from hypothesis import given
from hypothesis import strategies as st

from overleg.domain.errors import ValidationError
from overleg.domain.text import TITLE_MAX, clean_line, clean_text


def test_control_characters_are_dropped_but_newlines_and_tabs_kept():
    assert clean_text("a\x00b\x07c\r\nd\te\x1bf", field="x") == "abc\nd\tef"


def test_line_collapses_whitespace_and_requires_content():
    assert clean_line("  Aanpak \n thuiszitters  ", field="titel") == "Aanpak thuiszitters"
    with pytest.raises(ValidationError, match="titel"):
        clean_line(" \x00 \n", field="titel", required=True)


def test_too_long_title_is_refused_with_the_field_named():
    with pytest.raises(ValidationError, match="te lang"):
        clean_line("x" * (TITLE_MAX + 1), field="titel")


def test_a_one_megabyte_note_is_accepted_whole():
    note = ("Verslag " * 131_072)[:1_048_576]
    assert clean_text(note, field="aantekeningen") == note


@given(st.text())
def test_cleaned_text_has_no_forbidden_characters_and_is_stable(text):
    cleaned = clean_text(text, field="x")
    assert not any((ord(c) < 32 and c not in "\t\n") or 0x7F <= ord(c) <= 0x9F
                   or 0xD800 <= ord(c) <= 0xDFFF for c in cleaned)
    assert clean_text(cleaned, field="x") == cleaned
