"""The notes of the current item, saved while typing: after a short pause, when the field
loses focus and when another item is shown. A crash loses at most the last keystrokes."""

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from overleg.ui.minutes.minutes_session import MinutesSession

DEBOUNCE_MS = 600


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
        self.textChanged.connect(self._typed)
        # One undo history for the whole view (the view's Ctrl+Z), not a second one here.
        self.setUndoRedoEnabled(False)
        self.setTabChangesFocus(True)
        self.setPlaceholderText(self.tr("What was said, in a few sentences"))
        # Adopted minutes look like paper, not like a field waiting for input.
        self.setStyleSheet("QPlainTextEdit:read-only { background: palette(window); }")

    def show_item(self, item_id: int | None, text: str) -> None:
        self.flush()
        self.end_burst()
        self.item_id, self.saved_text = item_id, text
        self.blockSignals(True)
        self.setPlainText(text)
        self.blockSignals(False)

    def flush(self) -> None:
        self.timer.stop()
        text = self.toPlainText()
        if self.item_id is None or self.isReadOnly() or text == self.saved_text:
            return
        if self.session.save_notes(self.item_id, self.saved_text, text, self.burst):
            self.saved_text = text

    def end_burst(self) -> None:
        self.burst += 1

    def _typed(self) -> None:
        self.timer.start()

    def focusOutEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        self.flush()
        self.end_burst()
        super().focusOutEvent(event)

    def event(self, event: QEvent) -> bool:
        # Let Ctrl+Z / Ctrl+Shift+Z reach the view's undo actions.
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) \
                and (event.matches(QKeySequence.StandardKey.Undo)
                     or event.matches(QKeySequence.StandardKey.Redo)
                     or QKeySequence(event.keyCombination()) == QKeySequence("Ctrl+Shift+Z")):
            event.ignore()
            return True
        return super().event(event)
