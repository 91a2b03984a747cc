"""The red underline and the right-click menu in a QPlainTextEdit and a QTextEdit."""

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

from overleg.services.spelling import SpellChecker
from overleg.ui.common.app_settings import AppSettings
from overleg.ui.common.spell_check import SpellMenu, attach_spelling
from overleg.ui.common.spelling_hub import SpellingHub

WAVY = QTextCharFormat.UnderlineStyle.SpellCheckUnderline


@pytest.fixture(scope="module")
def dictionary() -> SpellChecker:
    checker = SpellChecker()
    assert checker.load(), checker.problem
    return checker


def settings_on(path) -> AppSettings:
    return AppSettings(QSettings(str(path), QSettings.Format.IniFormat))


@pytest.fixture
def hub(qapp, tmp_path, dictionary) -> SpellingHub:
    settings = settings_on(tmp_path / "settings.ini")
    return SpellingHub(settings, dictionary.sharing(settings.personal_words))


def underlined(editor) -> list[str]:
    """The text under a wavy underline, block by block, as the layout will draw it."""
    found = []
    block = editor.document().firstBlock()
    while block.isValid():
        for fmt in block.layout().formats():
            if fmt.format.underlineStyle() == WAVY:
                found.append(block.text()[fmt.start:fmt.start + fmt.length])
        block = block.next()
    return found


@pytest.mark.parametrize("kind", [QPlainTextEdit, QTextEdit])
def test_a_wrong_word_is_underlined_in_either_editor(qtbot, hub, kind):
    editor = kind()
    qtbot.addWidget(editor)
    attach_spelling(editor, hub)
    editor.setPlainText("De vergaderingg van het OOGO.\nIngrid Bos: zie https://x.nl")
    assert hub.load_now()
    assert underlined(editor) == ["vergaderingg"]


def test_rich_text_keeps_its_bold_under_the_underline(qtbot, hub):
    editor = QTextEdit()
    qtbot.addWidget(editor)
    attach_spelling(editor, hub)
    hub.load_now()
    editor.setHtml("<p>Een <b>besluitt</b> en een <i>actiepunt</i>.</p>")
    assert underlined(editor) == ["besluitt"]
    cursor = QTextCursor(editor.document())
    cursor.setPosition(6)
    assert cursor.charFormat().fontWeight() >= 700  # the document's own format stays
    # The underline is drawn, not written: what is stored from the document lacks it.
    assert editor.toMarkdown().strip() == "Een **besluitt** en een *actiepunt*."
    assert "underline" not in editor.toHtml()


def test_the_menu_offers_the_suggestion_and_choosing_it_replaces_the_word(qtbot, hub):
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    attach_spelling(editor, hub)
    hub.load_now()
    editor.setPlainText("Na de vergaderingg volgt koffie.")
    menu = editor.findChild(SpellMenu)
    at = editor.cursorRect(_cursor_at(editor, 10)).center()
    built = menu.menu(at)
    texts = [a.text() for a in built.actions()]
    assert "vergadering" in texts[:5]
    assert "Add to word list" in texts and "Ignore" in texts
    assert texts.index("Ignore") < len(texts) - 2  # above the editor's own entries
    next(a for a in built.actions() if a.text() == "vergadering").trigger()
    assert editor.toPlainText() == "Na de vergadering volgt koffie."
    assert underlined(editor) == []
    assert [a.text() for a in menu.menu(at).actions()][:1] != ["vergadering"]


def test_a_right_word_gets_the_editor_menu_only(qtbot, hub):
    editor = QPlainTextEdit("De vergadering begint.")
    qtbot.addWidget(editor)
    attach_spelling(editor, hub)
    hub.load_now()
    at = editor.cursorRect(_cursor_at(editor, 6)).center()
    texts = [a.text() for a in editor.findChild(SpellMenu).menu(at).actions()]
    assert "Add to word list" not in texts and texts  # the editor's own copy, paste ...


def test_the_personal_word_list_persists(qtbot, tmp_path, dictionary):
    path = tmp_path / "settings.ini"
    first = SpellingHub(settings_on(path), dictionary.sharing())
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    attach_spelling(editor, first)
    first.load_now()
    editor.setPlainText("Het Passendwijs-overleg.")
    assert underlined(editor) == ["Passendwijs-overleg"]
    menu = editor.findChild(SpellMenu).menu(editor.cursorRect(_cursor_at(editor, 6)).center())
    next(a for a in menu.actions() if a.text() == "Add to word list").trigger()
    assert underlined(editor) == []
    # Another run of the app: a new hub over the same settings file knows the word.
    again = settings_on(path)
    assert again.personal_words == ["Passendwijs-overleg"]
    later = SpellingHub(again, dictionary.sharing(again.personal_words))
    assert later.checker.misspelled("Het Passendwijs-overleg.") == []


