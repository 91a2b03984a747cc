"""The returning points as a list model: one row per suggestion, no widget per row, and
rows read a page at a time as the view scrolls (canFetchMore/fetchMore). A coming meeting
of a large archive can have thousands of returning points; the screen shows six."""

from collections.abc import Callable

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex

PAGE = 50  # rows read per fetch: several times the six the panel shows

# (offset, how many or None for all) -> the rows from there: Suggestion (proposals_panel),
# each with .label and .tip
Fetch = Callable[[int, int | None], list]


class SuggestionModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list = []  # read so far
        self.total = 0
        self._fetch: Fetch = lambda offset, limit: []

    def load(self, first: list, total: int, fetch: Fetch) -> None:
        """The first rows, how many there are in all, and how to read the others."""
        self.beginResetModel()
        self.rows, self.total, self._fetch = list(first), max(total, len(first)), fetch
        self.endResetModel()

    def fetch_all(self) -> list:
        if self.canFetchMore():
            self._append(None)
        return list(self.rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802, B008
        if self.canFetchMore(parent):
            self._append(PAGE)

    def _append(self, limit: int | None) -> None:
        more = self._fetch(len(self.rows), limit)
        if len(more) < (limit or self.total - len(self.rows)):
            self.total = len(self.rows) + len(more)  # fewer than counted: stop asking
        if more:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
            self.rows.extend(more)
            self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return row.label
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.tip
        return None
