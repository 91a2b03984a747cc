"""The backups of a database, newest first, with 'Back up now' and 'Restore…'.

Two ways in: `RestoreDialog.for_services(services, prompts)` from the File menu of an open
database, and `RestoreDialog.for_problem(env, path, problem, prompts)` when a file would
not open (its backups offered in its place). After a restore `restored` is emitted with
the file's path, so the window reloads."""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QWidget,
)

from overleg.domain.dutch_dates import short_date
from overleg.services.backup_service import BackupInfo, FileProblem
from overleg.services.container import Services
from overleg.ui.common.guard import guarded
from overleg.ui.common.layout import vbox
from overleg.ui.common.row_table_model import RowTableModel
from overleg.ui.common.window_title import fit_title
from overleg.ui.prompts import Prompts

Index = QModelIndex | QPersistentModelIndex
PATH_ROLE = Qt.ItemDataRole.UserRole


class BackupTableModel(RowTableModel):
    """Backups as rows: when, what kind, size, file name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kinds = {"auto": self.tr("automatic"), "handmatig": self.tr("by hand"),
                      "voor-herstel": self.tr("before a restore")}

    def headers(self) -> list[str]:
        return [self.tr("Taken on"), self.tr("Kind"), self.tr("Size"), self.tr("File")]

    def set_backups(self, rows: list[BackupInfo]) -> None:
        self.load(rows)

    @property
    def backups(self) -> list[BackupInfo]:
        return self.rows

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        b = self.rows[index.row()]
        if role == PATH_ROLE:
            return str(b.path)
        if role == Qt.ItemDataRole.DisplayRole:
            return [f"{short_date(b.taken_at.date())} {b.taken_at:%H.%M}",
                    self.kinds.get(b.kind, b.kind), f"{max(1, b.size // 1024)} kB",
                    b.path.name][index.column()]
        return None



class RestoreDialog(QDialog):
    restored = Signal(str)

    def __init__(self, list_backups: Callable[[], list[BackupInfo]],
                 restore: Callable[[Path], Path | None], prompts: Prompts, *,
                 backup_now: Callable[[], Path] | None = None, message: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._list, self._restore, self._backup_now = list_backups, restore, backup_now
        self.prompts = prompts
        self.path: Path | None = None  # the database restored into (for_problem sets it)
        self.setWindowTitle(self.tr("Backups"))
        fit_title(self)
        self.resize(680, 380)
        self.message = QLabel(message or self.tr(
            "Overleg keeps a copy of this database every day it is opened (the last ten). "
            "Restoring a copy first keeps the current content as a copy too."))
        self.message.setWordWrap(True)
        self.model = BackupTableModel(self)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.doubleClicked.connect(lambda _index: self.restore_selected())
        self.backup_button = QPushButton(self.tr("Back up &now"))
        self.backup_button.clicked.connect(self.make_backup)
        self.restore_button = QPushButton(self.tr("&Restore…"))
        self.restore_button.clicked.connect(self.restore_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.addButton(self.backup_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.backup_button.setVisible(backup_now is not None)  # after the box showed it
        self.setLayout(vbox(self.message, self.table, buttons))
        self.reload()

    @classmethod
    def for_services(cls, services: Services, prompts: Prompts,
                     parent: QWidget | None = None) -> "RestoreDialog":
        return cls(services.backups.backups, services.backups.restore, prompts,
                   backup_now=services.backups.backup_now, parent=parent)

    @classmethod
    def for_problem(cls, env, path: Path, problem: FileProblem, prompts: Prompts,
                    parent: QWidget | None = None) -> "RestoreDialog":
        """`env` is the app's Environment (its `restore(path, backup)` is used)."""
        dialog = cls(lambda: problem.backups, lambda backup: env.restore(path, backup),
                     prompts, parent=parent, message=problem.message)
        dialog.path = path
        return dialog

    def reload(self) -> None:
        self.model.set_backups(self._list())
        if self.model.rowCount():
            self.table.selectRow(0)
        self.restore_button.setEnabled(self.model.rowCount() > 0)

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.backups[rows[0].row()] if rows else None

    def make_backup(self) -> None:
        if self._backup_now is None:
            return
        made = guarded(self.prompts, self._backup_now)
        if made is not None:
            self.prompts.info(self.tr("A backup was made: %1").replace("%1", str(made)))
            self.reload()

    def restore_selected(self) -> None:
        backup = self.selected()
        if backup is None:
            return
        when = f"{short_date(backup.taken_at.date())} {backup.taken_at:%H.%M}"
        if not self.prompts.confirm(self.tr(
                "Restore the backup of %1? Everything changed since then is replaced; the "
                "current content is first kept as a backup.").replace("%1", when)):
            return
        done = guarded(self.prompts, lambda: (self._restore(backup.path),))
        if done is None:
            return
        kept = done[0]
        text = self.tr("The backup of %1 is back.").replace("%1", when)
        if kept is not None:
            text += " " + self.tr("The previous content was kept as %1.").replace(
                "%1", str(kept))
        self.prompts.info(text)
        self.restored.emit(str(backup.path))
        self.accept()
