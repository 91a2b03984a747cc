"""One date parser (domain/dutch_dates.py) for every entrance: the command line, the
spreadsheet import and the stored columns read the same notations, and refuse with one
sentence."""

from datetime import date, datetime

import pytest

from overleg.cli.options import date_arg
from overleg.domain.dutch_dates import find_date, loose_date, parse_date, stored_date
from overleg.domain.errors import ValidationError


@pytest.mark.parametrize("text", ["2013-09-19", "19-09-2013", "19-9-2013", "19/09/13",
                                  "19.09.2013", "19 september 2013", "19 sept. 2013",
                                  " 19  SEP 2013 ", "19092013", "190913"])
def test_every_entrance_reads_the_same_notations(text):
    assert parse_date(text) == loose_date(text) == date_arg(text) == date(2013, 9, 19)


def test_spreadsheet_cells_and_running_text():
    assert loose_date(datetime(2013, 9, 19, 15)) == date(2013, 9, 19)
    assert loose_date(41536) == date(2013, 9, 19)  # an Excel day number
    assert loose_date("") is None
    assert find_date("Stuurgroep 28-11-2013") == date(2013, 11, 28)
    assert find_date("Stuurgroep") is None


@pytest.mark.parametrize("text", ["31-02-2014", "binnenkort", "Stuurgroep 28-11-2013"])
def test_what_is_no_date_is_refused_with_the_same_sentence(text):
    with pytest.raises(ValidationError) as typed:
        parse_date(text)
    assert "is geen geldige datum" in str(typed.value)
    if text != "Stuurgroep 28-11-2013":  # a cell may hold text around its date
        with pytest.raises(ValidationError) as cell:
            loose_date(text)
        assert str(cell.value) == str(typed.value)


def test_a_stored_date_another_program_wrote_is_a_named_refusal():
    assert stored_date("2013-09-19") == date(2013, 9, 19)
    with pytest.raises(ValidationError, match="'gisteren' is geen geldige datum") as exc:
        stored_date("gisteren")
    assert exc.value.field == "datum"