def test_ignore_lasts_for_the_session_only(qtbot, hub):
    editor = QPlainTextEdit("Een vergaderingg.")
    qtbot.addWidget(editor)
    attach_spelling(editor, hub)
    hub.load_now()
    menu = editor.findChild(SpellMenu).menu(editor.cursorRect(_cursor_at(editor, 6)).center())
    next(a for a in menu.actions() if a.text() == "Ignore").trigger()
    assert underlined(editor) == []
    assert hub.settings.personal_words == []


def test_switching_off_removes_the_underline_and_on_brings_it_back(qtbot, hub):
    editor = QTextEdit()
    qtbot.addWidget(editor)
    attach_spelling(editor, hub)
    hub.load_now()
    editor.setPlainText("Een vergaderingg.")
    assert underlined(editor) == ["vergaderingg"]
    hub.set_enabled(False)
    assert underlined(editor) == [] and hub.settings.spelling is False
    hub.set_enabled(True)
    assert underlined(editor) == ["vergaderingg"]


def test_missing_dictionary_is_spelling_off(qtbot, tmp_path):
    hub = SpellingHub(settings_on(tmp_path / "s.ini"), SpellChecker(folder=tmp_path))
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    attach_spelling(editor, hub)
    editor.setPlainText("Een vergaderingg.")
    assert not hub.enabled and hub.load_now() is False
    assert underlined(editor) == []


def test_the_first_focus_reads_the_dictionary_in_the_background(qtbot, tmp_path):
    hub = SpellingHub(settings_on(tmp_path / "s.ini"), SpellChecker())
    editor = QPlainTextEdit("Een vergaderingg.")
    qtbot.addWidget(editor)
    attach_spelling(editor, hub)
    editor.show()
    assert not hub.checker.loaded and underlined(editor) == []  # not needed yet
    with qtbot.waitSignal(hub.changed, timeout=30_000):
        editor.setFocus()
        qtbot.waitUntil(editor.hasFocus)
    assert hub.checker.loaded
    assert underlined(editor) == ["vergaderingg"]


def _cursor_at(editor, position: int) -> QTextCursor:
    cursor = QTextCursor(editor.document())
    cursor.setPosition(position)
    return cursor


@pytest.mark.parametrize("kind", [QPlainTextEdit, QTextEdit])
def test_the_word_being_typed_is_underlined_once_the_cursor_leaves_it(qtbot, hub, kind):
    editor = kind()
    qtbot.addWidget(editor)
    attach_spelling(editor, hub)
    hub.load_now()
    editor.show()
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    qtbot.keyClicks(editor, "Een vergaderingg")
    assert underlined(editor) == []  # still typing it: it may become a right word
    qtbot.keyClicks(editor, " en een besluitt")
    assert underlined(editor) == ["vergaderingg"]
    qtbot.keyClick(editor, Qt.Key.Key_Home)  # moving away without typing
    assert underlined(editor) == ["vergaderingg", "besluitt"]
    qtbot.keyClick(editor, Qt.Key.Key_End)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "nog een actiepuntt")
    assert underlined(editor) == ["vergaderingg", "besluitt"]
    other = QPlainTextEdit()
    qtbot.addWidget(other)
    other.show()
    other.setFocus()  # leaving the field
    qtbot.waitUntil(lambda: not editor.hasFocus())
    assert underlined(editor) == ["vergaderingg", "besluitt", "actiepuntt"]


def test_the_mouse_menu_is_watched_from_the_first_hover_not_from_the_start(qtbot, hub):
    """The viewport's filter comes with the first hover or focus: asking Qt for the
    viewport at start makes PySide load every widget class (issue 17)."""
    from PySide6.QtCore import QEvent, QPoint
    from PySide6.QtGui import QContextMenuEvent
    from PySide6.QtWidgets import QApplication

    editor = QPlainTextEdit("Een vergaderingg.")
    qtbot.addWidget(editor)
    attach_spelling(editor, hub)
    hub.load_now()
    spell = editor.findChild(SpellMenu)
    assert not spell.watching_viewport
    QApplication.sendEvent(editor, QEvent(QEvent.Type.Enter))
    assert spell.watching_viewport
    shown = []

    class Menu:
        def exec(self, _at):
            shown.append(True)

        def deleteLater(self):  # noqa: N802 (Qt naming)
            pass

    spell.menu = lambda at: Menu()
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, QPoint(5, 5), QPoint(5, 5))
    assert QApplication.sendEvent(editor.viewport(), event)
    assert shown == [True]
