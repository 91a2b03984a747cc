"""Every question the interface asks a user goes through this small interface, so tests
answer them with a scripted fake instead of clicking real dialogs."""

from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget


class Prompts(Protocol):
    def error(self, message: str) -> None: ...
    def info(self, message: str) -> None: ...
    def confirm(self, question: str) -> bool: ...
    def ask_text(self, title: str, label: str, default: str = "",
                 multiline: bool = False) -> str | None: ...
    def choose(self, title: str, label: str, options: Sequence[str]) -> int | None: ...
    def open_file(self, title: str, filters: str) -> Path | None: ...
    def save_file(self, title: str, filters: str, suggested: str = "") -> Path | None: ...


class QtPrompts:
    """The real dialogs, parented to a window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent

    def error(self, message: str) -> None:
        QMessageBox.warning(self.parent, "Overleg", message)

    def info(self, message: str) -> None:
        QMessageBox.information(self.parent, "Overleg", message)

    def confirm(self, question: str) -> bool:
        answer = QMessageBox.question(self.parent, "Overleg", question)
        return answer == QMessageBox.StandardButton.Yes

    def ask_text(self, title: str, label: str, default: str = "",
                 multiline: bool = False) -> str | None:
        if multiline:
            text, ok = QInputDialog.getMultiLineText(self.parent, title, label, default)
        else:
            text, ok = QInputDialog.getText(self.parent, title, label, text=default)
        return text if ok else None

    def choose(self, title: str, label: str, options: Sequence[str]) -> int | None:
        if not options:
            return None
        text, ok = QInputDialog.getItem(self.parent, title, label, list(options), 0, False)
        return list(options).index(text) if ok else None

    def open_file(self, title: str, filters: str) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(self.parent, title, "", filters)
        return Path(name) if name else None

    def save_file(self, title: str, filters: str, suggested: str = "") -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self.parent, title, suggested, filters)
        return Path(name) if name else None
