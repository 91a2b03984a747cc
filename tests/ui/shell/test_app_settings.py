"""The settings file: values come back as they were stored, also from an INI file,
where Qt returns strings and a one-item list as a plain string."""

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from overleg.ui.translations import install_translations
from tests.ui.shell.conftest import settings_on


def test_one_recent_file_and_a_false_flag_survive_the_ini_file(settings_file, tmp_path):
    settings = settings_on(settings_file)
    settings.add_recent(tmp_path / "enige.db")
    settings.open_last_at_start = False
    settings.sync()
    again = settings_on(settings_file)
    assert again.recent_files() == [(tmp_path / "enige.db").resolve()]
    assert again.open_last_at_start is False


def test_opening_the_same_file_again_leaves_the_settings_file_unwritten(settings_file,
                                                                       tmp_path):
    settings = settings_on(settings_file)
    db = tmp_path / "archief.db"
    settings.last_database = db
    settings.add_recent(db)
    settings.sync()
    settings_file.write_text(settings_file.read_text() + "\n")  # a rewrite would drop this
    for _ in range(2):  # what every start does with the file it opens
        settings.last_database = db
        settings.add_recent(db)
        settings.sync()
    assert settings_file.read_text().endswith("\n\n")
    assert settings.last_database == db and settings.recent_files() == [db.resolve()]
    settings.add_recent(tmp_path / "ander.db")  # a change is still written at once
    settings.sync()
    assert settings_on(settings_file).recent_files()[0] == (tmp_path / "ander.db").resolve()


def test_unknown_values_fall_back_to_the_defaults(settings_file):
    settings = settings_on(settings_file)
    settings.store.setValue("ui/language", "fr")
    settings.store.setValue("ui/date_style", "middel")
    assert (settings.language, settings.date_style) == ("nl", "short")
    assert settings.default_database is None and settings.last_database is None
    assert settings.audit_name()  # the login name when no name is set


def test_english_installs_only_the_refusals_and_plurals_and_dutch_includes_qts_own(qapp):
    english = install_translations(QCoreApplication.instance(), "en")
    names = [Path(t.filePath()).name for t in english]
    assert "messages_en.qm" in names and "qtbase_en.qm" not in names
    assert all(n == "messages_en.qm" or n.endswith("_en.qm") for n in names)
    for t in english:
        QCoreApplication.removeTranslator(t)
    installed = install_translations(QCoreApplication.instance(), "nl")
    try:
        assert any(Path(t.filePath()).name == "qtbase_nl.qm" for t in installed)
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuleren"
    finally:
        for t in installed:
            QCoreApplication.removeTranslator(t)
