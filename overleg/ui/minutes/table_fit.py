"""Tables inside the scrolling item page grow with their rows instead of scrolling inside
a scroll area (two nested scroll bars lose the secretary's place)."""

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView


def compact_table(table: QTableView, stretch_column: int, empty: QLabel | None = None) -> None:
    """`empty` is shown instead of the table while it has no rows."""
    table.verticalHeader().hide()
    table.setTabKeyNavigation(False)  # Tab moves on to the next field; arrows move in here
    table.setWordWrap(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setVerticalScrollBarPolicy(table.verticalScrollBarPolicy().ScrollBarAlwaysOff)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    model = table.model()
    for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.dataChanged):
        signal.connect(lambda *_: fit_height(table, empty))
    fit_height(table, empty)


def fit_height(table: QTableView, empty: QLabel | None = None, empty_rows: int = 1) -> None:
    table.resizeRowsToContents()
    rows = table.model().rowCount()
    if empty is not None:
        table.setVisible(rows > 0)
        empty.setVisible(rows == 0)
    header = table.horizontalHeader().sizeHint().height()
    body = sum(table.rowHeight(r) for r in range(rows)) if rows else \
        empty_rows * table.verticalHeader().defaultSectionSize()
    table.setFixedHeight(header + body + 2 * table.frameWidth() + 2)
