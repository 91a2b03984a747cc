"""Spell checking in a text field: attach_spelling(editor) on any QPlainTextEdit or
QTextEdit (plain or rich) underlines misspelt words with a red wavy line, and its
right-click menu starts with up to five suggestions, "Add to word list" and "Ignore".

Works through editor.document(), so the field keeps its own behaviour, formats and
context menu; the checking itself is services/spelling.py, shared via SpellingHub."""

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QColor, QContextMenuEvent, QSyntaxHighlighter
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QTextEdit

from overleg.ui.common.spelling_hub import SpellingHub

if TYPE_CHECKING:  # PySide makes these types when first imported: some 6 ms at start-up,
    # for the first word underlined or the first spelling menu
    from PySide6.QtGui import QTextCharFormat, QTextCursor

Editor = QPlainTextEdit | QTextEdit


def misspelt_format() -> "QTextCharFormat":
    from PySide6.QtGui import QTextCharFormat

    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
    fmt.setUnderlineColor(QColor(Qt.GlobalColor.red))
    return fmt


class SpellHighlighter(QSyntaxHighlighter):
    """Underlines misspelt words, except the one being typed: no red line flickering
    under every half-typed word; it comes when the cursor leaves the word."""

    def __init__(self, editor: Editor, hub: SpellingHub) -> None:
        super().__init__(editor.document())
        self.editor, self.hub = editor, hub
        self.misspelt: QTextCharFormat | None = None  # made for the first word underlined
        self.held: tuple[int, int, int] | None = None  # (block, start, end) not underlined
        hub.changed.connect(self.rehighlight)
        editor.cursorPositionChanged.connect(self.release_if_left)

    def highlightBlock(self, text: str) -> None:  # noqa: N802 (Qt naming)
        if not self.hub.active:
            return
        block = self.currentBlock()
        cursor = self.editor.textCursor()
        typing = self.editor.hasFocus() and cursor.block() == block
        if self.held is not None and self.held[0] == block.blockNumber():
            self.held = None
        for start, length in self.hub.current().misspelled(text):
            if typing and start < cursor.positionInBlock() <= start + length:
                self.held = (block.blockNumber(), start, start + length)
                continue
            if self.misspelt is None:
                self.misspelt = misspelt_format()
            self.setFormat(start, length, self.misspelt)

    def release_if_left(self) -> None:
        """Underlines the held word once the cursor has left it (or the field)."""
        if self.held is None:
            return
        number, start, end = self.held
        cursor = self.editor.textCursor()
        if cursor.blockNumber() != number or not start < cursor.positionInBlock() <= end \
                or not self.editor.hasFocus():
            block = self.document().findBlockByNumber(number)
            if block.isValid():
                self.rehighlightBlock(block)
            else:
                self.held = None


class SpellMenu(QObject):
    """Puts the spelling entries at the top of the field's own context menu."""

    def __init__(self, editor: Editor, hub: SpellingHub,
                 highlighter: SpellHighlighter) -> None:
        super().__init__(editor)
        self.editor, self.hub, self.highlighter = editor, hub, highlighter
        self.watching_viewport = False
        editor.installEventFilter(self)  # the keyboard's menu key and focus

    def watch_viewport(self) -> None:
        """The mouse's menu goes to the viewport: watched from the first hover or focus,
        not from the start (the first viewport() asked of Qt makes PySide load every
        widget class it has, some 70 ms at start-up)."""
        if not self.watching_viewport:
            self.watching_viewport = True
            self.editor.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt naming)
        if event.type() in (QEvent.Type.FocusIn, QEvent.Type.Enter) and \
                watched is self.editor:
            self.watch_viewport()
        if event.type() == QEvent.Type.FocusIn:
            self.hub.need()
        elif event.type() == QEvent.Type.FocusOut and self.highlighter.held is not None:
            self.highlighter.release_if_left()
        elif event.type() == QEvent.Type.ContextMenu and isinstance(event, QContextMenuEvent) \
                and self.hub.active:
            at = event.pos() if watched is self.editor.viewport() else \
                self.editor.cursorRect().center()
            menu = self.menu(at)
            menu.exec(event.globalPos())
            menu.deleteLater()
            return True
        return False

    def menu(self, at: QPoint) -> QMenu:
        """The field's own menu, with the spelling of the word at `at` (in viewport
        coordinates) above it when that word is misspelt."""
        menu = self.editor.createStandardContextMenu(at)
        cursor = self.word_at(at)
        if cursor is None:
            return menu
        word = cursor.selectedText()
        first = menu.actions()[0] if menu.actions() else None
        entries = []
        if not self.editor.isReadOnly():
            for suggestion in self.hub.checker.suggestions(word):
                action = menu.addAction(suggestion)
                action.triggered.connect(
                    lambda _=False, s=suggestion, c=cursor: self.replace(c, s))
                entries.append(action)
            if not entries:
                none = menu.addAction(self.tr("(no suggestions)"))
                none.setEnabled(False)
                entries.append(none)
        add = menu.addAction(self.tr("Add to word list"))
        add.triggered.connect(lambda _=False: self.hub.add_to_word_list(word))
        ignore = menu.addAction(self.tr("Ignore"))
        ignore.triggered.connect(lambda _=False: self.hub.ignore(word))
        entries += [add, ignore]
        if first is not None:
            for action in entries:
                menu.insertAction(first, action)
            menu.insertSeparator(first)
        return menu

    def word_at(self, at: QPoint) -> "QTextCursor | None":
        """A cursor selecting the misspelt word at `at`, or None."""
        from PySide6.QtGui import QTextCursor

        cursor = self.editor.cursorForPosition(at)
        block, offset = cursor.block(), cursor.positionInBlock()
        for start, length in self.hub.checker.misspelled(block.text()):
            if start <= offset <= start + length:
                word = QTextCursor(block)
                word.setPosition(block.position() + start)
                word.setPosition(block.position() + start + length,
                                 QTextCursor.MoveMode.KeepAnchor)
                return word
        return None

    def replace(self, cursor: "QTextCursor", suggestion: str) -> None:
        cursor.insertText(suggestion)  # one edit, the field's own undo step
        self.editor.setTextCursor(cursor)


def attach_spelling(editor: Editor, hub: SpellingHub | None = None) -> SpellHighlighter | None:
    """Spell checking in `editor` with the app's hub (or `hub`); nothing when the app
    has none (a test that did not ask for one)."""
    hub = hub or SpellingHub.of_app()
    if hub is None:
        return None
    hub.names_may_differ(underline_again=False)  # it may be built over another file
    highlighter = SpellHighlighter(editor, hub)
    SpellMenu(editor, hub, highlighter)
    return highlighter
