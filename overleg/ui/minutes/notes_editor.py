"""The notes of the current item, saved while typing: after a short pause, at the latest
MAX_WAIT_MS after the first unsaved keystroke (a secretary typing on never pauses), when the
field loses focus and when another item is shown. A crash loses at most two seconds of typing.

Bulleted notes, as secretaries write them: Ctrl+Shift+L puts '- ' before the chosen lines
(or takes it away), Enter on a bulleted line starts the next one and Enter on an empty
bullet ends the list. The Word minutes print '- ' lines as real list paragraphs."""

import re

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from overleg.ui.common.spell_check import attach_spelling
from overleg.ui.minutes.minutes_session import MinutesSession

DEBOUNCE_MS = 600
# Below two seconds, so that the save itself still fits in the two seconds a crash may cost.
MAX_WAIT_MS = 1500
BULLET = "- "
_BULLETED = re.compile(r"^(\s*)- ")
BULLETS_KEY = QKeySequence("Ctrl+Shift+L")


class NotesEditor(QPlainTextEdit):
    def __init__(self, session: MinutesSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.item_id: int | None = None
        self.saved_text = ""
        self.burst = 0  # saves within one burst of typing make one undo step
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.flush)
        # Saves while typing goes on; they stay one undo step (same burst), and the audit
        # log records no autosave one by one either way.
        self.max_wait = QTimer(self)
        self.max_wait.setSingleShot(True)
        self.max_wait.setInterval(MAX_WAIT_MS)
        self.max_wait.timeout.connect(self.flush)
        self.textChanged.connect(self._typed)
        # One undo history for the whole view (the view's Ctrl+Z), not a second one here.
        self.setUndoRedoEnabled(False)
        self.setTabChangesFocus(True)
        self.setPlaceholderText(self.tr("What was said, in a few sentences"))
        # Adopted minutes look like paper, not like a field waiting for input.
        self.setStyleSheet("QPlainTextEdit:read-only { background: palette(window); }")
        attach_spelling(self)

    def show_item(self, item_id: int | None, text: str) -> None:
        self.flush()
        self.end_burst()
        self.item_id, self.saved_text = item_id, text
        self.blockSignals(True)
        self.setPlainText(text)
        self.blockSignals(False)

    def flush(self) -> None:
        self.timer.stop()
        self.max_wait.stop()
        text = self.toPlainText()
        if self.item_id is None or self.isReadOnly() or text == self.saved_text:
            return
        if self.session.save_notes(self.item_id, self.saved_text, text, self.burst):
            self.saved_text = text

    def end_burst(self) -> None:
        if self.item_id is not None:
            self.session.end_notes_run(self.item_id, self.burst)
        self.burst += 1

    def _typed(self) -> None:
        self.timer.start()
        if not self.max_wait.isActive():  # started by the first unsaved keystroke only
            self.max_wait.start()

    def focusOutEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        self.flush()
        self.end_burst()
        super().focusOutEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt naming)
        if not self.isReadOnly():
            if QKeySequence(event.keyCombination()) == BULLETS_KEY:
                self.toggle_bullets()
                return
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                    event.modifiers() in (Qt.KeyboardModifier.NoModifier,
                                          Qt.KeyboardModifier.KeypadModifier) and \
                    self._continue_list():
                return
        super().keyPressEvent(event)

    def toggle_bullets(self) -> None:
        """'- ' before every chosen line, or off again when all of them have it."""
        cursor = self.textCursor()
        doc = self.document()
        first = doc.findBlock(cursor.selectionStart())
        last = doc.findBlock(cursor.selectionEnd())
        blocks = [first]
        while blocks[-1] != last and blocks[-1].next().isValid():
            blocks.append(blocks[-1].next())
        remove = all(b.text().startswith(BULLET) for b in blocks)
        cursor.beginEditBlock()
        for block in blocks:
            edit = QTextCursor(block)
            if remove:
                edit.movePosition(QTextCursor.MoveOperation.Right,
                                  QTextCursor.MoveMode.KeepAnchor, len(BULLET))
                edit.removeSelectedText()
            elif not block.text().startswith(BULLET):
                edit.insertText(BULLET)
        cursor.endEditBlock()

    def _continue_list(self) -> bool:
        cursor = self.textCursor()
        if cursor.hasSelection():
            return False
        text = cursor.block().text()
        bulleted = _BULLETED.match(text)
        if bulleted is None:
            return False
        if not text[bulleted.end():].strip():  # Enter on an empty bullet ends the list
            cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock)
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock,
                                QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()
            return True
        cursor.insertText("\n" + bulleted.group(1) + BULLET)
        self.setTextCursor(cursor)
        return True

    def event(self, event: QEvent) -> bool:
        # Let Ctrl+Z / Ctrl+Shift+Z reach the view's undo actions.
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) \
                and (event.matches(QKeySequence.StandardKey.Undo)
                     or event.matches(QKeySequence.StandardKey.Redo)
                     or QKeySequence(event.keyCombination()) == QKeySequence("Ctrl+Shift+Z")):
            event.ignore()
            return True
        return super().event(event)
