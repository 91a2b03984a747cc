"""The left-hand list of the minute-taking view: the attendance list first, then the agenda
items in order with their number, title and a marker for the outcome."""

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPainter, QPen, QPixmap, QPolygonF

from overleg.domain.agenda import AgendaItem
from overleg.domain.enums import Outcome
from overleg.ui.minutes.labels import outcome_label

Index = QModelIndex | QPersistentModelIndex

# Outcome marker: fill colour and shape; a shape as well as a colour, for colour blindness.
_MARKERS: dict[Outcome | None, tuple[str, str]] = {
    None: ("", "circle"),
    Outcome.CONSENSUS: ("#2e7d32", "circle"),
    Outcome.NO_CONSENSUS: ("#c62828", "square"),
    Outcome.POSTPONED: ("#ef8f00", "triangle"),
    Outcome.DISPUTE: ("#6a1b9a", "diamond"),
}


def marker_icon(outcome: Outcome | None, size: int = 14) -> QIcon:
    colour, shape = _MARKERS[outcome]
    pixmap = QPixmap(size * 2, size * 2)  # drawn at 2x, sharp on high-dpi screens
    pixmap.setDevicePixelRatio(2.0)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    m, w = 2.0, size - 4.0
    if not colour:
        p.setPen(QPen(QColor("#9e9e9e"), 1.2))
        p.drawEllipse(QRectF(m, m, w, w))
    else:
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QBrush(QColor(colour)))
        if shape == "circle":
            p.drawEllipse(QRectF(m, m, w, w))
        elif shape == "square":
            p.drawRect(QRectF(m + 0.5, m + 0.5, w - 1, w - 1))
        else:
            c = size / 2
            points = ([QPointF(c, m), QPointF(size - m, size - m), QPointF(m, size - m)]
                      if shape == "triangle" else
                      [QPointF(c, m), QPointF(size - m, c), QPointF(c, size - m),
                       QPointF(m, c)])
            p.drawPolygon(QPolygonF(points))
    p.end()
    return QIcon(pixmap)


class WalkModel(QAbstractListModel):
    ItemIdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.items: list[AgendaItem] = []
        self.present_summary = ""
        self._icons = {o: marker_icon(o) for o in _MARKERS}
        blank = QPixmap(14, 14)
        blank.fill(Qt.GlobalColor.transparent)
        self._blank = QIcon(blank)  # keeps the attendance row aligned with the items

    def load(self, items: list[AgendaItem]) -> None:
        self.beginResetModel()
        self.items = sorted(items, key=lambda i: i.position)
        self.endResetModel()

    def set_attendance_summary(self, text: str) -> None:
        self.present_summary = text
        if self.rowCount():
            self.dataChanged.emit(self.index(0), self.index(0))

    def replace_item(self, item: AgendaItem) -> None:
        row = self.row_of(item.id)
        if row is not None:
            self.items[row - 1] = item
            self.dataChanged.emit(self.index(row), self.index(row))

    def item_at(self, row: int) -> AgendaItem | None:
        return self.items[row - 1] if 1 <= row <= len(self.items) else None

    def row_of(self, item_id: int | None) -> int | None:
        return next((n for n, i in enumerate(self.items, start=1) if i.id == item_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.items) + 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        item = self.item_at(index.row())
        if item is None:  # the attendance row
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr("Attendance")
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.present_summary or None
            if role == Qt.ItemDataRole.DecorationRole:
                return self._blank
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{item.number}. {item.title}"
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icons[item.outcome]
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            return outcome_label(item.outcome)
        if role == self.ItemIdRole:
            return item.id
        return None
