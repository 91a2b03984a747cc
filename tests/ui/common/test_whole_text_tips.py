"""Hovering a cell whose text is elided shows the whole text; a cell that fits shows no
tooltip, and a model's own tooltip wins (issue 21: decision and agenda texts cut off)."""

from PySide6.QtCore import QEvent
from PySide6.QtGui import QHelpEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem, QTableView, QToolTip

from overleg.ui.common.whole_text_tips import show_whole_text_on_hover

LONG = "Het OOGO over de concept-ondersteuningsplannen PO en VO vindt plaats in februari"


def hover(table: QTableView, row: int, column: int) -> str:
    QToolTip.hideText()
    center = table.visualRect(table.model().index(row, column)).center()
    event = QHelpEvent(QEvent.Type.ToolTip, center, table.viewport().mapToGlobal(center))
    QApplication.sendEvent(table.viewport(), event)
    return QToolTip.text() if QToolTip.isVisible() else ""


def test_an_elided_cell_shows_its_whole_text_on_hover(qtbot):
    model = QStandardItemModel()
    own = QStandardItem("Kort")
    own.setToolTip("Toelichting van het model")
    model.appendRow([QStandardItem(LONG), QStandardItem("Kort"), own])
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(model)
    table.setWordWrap(False)
    table.setColumnWidth(0, 120)
    show_whole_text_on_hover(table)
    table.resize(600, 200)
    table.show()
    qtbot.waitExposed(table)
    assert hover(table, 0, 0) == LONG
    assert tip_of(table, 0, 1) == ""
    assert tip_of(table, 0, 2) == "Toelichting van het model"
    table.setColumnWidth(0, 900)
    assert tip_of(table, 0, 0) == ""  # wide enough now


def tip_of(table: QTableView, row: int, column: int) -> str:
    """What hovering would show (QToolTip hides its last text only after a delay)."""
    index = table.model().index(row, column)
    option = QStyleOptionViewItem()
    table.initViewItemOption(option)
    option.rect = table.visualRect(index)
    return table.itemDelegate().whole_text(option, index)
