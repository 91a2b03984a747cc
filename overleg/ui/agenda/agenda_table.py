"""The agenda as a table: rows dragged to reorder, the title taking the room the short
columns leave. A long 'Inbreng' is elided (whole on hover) rather than squeeze the title."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from overleg.ui.agenda import agenda_model as cols
from overleg.ui.agenda.agenda_model import AgendaModel
from overleg.ui.common.whole_text_tips import show_whole_text_on_hover

PRESENTER_CHARS = 20  # the presenter column at most this many average characters wide


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
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(cols.TITLE, QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(cols.PRESENTER, QHeaderView.ResizeMode.Interactive)
    for signal in (model.modelReset, model.dataChanged, model.rowsInserted):
        signal.connect(lambda *_: fit_presenter(table))
    fit_presenter(table)
    return table


def fit_presenter(table: QTableView) -> None:
    table.resizeColumnToContents(cols.PRESENTER)
    cap = table.fontMetrics().averageCharWidth() * PRESENTER_CHARS
    table.setColumnWidth(cols.PRESENTER, min(table.columnWidth(cols.PRESENTER), cap))
