"""The meetings of all bodies as a table, filtered in SQL by body and period."""

from datetime import date, timedelta
from enum import Enum

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QFont

from overleg.domain.enums import MeetingStatus
from overleg.domain.listings import MeetingListing
from overleg.services.container import Services
from overleg.ui.meetings.labels import list_date, list_time, status_labels

MeetingIdRole = Qt.ItemDataRole.UserRole + 1

DATE, TIME, BODY, TITLE, LOCATION, STATUS = range(6)


class Period(Enum):
    UPCOMING = "upcoming"  # soonest first
    PAST = "past"  # newest first
    ALL = "all"  # newest first


class MeetingTableModel(QAbstractTableModel):
    def __init__(self, services: Services, parent=None) -> None:
        super().__init__(parent)
        self.services = services
        self.body_id: int | None = None
        self.period = Period.ALL
        self.rows: list[MeetingListing] = []
        self._status_labels = status_labels()

    def set_filter(self, body_id: int | None, period: Period) -> None:
        self.body_id, self.period = body_id, period
        self.reload()

    def reload(self) -> None:
        today: date = self.services.ctx.today()
        filters: dict = {"body_id": self.body_id, "descending": True}
        if self.period is Period.UPCOMING:
            filters.update(start=today, descending=False)
        elif self.period is Period.PAST:
            filters.update(end=today - timedelta(days=1))
        rows = self.services.meetings.listings(**filters)
        if [x.meeting.id for x in rows] == [x.meeting.id for x in self.rows] and rows:
            self.rows = rows  # same meetings: a status or time changed, keep the view still
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, STATUS))
            return
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def row_of(self, meeting_id: int) -> int | None:
        return next((n for n, x in enumerate(self.rows) if x.meeting.id == meeting_id), None)

    def listing_at(self, row: int) -> MeetingListing | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def rowCount(self, parent: QModelIndex | None = None) -> int:  # noqa: N802 (Qt naming)
        return 0 if parent is not None and parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | None = None) -> int:  # noqa: N802
        return 0 if parent is not None and parent.isValid() else 6

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < 6:
            return None
        return (self.tr("Date"), self.tr("Time"), self.tr("Body"), self.tr("Title"),
                self.tr("Location"), self.tr("Status"))[section]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        x, col = self.rows[index.row()], index.column()
        m = x.meeting
        if role == Qt.ItemDataRole.DisplayRole:  # only the asked column: views ask a lot
            if col == DATE:
                return list_date(m)
            if col == TIME:
                return list_time(m)
            if col == STATUS:
                return self._status_labels[m.status]
            return (x.body_name, m.title, m.location)[col - BODY]
        if role == MeetingIdRole:
            return m.id
        if role == Qt.ItemDataRole.FontRole and m.status in (MeetingStatus.CANCELLED,
                                                             MeetingStatus.MOVED):
            font = QFont()
            font.setStrikeOut(col in (DATE, TIME))
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and col == BODY:
            return x.body_code
        return None
