"""Every question the interface asks a user goes through this small interface, so tests
answer them with a scripted fake instead of clicking real dialogs. The Qt dialogs are
imported when first used: their classes and enums cost the start-up some 10 ms."""

from collections.abc import Sequence
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtWidgets import QWidget

from overleg.ui.common.app_settings import AppSettings
from overleg.ui.common.file_folders import (
    FolderFacts,
    documents_folder,
    file_kind,
    start_folder,
)

if TYPE_CHECKING:
    from PySide6.QtWidgets import QInputDialog


class Prompts(Protocol):
    def error(self, message: str) -> None: ...
    def info(self, message: str) -> None: ...
    def confirm(self, question: str) -> bool: ...
    def ask_text(self, title: str, label: str, default: str = "",
                 multiline: bool = False) -> str | None: ...
    def choose(self, title: str, label: str, options: Sequence[str]) -> int | None: ...
    def open_file(self, title: str, filters: str) -> Path | None: ...
    def save_file(self, title: str, filters: str, suggested: str = "") -> Path | None: ...


def input_dialog(parent: QWidget | None, title: str, label: str) -> "QInputDialog":
    from overleg.ui.common.question_dialog import QuestionDialog

    dialog = QuestionDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    return dialog


class QtPrompts:
    """The real dialogs, parented to a window."""

    def __init__(self, parent: QWidget | None = None,
                 settings: AppSettings | None = None) -> None:
        self.parent = parent
        self.settings = settings  # remembers the last folder per kind of file
        # QFileDialog when None; tests give a fake with the same two functions
        self.file_dialogs: Any = None

    def error(self, message: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(self.parent, "Overleg", message)

    def info(self, message: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(self.parent, "Overleg", message)

    def confirm(self, question: str) -> bool:
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(self.parent, "Overleg", question)
        return answer == QMessageBox.StandardButton.Yes

    def ask_text(self, title: str, label: str, default: str = "",
                 multiline: bool = False) -> str | None:
        from PySide6.QtWidgets import QDialog, QInputDialog

        dialog = input_dialog(self.parent, title, label)
        if multiline:
            dialog.setOption(QInputDialog.InputDialogOption.UsePlainTextEditForTextInput)
        dialog.setTextValue(default)
        ok = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        return dialog.textValue() if ok else None

    def choose(self, title: str, label: str, options: Sequence[str]) -> int | None:
        from PySide6.QtWidgets import QDialog

        if not options:
            return None
        dialog = input_dialog(self.parent, title, label)
        dialog.setComboBoxItems(list(options))
        dialog.setComboBoxEditable(False)
        ok = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        return list(options).index(dialog.textValue()) if ok else None

    def open_file(self, title: str, filters: str) -> Path | None:
        kind = file_kind(filters)
        name, _ = self._file_dialogs().getOpenFileName(self.parent, title,
                                                       str(self._start(kind)), filters)
        return self._chosen(kind, name)

    def save_file(self, title: str, filters: str, suggested: str = "") -> Path | None:
        kind = file_kind(filters)
        start = Path(self._start(kind))
        name, _ = self._file_dialogs().getSaveFileName(
            self.parent, title, str(start / suggested if suggested else start), filters)
        return self._chosen(kind, name)

    def _file_dialogs(self) -> Any:
        if self.file_dialogs is None:
            from PySide6.QtWidgets import QFileDialog

            self.file_dialogs = QFileDialog
        return self.file_dialogs

    def _start(self, kind: str) -> PurePath:
        remembered = self.settings.last_folder(kind) if self.settings is not None else None
        return start_folder(FolderFacts(remembered, documents_folder(), Path.home(),
                                        lambda p: Path(p).is_dir()))

    def _chosen(self, kind: str, name: str) -> Path | None:
        if not name:
            return None
        path = Path(name)
        if self.settings is not None:
            self.settings.set_last_folder(kind, path.parent)
        return path
