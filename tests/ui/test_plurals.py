"""Dutch counts through Qt's plural forms: '1 criterium', '2 criteria', never '1 criteria'
or '1 regels zijn' (issue 21)."""

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from overleg.ui.translations import install_translations

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
# Dutch nouns that a bare number before them would get wrong for 1 (or 0 for some)
PLURAL_NOUNS = ("regels", "besluiten", "criteria", "gasten", "dagen", "stappen", "personen",
                "actiepunten", "thema's", "minuten", "herinneringen", "gegevens")


@pytest.fixture
def dutch(qapp):
    installed = install_translations(QCoreApplication.instance())
    yield
    for t in installed:
        QCoreApplication.instance().removeTranslator(t)


def _messages():
    for ts in sorted(TRANSLATIONS.glob("*_nl.ts")):
        for context in ET.parse(ts).getroot().iter("context"):
            for message in context.iter("message"):
                yield ts.name, context.findtext("name"), message


def test_no_dutch_count_is_a_bare_number_before_a_plural_noun():
    bare = re.compile(r"%\d\s+(" + "|".join(map(re.escape, PLURAL_NOUNS)) + r")\b")
    wrong = [(ts, m.findtext("source")) for ts, _ctx, m in _messages()
             if m.get("numerus") != "yes" and bare.search(m.findtext("translation") or "")]
    assert wrong == [], "use tr(text, '', n) with %n and fill both Dutch forms"


def test_every_dutch_plural_has_its_two_forms():
    plurals = [(ctx, m) for _ts, ctx, m in _messages() if m.get("numerus") == "yes"]
    assert len(plurals) >= 10
    for ctx, m in plurals:
        forms = [f.text or "" for f in m.iter("numerusform")]
        assert len(forms) == 2 and all("%n" in f for f in forms), (ctx, m.findtext("source"))


@pytest.mark.parametrize(("context", "source", "one", "two"), [
    ("SchemasPage", "%n criterion(s)", "1 criterium", "2 criteria"),
    ("SchemasPage", "%n theme(s)", "1 thema", "2 thema's"),
    ("ImportDialog", "%n row(s) cannot be read", "1 regel is niet te lezen",
     "2 regels zijn niet te lezen"),
    ("AttendancePanel", "%n guest(s)", "1 gast", "2 gasten"),
    ("DecisionRegisterModel", "%n decision(s)", "1 besluit", "2 besluiten"),
    ("MeetingDetail", "Attendance list: %n person(s).", "Presentielijst: 1 persoon.",
     "Presentielijst: 2 personen."),
])
def test_the_dutch_forms_follow_the_count(dutch, context, source, one, two):
    assert QCoreApplication.translate(context, source, "", 1) == one
    assert QCoreApplication.translate(context, source, "", 2) == two


def test_english_counts_get_their_forms_too(qapp):
    installed = install_translations(QCoreApplication.instance(), "en")
    try:
        assert QCoreApplication.translate("SchemasPage", "%n criterion(s)", "", 1) == \
            "1 criterion"
        assert QCoreApplication.translate("SchemasPage", "%n criterion(s)", "", 3) == \
            "3 criteria"
        assert QCoreApplication.translate("AttendancePanel", "%n guest(s)", "", 0) == "0 guests"
    finally:
        for t in installed:
            QCoreApplication.instance().removeTranslator(t)


def test_the_import_summary_says_one_row_in_the_singular(qtbot, dutch, demo, tmp_path):
    from overleg.ui.imports.import_dialog import ImportDialog
    from tests.ui.fakes import FakePrompts

    csv = tmp_path / "acties.csv"
    csv.write_text("Actiepunt;Eigenaar;Termijn\nNotitie opstellen;Anouk Jansen;1-3-2014\n"
                   "Te laat;Anouk Jansen;binnenkort\n", encoding="utf-8")
    prompts = FakePrompts().answer(csv)
    dialog = ImportDialog.ask(demo, prompts)
    qtbot.addWidget(dialog)
    assert "1 regel wordt ingelezen; 1 regel is niet te lezen." in dialog.summary.text()
