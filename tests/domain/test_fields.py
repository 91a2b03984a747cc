"""Field formats: one rule each, the same sentence wherever the value comes from."""

import pytest

from overleg.domain.bodies import Body
from overleg.domain.enums import FollowUpStatus
from overleg.domain.errors import ValidationError
from overleg.domain.fields import email_address, enum_value, safe_code, safe_file_name
from overleg.domain.followups import FollowUp
from overleg.domain.organisations import Organisation, Person
from overleg.domain.records import checked_uuid


def test_an_unknown_vocabulary_value_is_one_sentence_naming_field_and_choices():
    with pytest.raises(ValidationError, match="'status' heeft de onbekende waarde 'gehackt'; "
                       "toegestaan zijn open, done, cancelled"):
        enum_value(FollowUpStatus, "gehackt", field="status")
    with pytest.raises(ValidationError, match="gehackt"):
        FollowUp("Iets doen", status="gehackt")


@pytest.mark.parametrize("bad", ["Ingrid Bos <i.bos@lelystad.nl>", "<i.bos@lelystad.nl>",
                                 "i.bos@@lelystad.nl", "a@b.nl, c@d.nl", "i bos@x.nl",
                                 "i.bos@lelystad..nl", "i.bos@"])
def test_an_address_with_a_name_or_a_list_is_refused_not_rewritten(bad):
    with pytest.raises(ValidationError, match="geen geldig e-mailadres"):
        Person("Ingrid Bos", email=bad)


def test_a_plain_address_passes_unchanged():
    assert email_address(" i.bos@lelystad.nl ") == "i.bos@lelystad.nl"
    assert email_address("o.haddou@almere") == "o.haddou@almere"  # an intranet's domain
    assert Person("Ingrid Bos", email="").email == ""


def test_an_abbreviation_has_at_most_40_characters():
    assert Organisation("Gemeente", short_name="x" * 40).short_name == "x" * 40
    with pytest.raises(ValidationError, match="'afkorting' is te lang"):
        Organisation("Gemeente", short_name="x" * 41)


@pytest.mark.parametrize("bad", ["STT/2013", "..\\STT", "A:B", "..", "STT|PO"])
def test_a_body_code_cannot_hold_path_characters(bad):
    with pytest.raises(ValidationError):
        Body("Stuurgroep", bad)
    with pytest.raises(ValidationError):
        safe_code(bad)


@pytest.mark.parametrize(("text", "name"), [
    ("Uitnodiging STT/PO 19-09-2013", "Uitnodiging STT-PO 19-09-2013"),
    ("..\\..\\evil", "-..-evil"), ("CON", "document-CON"), ("  ", "document"),
    ("a" * 300, "a" * 120), ("Notulen: 'x'?", "Notulen- 'x'-")])
def test_safe_file_names_from_user_text(text, name):
    assert safe_file_name(text) == name


def test_a_uuid_must_be_written_canonically():
    u = "cb6ba60c-a3a8-4d06-856b-d9df826e9c29"
    assert checked_uuid(u) == u
    for bad in ("../../x", u.upper(), "", None):
        with pytest.raises(ValidationError):
            checked_uuid(bad)


def test_a_control_character_in_a_code_is_dropped_like_in_any_text():
    assert Body("Stuurgroep", "ST\x01T").code == "STT"
