"""The returning points as a list model: one row per suggestion, no widget per row, and
rows handed to the view a page at a time (canFetchMore/fetchMore). A coming meeting of a
large archive can have thousands of returning points; the screen shows six."""

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex

PAGE = 100  # rows given to the view per fetch: a few screens' worth


class SuggestionModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list = []  # Suggestion (proposals_panel), each with .label and .tip
        self.shown = 0

    def load(self, rows: list) -> None:
        self.beginResetModel()
        self.rows = rows
        self.shown = min(len(rows), PAGE)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self.shown

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and self.shown < len(self.rows)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802, B008
        if not self.canFetchMore(parent):
            return
        more = min(len(self.rows), self.shown + PAGE)
        self.beginInsertRows(QModelIndex(), self.shown, more - 1)
        self.shown = more
        self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < self.shown:
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return row.label
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.tip
        return None
