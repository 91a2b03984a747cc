"""The decisions taken under one agenda item: the number the service gave and the wording,
which can be edited in place."""

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from overleg.domain.decisions import Decision

Index = QModelIndex | QPersistentModelIndex
Writer = Callable[[int, str, str], bool]  # decision id, old wording, new wording -> saved?


class DecisionModel(QAbstractTableModel):
    def __init__(self, write: Writer, parent=None) -> None:
        super().__init__(parent)
        self.write = write
        self.decisions: list[Decision] = []
        self.read_only = False

    def load(self, decisions: list[Decision]) -> None:
        self.beginResetModel()
        self.decisions = list(decisions)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.decisions)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 2

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and section in (0, 1):
            return [self.tr("Number"), self.tr("Decision")][section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 1 and not self.read_only:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.decisions):
            return None
        d = self.decisions[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return d.number if index.column() == 0 else d.text
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 1:
            return d.text
        return None

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or index.column() != 1 \
                or self.read_only or not 0 <= index.row() < len(self.decisions):
            return False
        d = self.decisions[index.row()]
        new = str(value or "").strip()
        if new == d.text or not self.write(d.id, d.text, new):  # type: ignore[arg-type]
            return False
        self.decisions[index.row()] = replace(d, text=new)
        self.dataChanged.emit(index, index)
        return True
