"""A read-only, row-selecting table as every list on this screen uses it."""

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

MAX_COLUMN_CHARS = 28  # a long function or e-mail address is cut, never the name column
FIT_ROWS = 60  # rows read to fit a column to its contents


def record_table(model: QAbstractItemModel, stretch: int, *, wrap: bool = False
                 ) -> QTableView:
    """A table whose `stretch` column takes the room left by the others, which fit their
    contents up to MAX_COLUMN_CHARS wide (the tooltip or the detail shows the rest, or
    with `wrap` the rows grow to show all of a few long texts)."""
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.setWordWrap(wrap)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    if wrap:
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header = table.horizontalHeader()
    # Fitting a column reads this many rows, not all (Qt's default is 1,000).
    header.setResizeContentsPrecision(FIT_ROWS)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    model.modelReset.connect(lambda: fit_columns(table, stretch))
    fit_columns(table, stretch)
    return table


def fit_columns(table: QTableView, stretch: int) -> None:
    cap = table.fontMetrics().averageCharWidth() * MAX_COLUMN_CHARS
    for column in range(table.model().columnCount()):
        if column != stretch:
            table.resizeColumnToContents(column)
            table.setColumnWidth(column, min(table.columnWidth(column), cap))


def on_key(table: QTableView, key: Qt.Key, slot: Callable[[], object]) -> QShortcut:
    """A key that acts on the current row while the table has focus (Enter edits)."""
    shortcut = QShortcut(QKeySequence(key), table)
    shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
    shortcut.activated.connect(slot)
    return shortcut
