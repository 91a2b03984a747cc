"""The agenda as a table: rows dragged to reorder, the title taking the room the short
columns leave. A long 'Inbreng' is elided (whole on hover) rather than squeeze the title.

The short columns are sized to their texts (ui/common/column_fit.py, from the texts the
model made once per load), not by Qt's ResizeToContents: that asks the model for every
role of every cell, thousands of calls into Python each time a meeting opens."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from overleg.ui.agenda import agenda_model as cols
from overleg.ui.agenda.agenda_model import AgendaModel
from overleg.ui.common.column_fit import fit_columns
from overleg.ui.common.whole_text_tips import show_whole_text_on_hover

PRESENTER_CHARS = 20  # the presenter column at most this many average characters wide
SHORT = (cols.NUMBER, cols.START, cols.KIND, cols.PRESENTER, cols.MINUTES, cols.CONFIDENTIAL)


def agenda_table(model: AgendaModel) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
    table.setDragDropOverwriteMode(False)
    table.setDefaultDropAction(Qt.DropAction.MoveAction)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    show_whole_text_on_hover(table)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    header.setSectionResizeMode(cols.TITLE, QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(cols.PRESENTER, QHeaderView.ResizeMode.Interactive)
    for signal in (model.modelReset, model.dataChanged, model.rowsInserted,
                   model.rowsRemoved, model.rowsMoved):
        signal.connect(lambda *_: fit_short_columns(table, model))
    fit_short_columns(table, model)
    return table


def fit_short_columns(table: QTableView, model: AgendaModel) -> None:
    """Each short column as wide as its widest text (every row: an agenda is short) or its
    header; the presenter at most PRESENTER_CHARS wide."""
    def cells(column: int, _first: int, _rows: int) -> list[tuple[str, QFont | None, int]]:
        return [(text, None, row) for row, text in enumerate(model.column_texts(column))]

    cap = table.fontMetrics().averageCharWidth() * PRESENTER_CHARS
    fit_columns(table, SHORT, cells, at_most={cols.PRESENTER: cap})
