"""Tools → Settings switches spell checking off and on for every checked field at once;
without the dictionary the box cannot be ticked and says why."""

import pytest
from PySide6.QtWidgets import QLabel, QPlainTextEdit

from overleg.services.spelling import SpellChecker
from overleg.ui.common.spell_check import attach_spelling
from overleg.ui.common.spelling_hub import SpellingHub
from tests.ui.common.test_spell_check import underlined
from tests.ui.shell.conftest import settings_on
from tests.ui.shell.test_dialogs import _ok, _settings_dialog


@pytest.fixture
def install(qapp):
    installed: list[SpellingHub] = []

    def make(settings, checker) -> SpellingHub:
        installed.append(SpellingHub.install(settings, checker))
        return installed[-1]
    yield make
    for hub in installed:
        hub.setParent(None)
        hub.deleteLater()


def test_switching_spelling_off_in_the_settings(qtbot, demo, app_settings, settings_file,
                                                prompts, install):
    hub = install(app_settings, SpellChecker())
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    attach_spelling(editor)
    hub.load_now()
    editor.setPlainText("Een vergaderingg.")
    assert underlined(editor) == ["vergaderingg"]
    dialog = _settings_dialog(qtbot, app_settings, demo, prompts)
    assert dialog.spelling.isChecked() and dialog.spelling.isEnabled()
    dialog.spelling.setChecked(False)
    _ok(qtbot, dialog)
    assert underlined(editor) == []
    assert settings_on(settings_file).spelling is False


def test_without_the_dictionary_the_setting_says_so(qtbot, demo, app_settings, prompts,
                                                    install, tmp_path):
    install(app_settings, SpellChecker(folder=tmp_path))
    dialog = _settings_dialog(qtbot, app_settings, demo, prompts)
    assert not dialog.spelling.isEnabled()
    assert any("dictionary" in label.text() for label in dialog.findChildren(QLabel))
