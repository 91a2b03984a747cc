"""The Dutch interface is complete: every string in overleg/ui has a Dutch translation,
the compiled .qm files match their .ts sources, and the app shows Dutch by default."""

import importlib.util
import shutil
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("translations", ROOT / "packaging" /
                                              "translations.py")
translations = importlib.util.module_from_spec(spec)
sys.modules["translations"] = translations
spec.loader.exec_module(translations)


@pytest.fixture(scope="module")
def fresh_scan(tmp_path_factory):
    """The committed .ts files, re-scanned against today's sources in a scratch folder."""
    out = tmp_path_factory.mktemp("ts")
    for area, files in translations.areas().items():
        committed = translations.OUT / f"{area}_nl.ts"
        if committed.exists():
            shutil.copy(committed, out / committed.name)
        translations.lupdate(files, out / f"{area}_nl.ts", "nl")
    return out


def test_every_interface_string_has_a_dutch_translation(fresh_scan):
    missing = []
    for ts in sorted(fresh_scan.glob("*_nl.ts")):
        missing += [f"{ts.name}: [{ctx}] {src!r}"
                    for (ctx, src), tr in translations.messages(ts).items() if tr is None]
    assert missing == [], "run packaging/translations.py update, then translate:\n" + \
        "\n".join(missing)


def test_compiled_translations_match_their_sources(tmp_path):
    for ts in sorted(translations.OUT.glob("*.ts")):
        qm = tmp_path / ts.with_suffix(".qm").name
        translations.lrelease(ts, qm)
        committed = ts.with_suffix(".qm")
        assert committed.exists() and committed.read_bytes() == qm.read_bytes(), \
            f"{committed.name} is stale: run packaging/translations.py update"


def test_the_interface_is_dutch_by_default(qtbot, demo):
    from overleg.ui.main_window import MainWindow
    from overleg.ui.translations import install_translations

    app = QCoreApplication.instance()
    installed = install_translations(app)
    try:
        assert installed
        window = MainWindow(demo, Path("voorbeeld.db"))
        qtbot.addWidget(window)
        assert [window.nav.item(r).text() for r in range(window.nav.count())] == [
            "Vergaderingen", "Actielijst", "Besluitenlijst", "Planning", "Zoeken",
            "Overlegorganen", "Termijnen", "OOGO"]  # listed before the screens are built
        assert window.menuBar().actions()[0].text() == "&Bestand"
    finally:
        for t in installed:
            app.removeTranslator(t)
