"""The settings dialog, Help → About, the user guide and the welcome dialog."""

import re
import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from overleg import __version__
from overleg.resource_paths import resource
from overleg.ui.dialogs.about_dialog import AboutDialog
from overleg.ui.dialogs.guide_dialog import GuideDialog, guide_path
from overleg.ui.dialogs.settings_dialog import SettingsDialog
from overleg.ui.dialogs.welcome_dialog import WelcomeDialog
from overleg.ui.startup import EXISTING, welcome_options
from tests.ui.shell.conftest import settings_on


def _settings_dialog(qtbot, settings, services, prompts) -> SettingsDialog:
    dialog = SettingsDialog(settings, services, prompts)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _ok(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)


def test_settings_are_saved_and_shown_again(qtbot, demo, app_settings, settings_file,
                                            prompts, tmp_path):
    template = tmp_path / "huisstijl.docx"
    shutil.copy(resource("templates", "overleg-standaard.docx"), template)
    body = demo.bodies.all()[0]
    dialog = _settings_dialog(qtbot, app_settings, demo, prompts)
    qtbot.keyClicks(dialog.user_name, "Anna de Vries")
    qtbot.keyClicks(dialog.initials, "AdV")
    qtbot.keyClicks(dialog.default_db, str(tmp_path / "werk.db"))
    qtbot.keyClicks(dialog.templates[body.id], str(template))
    dialog.language.setCurrentIndex(dialog.language.findText("English"))
    dialog.date_style.setCurrentIndex(dialog.date_style.findData("long"))
    dialog.open_last.setChecked(False)
    _ok(qtbot, dialog)

    assert not dialog.isVisible() and prompts.errors == []
    assert prompts.infos == ["The new language takes effect when Overleg is restarted."]
    stored = settings_on(settings_file)  # read back from the file, as at the next start
    assert (stored.user_name, stored.user_initials) == ("Anna de Vries", "AdV")
    assert stored.default_database == tmp_path / "werk.db"
    assert (stored.language, stored.date_style, stored.open_last_at_start) == \
        ("en", "long", False)
    assert demo.bodies.get(body.id).template_path == str(template)

    again = _settings_dialog(qtbot, stored, demo, prompts)
    assert again.user_name.text() == "Anna de Vries"
    assert again.templates[body.id].text() == str(template)
    assert again.language.currentText() == "English"
    assert "donderdag 19 september 2013" in again.date_style.currentText()
    again.close()


def test_function_and_address_sign_the_mail_and_a_wrong_address_is_refused(
        qtbot, demo, app_settings, settings_file, prompts):
    dialog = _settings_dialog(qtbot, app_settings, demo, prompts)
    qtbot.keyClicks(dialog.user_name, "Anna de Vries")
    qtbot.keyClicks(dialog.function, "secretaris OOGO")
    qtbot.keyClicks(dialog.email, "geen adres")
    _ok(qtbot, dialog)
    assert dialog.isVisible() and len(prompts.errors) == 1
    assert settings_on(settings_file).user_email == ""  # nothing saved
    dialog.email.setText("a.devries@lelystad.example")
    _ok(qtbot, dialog)
    assert not dialog.isVisible()
    sender = settings_on(settings_file).sender()
    assert (sender.name, sender.function, sender.email) == (
        "Anna de Vries", "secretaris OOGO", "a.devries@lelystad.example")
    assert sender.signature() == "Anna de Vries\nsecretaris OOGO"


def test_a_template_that_is_not_a_word_file_is_refused_and_nothing_is_saved(
        qtbot, demo, app_settings, prompts, tmp_path):
    letter = tmp_path / "sjabloon.txt"
    letter.write_text("x")
    body = demo.bodies.all()[0]
    dialog = _settings_dialog(qtbot, app_settings, demo, prompts)
    qtbot.keyClicks(dialog.user_name, "Anna")
    qtbot.keyClicks(dialog.templates[body.id], str(letter))
    _ok(qtbot, dialog)
    assert prompts.errors == [f"The Word template of {body.name} must be a .docx or .dotx "
                              "file."]
    assert dialog.isVisible()
    assert app_settings.user_name == "" and demo.bodies.get(body.id).template_path == ""

    dialog.templates[body.id].setText(str(tmp_path / "weg.docx"))
    _ok(qtbot, dialog)
    assert "does not exist" in prompts.errors[-1] and dialog.isVisible()

    fake = tmp_path / "nep.docx"  # the right name, but no Word document inside
    fake.write_bytes(b"geen zip")
    dialog.templates[body.id].setText(str(fake))
    _ok(qtbot, dialog)
    assert "nep.docx" in prompts.errors[-1] and "\n" not in prompts.errors[-1]
    assert dialog.isVisible() and app_settings.user_name == ""
    assert demo.bodies.get(body.id).template_path == ""
    dialog.close()


def test_the_settings_menu_change_applies_the_user_name_at_once(make_window, app_settings,
                                                                tmp_path):
    window = make_window(tmp_path / "a.db", app_settings)
    app_settings.user_name = "Bert Jansen"
    window.apply_settings()
    assert window.services.ctx.user == "Bert Jansen"


def test_about_shows_the_version_and_where_the_data_lives(qtbot, tmp_path):
    database = tmp_path / "overleg.db"
    dialog = AboutDialog(database, tmp_path / "gegevens")
    qtbot.addWidget(dialog)
    text = dialog.text.text()
    assert f"Overleg {__version__}" in text
    assert str(database) in text and str(tmp_path / "gegevens") in text
    assert "EUPL-1.2" in text


def test_the_help_menu_offers_the_dutch_user_guide_with_working_contents(qtbot):
    path = guide_path()
    assert path is not None and path.name == "gebruikershandleiding.md"
    dialog = GuideDialog(path)
    qtbot.addWidget(dialog)
    assert "Gebruikershandleiding" in dialog.browser.toPlainText()
    anchors = re.findall(r"\]\(#([\w-]+)\)", path.read_text(encoding="utf-8"))
    assert len(anchors) >= 8
    missing = [a for a in anchors if not dialog.browser.scroll_to_heading(a)]
    assert missing == []
    images = re.findall(r"\]\((images/[\w-]+\.png)\)", path.read_text(encoding="utf-8"))
    assert len(images) >= 3
    assert [i for i in images if not (path.parent / i).is_file()] == []


def test_the_welcome_dialog_answers_with_the_button_clicked(qtbot):
    dialog = WelcomeDialog(welcome_options())
    qtbot.addWidget(dialog)
    dialog.show()
    assert len(dialog.buttons) == 3
    qtbot.mouseClick(dialog.buttons[EXISTING], Qt.MouseButton.LeftButton)
    assert dialog.choice == EXISTING and not dialog.isVisible()


def test_the_guide_is_found_from_the_source_tree():
    assert guide_path() == Path(__file__).resolve().parents[3] / "docs" / \
        "gebruikershandleiding.md"


def test_the_invitation_documents_limit_is_a_setting(qtbot, demo, app_settings,
                                                     settings_file, prompts):
    assert app_settings.mail_documents_mb == 10  # the default
    dialog = _settings_dialog(qtbot, app_settings, demo, prompts)
    assert dialog.mail_documents.value() == 10
    dialog.mail_documents.setValue(25)
    _ok(qtbot, dialog)
    assert settings_on(settings_file).mail_documents_mb == 25
    assert demo.ctx.mail_documents_limit == 25 * 1024 * 1024  # applies at once
