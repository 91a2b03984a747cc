"""The criteria checklist of one agenda item: a tick per criterion and a remark."""

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from overleg.domain.agenda import CriterionCheck
from overleg.ui.common.row_table_model import RowTableModel

Index = QModelIndex | QPersistentModelIndex
# criterion id, (checked, remark) before, (checked, remark) after -> saved?
Writer = Callable[[int, tuple[bool, str], tuple[bool, str]], bool]


class ChecklistModel(RowTableModel):
    rows: list[CriterionCheck]

    def __init__(self, write: Writer, parent=None) -> None:
        super().__init__(parent)
        self.write = write
        self.read_only = False

    def headers(self) -> list[str]:
        return [self.tr("Criterion"), self.tr("Remark")]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.read_only:
            return base
        if index.column() == 0:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        check = self.rows[index.row()]
        if index.column() == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{check.code}  {check.title}"
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if check.checked else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.ToolTipRole:
                return check.title
        elif role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return check.remark
        return None

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or self.read_only or not 0 <= index.row() < len(self.rows):
            return False
        check = self.rows[index.row()]
        if index.column() == 0 and role == Qt.ItemDataRole.CheckStateRole:
            new = replace(check, checked=Qt.CheckState(value) == Qt.CheckState.Checked)
        elif index.column() == 1 and role == Qt.ItemDataRole.EditRole:
            new = replace(check, remark=" ".join(str(value or "").split()))
        else:
            return False
        if (new.checked, new.remark) == (check.checked, check.remark):
            return False
        if not self.write(check.criterion_id, (check.checked, check.remark),
                          (new.checked, new.remark)):
            return False
        self.rows[index.row()] = new
        self.dataChanged.emit(index, index)
        return True
