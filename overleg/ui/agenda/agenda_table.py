"""The agenda as a table: rows dragged to reorder, the title taking the room the short
columns leave. A long 'Inbreng' is elided (whole on hover) rather than squeeze the title.

The short columns are fitted to their contents once per change of the agenda, not left
in Qt's ResizeToContents mode: that mode measures every cell in every role on each layout
pass (a dozen passes while the window first shows), the costliest part of opening a
meeting at start-up."""

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
    header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    header.setSectionResizeMode(cols.TITLE, QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(cols.PRESENTER, QHeaderView.ResizeMode.Interactive)
    for signal in (model.modelReset, model.dataChanged, model.rowsInserted,
                   model.rowsRemoved, model.rowsMoved):
        signal.connect(lambda *_: fit_columns(table))
    fit_columns(table)
    return table


def fit_columns(table: QTableView) -> None:
    """Every column but the title as wide as its widest cell or header, as
    ResizeToContents would make it; the presenter at most PRESENTER_CHARS wide."""
    header = table.horizontalHeader()
    cap = table.fontMetrics().averageCharWidth() * PRESENTER_CHARS
    for column in range(table.model().columnCount()):
        if column == cols.TITLE:
            continue
        width = max(table.sizeHintForColumn(column), header.sectionSizeHint(column))
        header.resizeSection(column, min(width, cap) if column == cols.PRESENTER else width)
