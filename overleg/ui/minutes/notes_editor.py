"""The notes of the current item, saved while typing: after a short pause, at the latest
MAX_WAIT_MS after the first unsaved keystroke (a secretary typing on never pauses), when the
field loses focus and when another item is shown. A crash loses at most two seconds of typing.

Rich notes, as secretaries write them (stored as the domain's Markdown, see
overleg.domain.rich_text): Ctrl+B bold, Ctrl+I italic, Ctrl+Shift+L bullets and
Ctrl+Shift+O a numbered list for the chosen lines (or off again), '- ' or '1. ' at the
start of a line starts a list, Tab and Shift+Tab move an item a level in or out, Enter
on an empty item ends the list, Ctrl+K makes a link. The Word minutes print real lists."""

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QTextEdit, QWidget

from overleg.domain.rich_text import Kind, safe_url
from overleg.ui.common.spell_check import attach_spelling
from overleg.ui.minutes import rich_document, rich_editing
from overleg.ui.minutes.minutes_session import MinutesSession

DEBOUNCE_MS = 600
# Below two seconds, so that the save itself still fits in the two seconds a crash may cost.
MAX_WAIT_MS = 1500
BOLD_KEY, ITALIC_KEY = QKeySequence("Ctrl+B"), QKeySequence("Ctrl+I")
BULLETS_KEY, NUMBERS_KEY = QKeySequence("Ctrl+Shift+L"), QKeySequence("Ctrl+Shift+O")
LINK_KEY = QKeySequence("Ctrl+K")
_OWN_KEYS = (BOLD_KEY, ITALIC_KEY, BULLETS_KEY, NUMBERS_KEY, LINK_KEY)
_RETURN = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class NotesEditor(QTextEdit):
    def __init__(self, session: MinutesSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.item_id: int | None = None
        self.saved_text = ""
        self.shown = ""  # the Markdown of the document as loaded: unchanged is not saved
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
        self.setAcceptRichText(False)  # pasted text comes in as text, never as HTML
        self.setPlaceholderText(self.tr("What was said, in a few sentences"))
        # Adopted minutes look like paper, not like a field waiting for input.
        self.setStyleSheet("QTextEdit:read-only { background: palette(window); }")
        attach_spelling(self)

    def show_item(self, item_id: int | None, text: str) -> None:
        self.flush()
        self.end_burst()
        self.item_id, self.saved_text = item_id, text
        self.blockSignals(True)
        rich_document.load(self.document(), text)
        self.blockSignals(False)
        self.shown = self.markdown()

    def markdown(self) -> str:
        """The notes as stored: the domain's Markdown."""
        return rich_document.markdown(self.document())

    def flush(self) -> None:
        self.timer.stop()
        self.max_wait.stop()
        if self.item_id is None or self.isReadOnly():
            return
        text = self.markdown()
        if text in (self.saved_text, self.shown):
            return
        if self.session.save_notes(self.item_id, self.saved_text, text, self.burst):
            self.saved_text = self.shown = text

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

    # -- formatting -------------------------------------------------------------------------

    def toggle_bold(self) -> None:
        rich_editing.toggle_bold(self)

    def toggle_italic(self) -> None:
        rich_editing.toggle_italic(self)

    def toggle_bullets(self) -> None:
        rich_editing.toggle_list(self, Kind.BULLET)

    def toggle_numbers(self) -> None:
        rich_editing.toggle_list(self, Kind.NUMBER)

    def ask_link(self) -> None:
        """The address of a link over the chosen text; only web and mail addresses."""
        chosen = self.textCursor().selectedText()
        url = self.session.prompts.ask_text(
            self.tr("Link"), self.tr("Web address (https://…) or mailto: address"),
            chosen if safe_url(chosen) else "https://")
        if not url or url.strip() == "https://":
            return
        if not safe_url(url.strip()):
            self.session.prompts.error(self.tr(
                "Only addresses starting with http://, https:// or mailto: can be links."))
            return
        rich_editing.set_link(self, url.strip())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt naming)
        if not self.isReadOnly():
            key = QKeySequence(event.keyCombination())
            action = {BOLD_KEY: self.toggle_bold, ITALIC_KEY: self.toggle_italic,
                      BULLETS_KEY: self.toggle_bullets, NUMBERS_KEY: self.toggle_numbers,
                      LINK_KEY: self.ask_link}.get(key)
            if action is not None:
                action()
                return
            plain = event.modifiers() in (Qt.KeyboardModifier.NoModifier,
                                          Qt.KeyboardModifier.KeypadModifier)
            if event.key() in _RETURN and plain and rich_editing.end_empty_item(self):
                return
            if event.key() in _RETURN and event.modifiers() & \
                    Qt.KeyboardModifier.ShiftModifier:  # no line break within a paragraph
                self.textCursor().insertBlock()
                return
            if event.key() == Qt.Key.Key_Space and plain and rich_editing.auto_list(self):
                return
        super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            # Let Ctrl+Z / Ctrl+Shift+Z reach the view's undo actions.
            if event.matches(QKeySequence.StandardKey.Undo) \
                    or event.matches(QKeySequence.StandardKey.Redo) \
                    or QKeySequence(event.keyCombination()) == QKeySequence("Ctrl+Shift+Z"):
                event.ignore()
                return True
            if QKeySequence(event.keyCombination()) in _OWN_KEYS:  # ours, not the window's
                event.accept()
                return True
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and not self.isReadOnly() and event.key() in (Qt.Key.Key_Tab,
                                                              Qt.Key.Key_Backtab) \
                and not event.modifiers() & (Qt.KeyboardModifier.ControlModifier
                                             | Qt.KeyboardModifier.AltModifier):
            # Tab on a list item moves it a level in (Shift+Tab out); elsewhere Tab moves
            # on to the next field.
            back = event.key() == Qt.Key.Key_Backtab or \
                bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            if rich_editing.change_level(self, -1 if back else 1):
                return True
        return super().event(event)
