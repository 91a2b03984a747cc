"""A read-only table over a list of domain records: subclasses name the columns and say
what each cell shows; `reload` asks the services again and keeps the view still when the
same records come back."""

from collections.abc import Sequence
from typing import Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

R = TypeVar("R")

RecordIdRole = Qt.ItemDataRole.UserRole + 1


class RecordTableModel(QAbstractTableModel, Generic[R]):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[R] = []
        self._columns: int | None = None  # views ask for it per cell; headers() translates

    # -- what subclasses fill in ----------------------------------------------------------

    def headers(self) -> Sequence[str]:
        raise NotImplementedError

    def fetch(self) -> list[R]:
        raise NotImplementedError

    def cell(self, record: R, column: int) -> str:
        raise NotImplementedError

    def tooltip(self, record: R, column: int) -> str | None:
        return None

    # -- the model --------------------------------------------------------------------------

    def reload(self) -> None:
        rows = self.fetch()
        if rows and [_key(r) for r in rows] == [_key(r) for r in self.rows]:
            self.rows = rows  # same records, maybe edited: repaint without losing selection
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(rows) - 1, self.columnCount() - 1))
            return
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def record_at(self, row: int) -> R | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def row_of(self, record_id: int | None) -> int | None:
        return next((n for n, r in enumerate(self.rows) if _key(r) == record_id), None)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:  # noqa: N802 (Qt naming)
        return 0 if parent is not None and parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:  # noqa: N802
        if parent is not None and parent.isValid():
            return 0
        if self._columns is None:
            self._columns = len(self.headers())
        return self._columns

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        headers = self.headers()
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(headers)):
            return headers[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        record = self.record_at(index.row()) if index.isValid() else None
        if record is None or not 0 <= index.column() < self.columnCount():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(record, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(record, index.column())
        if role == RecordIdRole:
            return _key(record)
        return None


def _key(record) -> object:
    """Records are told apart by their database id (a tuple's last part for pairs)."""
    if isinstance(record, tuple):
        return _key(record[-1])
    return getattr(record, "id", None)
