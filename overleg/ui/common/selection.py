"""Bringing a record's row into view in a table or tree: current, whole row selected,
scrolled to. Every list that opens a record from elsewhere does it the same way."""

from PySide6.QtCore import QItemSelectionModel, QModelIndex
from PySide6.QtWidgets import QAbstractItemView, QTableView

_ROW = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows


def select_index(view: QAbstractItemView, index: QModelIndex) -> None:
    """Make `index` current with its whole row selected, and scroll it into view."""
    view.selectionModel().setCurrentIndex(index, _ROW)
    view.scrollTo(index)


def select_row(table: QTableView, row: int | None, *, or_first: bool = False) -> None:
    """Make `row` current (or the first row when asked and `row` is gone)."""
    if row is None and or_first and table.model().rowCount():
        row = 0
    if row is None:
        table.selectionModel().clearCurrentIndex()
        return
    select_index(table, table.model().index(row, 0))
