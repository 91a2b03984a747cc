"""Refusals of the layers below the interface are Dutch sentences; in the English interface
they are shown in English, through the same Qt translation files as the interface."""

import importlib.util
import sys
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from overleg.domain.enums import FollowUpStatus
from overleg.domain.errors import OverlegError
from overleg.domain.organisations import Person
from overleg.ui.common.message_text import _PLACEHOLDER, _pattern, _templates, shown
from overleg.ui.translations import install_translations

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("message_catalog", ROOT / "packaging" /
                                              "message_catalog.py")
catalog = importlib.util.module_from_spec(spec)
sys.modules["message_catalog"] = catalog
spec.loader.exec_module(catalog)
TS = ROOT / "resources" / "translations" / "messages_en.ts"


@pytest.fixture
def english(qapp):
    installed = install_translations(QCoreApplication.instance(), "en")
    yield installed
    for t in installed:
        QCoreApplication.removeTranslator(t)


def test_every_refusal_in_the_source_has_an_english_translation():
    done = catalog.read_ts(TS)
    missing = [t for t in catalog.extract() if not done.get(t)]
    assert missing == [], "run packaging/translations.py update, then translate with " \
        "`set messages FILE.json --language en`:\n" + "\n".join(missing)


def test_the_catalog_finds_f_strings_and_their_values():
    templates = catalog.extract()
    assert "Het veld '%1' is te lang (%2 tekens, maximaal %3)." in templates
    assert "Alleen een conceptverslag kan worden vastgesteld." in templates


def test_english_installs_the_message_translations_and_the_plural_forms_only(english):
    """English is the source language: besides the refusals, only the forms of counts
    ('%n criterion(s)' -> '1 criterion') are translated."""
    import xml.etree.ElementTree as ET

    names = [Path(t.filePath()).name for t in english]
    assert "messages_en.qm" in names
    for name in set(names) - {"messages_en.qm"}:
        ts = TS.with_name(name).with_suffix(".ts")
        kinds = {m.get("numerus") for m in ET.parse(ts).getroot().iter("message")}
        assert kinds == {"yes"}, name


def test_every_template_is_found_back_from_its_own_sentence(english):
    """No template hides behind a more general one, and values land in their place."""
    translations = catalog.read_ts(TS)
    for template, _ in _templates():
        sample = _PLACEHOLDER.sub(lambda m: "%" if m.group(1) is None
                                  else f"«waarde {m.group(1)}»", template)
        expected = _PLACEHOLDER.sub(lambda m: "%" if m.group(1) is None
                                    else f"«waarde {m.group(1)}»", translations[template])
        assert shown(sample) == expected, template


def test_dutch_shows_the_sentence_as_it_came(qapp):
    installed = install_translations(QCoreApplication.instance(), "nl")
    try:
        sentence = "Het veld 'titel' mag niet leeg zijn."
        assert shown(sentence) == sentence
        assert shown("Een zin die geen sjabloon is.") == "Een zin die geen sjabloon is."
    finally:
        for t in installed:
            QCoreApplication.removeTranslator(t)


def _refusals(s, tmp_path):
    """One refused action per service, as a user could cause it."""
    meeting = s.meetings.listings()[0].meeting
    draft = next(x.meeting for x in s.meetings.listings()
                 if x.meeting.status.value == "minutes_draft")
    body = s.bodies.all()[0]
    followup = s.followups.all(s.followups.filter(status=FollowUpStatus.OPEN))[0].followup
    bad_template = tmp_path / "sjabloon.txt"
    bad_template.write_text("geen Word")
    bad_sheet = tmp_path / "lijst.pdf"
    bad_sheet.write_text("x")
    return {
        "agenda": lambda: s.agenda.add_item(draft.id, "   "),
        "minutes": lambda: s.minutes.reopen(draft.id, "een reden"),
        "followups": lambda: s.followups.mark_done(followup.id, "klaar",
                                                   on=date(1990, 1, 1)),
        "meetings": lambda: s.meetings.plan(body.id, datetime(2014, 3, 1, 15),
                                            datetime(2014, 3, 1, 14)),
        "bodies": lambda: s.bodies.add_person(Person(name="Ingrid Bos", email="geen adres")),
        "schemas": lambda: s.schemas.import_file(tmp_path / "bestaat-niet.toml"),
        "documents": lambda: s.documents.agenda(meeting.id, tmp_path / "a.docx",
                                                template=bad_template),
        "imports": lambda: s.imports.read(bad_sheet),
        "backups": lambda: s.backups.backup_now(),
    }


def test_a_refusal_of_every_service_is_english_in_the_english_interface(demo, english,
                                                                        tmp_path):
    english_sentences = [_pattern(t) for t in catalog.read_ts(TS).values() if t]
    for service, action in _refusals(demo, tmp_path).items():
        try:
            action()
        except OverlegError as exc:
            refusal = exc
        else:
            pytest.fail(f"{service}: the action was not refused")
        dutch = str(refusal)
        english_text = shown(refusal)
        assert english_text != dutch, f"{service}: {dutch}"
        assert any(p.fullmatch(english_text) for p in english_sentences), \
            f"{service}: {english_text}"
