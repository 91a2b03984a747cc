"""Dutch spell checking outside Qt: what is flagged, what never is, and the suggestions."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from overleg.services.spelling import SpellChecker
from overleg.services.spelling_words import words


@pytest.fixture(scope="module")
def dictionary() -> SpellChecker:
    checker = SpellChecker()
    if not checker.load():
        pytest.fail(f"the Dutch dictionary did not load: {checker.problem}")
    return checker


@pytest.fixture
def checker(dictionary) -> SpellChecker:
    return dictionary.sharing()


def flagged(checker: SpellChecker, text: str) -> list[str]:
    return [text[start:start + length] for start, length in checker.misspelled(text)]


def test_a_misspelling_is_flagged_and_the_right_word_is_not(checker):
    assert flagged(checker, "De vergaderingg begint.") == ["vergaderingg"]
    assert flagged(checker, "De vergadering begint.") == []


@pytest.mark.parametrize("text", [
    "OOGO", "Overleg OOGO met SWV en PO", "OOGO-overleg",
    "Zie https://www.overleg.nl/agenda?x=1 en www.passendonderwijs.nl",
    "Mail naar ingrid.bos@dronten.nl", "Op 19-9-2013 de 2e ronde, zaal B3",
    "**vet**, *schuin*, - een punt", "1. eerste\n2. tweede", "[de link](https://x.nl/y)",
    "o.a. de begroting, t.z.t. besproken", "als .docx of .xlsx", "auto's en 's middags",
])
def test_what_is_not_a_misspelling(checker, text):
    assert flagged(checker, text) == []


def test_names_in_the_database_are_not_flagged(checker):
    text = "Yrsa Bos van Talentis sprak."
    assert flagged(checker, text) == ["Yrsa", "Talentis"]  # the dictionary knows neither
    checker.set_names(["Yrsa Bos", "Stichting Talentis", "Ingrid Bos"])
    assert flagged(checker, "Ingrid Bos") == []
    assert flagged(checker, text) == []


def test_a_misspelling_inside_markdown_or_a_list_is_still_flagged(checker):
    assert flagged(checker, "- **besluitt** genomen") == ["besluitt"]
    assert flagged(checker, "1. *vergaderingg*") == ["vergaderingg"]


def test_markdown_markers_are_no_words():
    assert [w for _, w in words("**vet** - *schuin* 1. __x__ # kop")] == \
        ["vet", "schuin", "kop"]


def test_suggestions_include_the_right_word(checker):
    suggestions = checker.suggestions("vergaderingg")
    assert "vergadering" in suggestions
    assert 1 <= len(suggestions) <= 5
    assert checker.suggestions("vergaderingg") is checker.suggestions("vergaderingg")


def test_the_personal_word_list_and_ignore(checker):
    assert flagged(checker, "de Passendwijs-scholen") == ["Passendwijs-scholen"]
    checker.add_personal("passendwijs")
    assert flagged(checker, "de Passendwijs-scholen") == []
    checker.ignore("Vergaderingg")  # ignored in any case
    assert flagged(checker, "vergaderingg") == []


def test_unloaded_or_missing_dictionary_flags_nothing(tmp_path):
    unloaded = SpellChecker()
    assert flagged(unloaded, "vergaderingg") == []  # nothing read yet: nothing flagged
    missing = SpellChecker(folder=tmp_path)
    assert not missing.available()
    assert missing.load() is False and missing.problem
    assert flagged(missing, "vergaderingg") == [] and missing.suggestions("x") == []


@given(st.text(alphabet=st.sampled_from(list("ab éÉ'’-*_#.1@:/\n[]()OOG")), max_size=60))
def test_every_word_found_is_where_it_says_and_carries_no_markup(text):
    for offset, word in words(text):
        assert text[offset:offset + len(word)] == word
        assert not set(word) & set(" \n*_#.@:/[]()1") and word.strip("'’-") == word.lstrip("'’")
