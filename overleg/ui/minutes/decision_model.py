"""The decisions taken under one agenda item: the number the service gave and the wording,
which can be edited in place."""

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from overleg.domain.decisions import Decision
from overleg.domain.records import id_of
from overleg.ui.common.row_table_model import RowTableModel

Index = QModelIndex | QPersistentModelIndex
Writer = Callable[[int, str, str], bool]  # decision id, old wording, new wording -> saved?


class DecisionModel(RowTableModel):
    rows: list[Decision]

    def __init__(self, write: Writer, parent=None) -> None:
        super().__init__(parent)
        self.write = write
        self.read_only = False

    def headers(self) -> list[str]:
        return [self.tr("Number"), self.tr("Decision")]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 1 and not self.read_only:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        d = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return d.number if index.column() == 0 else d.text
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 1:
            return d.text
        return None

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or index.column() != 1 \
                or self.read_only or not 0 <= index.row() < len(self.rows):
            return False
        d = self.rows[index.row()]
        new = str(value or "").strip()
        if new == d.text or not self.write(id_of(d), d.text, new):
            return False
        self.rows[index.row()] = replace(d, text=new)
        self.dataChanged.emit(index, index)
        return True
