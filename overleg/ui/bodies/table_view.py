"""A read-only, row-selecting table as every list on this screen uses it."""

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from overleg.ui.common.whole_text_tips import show_whole_text_on_hover

MAX_COLUMN_CHARS = 28  # a long function or e-mail address is cut, never the name column
FIT_ROWS = 60  # rows read to fit a column to its contents


def record_table(model: QAbstractItemModel, stretch: int, *, wrap: bool = False
                 ) -> QTableView:
    """A table whose `stretch` column takes the room left by the others, which fit their
    contents, up to MAX_COLUMN_CHARS wide where the room is short (hovering shows the
    whole text, the detail too, or with `wrap` the rows grow to show a few long texts)."""
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.setWordWrap(wrap)
    show_whole_text_on_hover(table)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    if wrap:
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header = table.horizontalHeader()
    # Fitting a column reads this many rows, not all (Qt's default is 1,000).
    header.setResizeContentsPrecision(FIT_ROWS)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    model.modelReset.connect(lambda: fit_columns(table, stretch))
    _RefitOnResize(table, stretch)
    fit_columns(table, stretch)
    return table


def fit_columns(table: QTableView, stretch: int) -> None:
    """Each column as wide as its contents; capped only when the table is too narrow
    for them all and the stretch column's own text."""
    columns = [c for c in range(table.model().columnCount())
               if c != stretch and not table.isColumnHidden(c)]
    for column in columns:
        table.resizeColumnToContents(column)
    room = table.viewport().width() - table.sizeHintForColumn(stretch)
    if sum(table.columnWidth(c) for c in columns) <= room:
        return
    cap = table.fontMetrics().averageCharWidth() * MAX_COLUMN_CHARS
    for column in columns:
        table.setColumnWidth(column, min(table.columnWidth(column), cap))


class _RefitOnResize(QObject):
    """A wider window gives long functions and addresses their room back."""

    def __init__(self, table: QTableView, stretch: int) -> None:
        super().__init__(table)
        self.table, self.stretch, self.width = table, stretch, -1
        table.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt)
        if event.type() == QEvent.Type.Resize and self.table.viewport().width() != self.width:
            self.width = self.table.viewport().width()
            fit_columns(self.table, self.stretch)
        return False


def on_key(table: QTableView, key: Qt.Key, slot: Callable[[], object]) -> QShortcut:
    """A key that acts on the current row while the table has focus (Enter edits)."""
    shortcut = QShortcut(QKeySequence(key), table)
    shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
    shortcut.activated.connect(slot)
    return shortcut
