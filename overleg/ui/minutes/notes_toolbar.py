"""The small row of formatting buttons above the notes: bold, italic, bulleted and
numbered list, link. The keys do the same (see notes_editor); the buttons take no focus,
so Tab goes from the notes to the next field as before."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton, QWidget

from overleg.ui.common.layout import hbox
from overleg.ui.minutes.notes_editor import NotesEditor


class NotesToolbar(QWidget):
    def __init__(self, editor: NotesEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.bold = self._button(self.tr("Bold"), self.tr("Bold (Ctrl+B)"),
                                 editor.toggle_bold)
        font = self.bold.font()
        font.setBold(True)
        self.bold.setFont(font)
        self.italic = self._button(self.tr("Italic"), self.tr("Italic (Ctrl+I)"),
                                   editor.toggle_italic)
        font = self.italic.font()
        font.setItalic(True)
        self.italic.setFont(font)
        self.bullets = self._button(self.tr("• List"), self.tr(
            "Bulleted list (Ctrl+Shift+L, or '- ' at the start of a line; Tab a level in)"),
            editor.toggle_bullets)
        self.bullets.setAccessibleName(self.tr("Bulleted list"))
        self.numbers = self._button(self.tr("1. List"), self.tr(
            "Numbered list (Ctrl+Shift+O, or '1. ' at the start of a line; Tab a level in)"),
            editor.toggle_numbers)
        self.numbers.setAccessibleName(self.tr("Numbered list"))
        self.link = self._button(self.tr("Link"), self.tr("Link (Ctrl+K)"), editor.ask_link)
        layout = hbox(self.bold, self.italic, self.bullets, self.numbers, self.link)
        layout.addStretch(1)
        self.setLayout(layout)

    def _button(self, text: str, tip: str, do) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(text)
        button.setAccessibleDescription(tip)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setAutoRaise(True)
        button.clicked.connect(lambda: self._do(do))
        return button

    def _do(self, do) -> None:
        do()
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_read_only(self, read_only: bool) -> None:
        self.setEnabled(not read_only)

