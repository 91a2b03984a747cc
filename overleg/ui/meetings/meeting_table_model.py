"""The meetings of all bodies as a table, filtered and sorted in SQL by body and period.

The model keeps only the ordered ids of its filter (one query over the indexed columns)
and reads the meetings a page at a time as the view asks for their rows: a ten-year
archive of 2,000 meetings opens with one page of objects, not 2,000."""

from datetime import date, timedelta
from enum import Enum

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from overleg.domain.enums import MeetingStatus
from overleg.domain.listings import MeetingListing
from overleg.services.container import Services
from overleg.ui.meetings.labels import list_date, list_time, status_labels

MeetingIdRole = Qt.ItemDataRole.UserRole + 1
PAGE = 100  # meetings read at a time, as the view scrolls to them
_DISPLAY, _FONT, _TOOLTIP = (int(r) for r in (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ToolTipRole))
_ROLES = frozenset((_DISPLAY, _FONT, _TOOLTIP, int(MeetingIdRole)))

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
        self.ids: list[int] = []  # the meetings through the filter, in list order
        self._rows: dict[int, int] = {}  # meeting id -> row, built when first asked
        self._pages: dict[int, list[MeetingListing]] = {}  # page number -> its meetings
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
        ids = self.services.meetings.ordered_ids(**filters)
        if ids == self.ids and ids:
            # Same meetings: a status or time changed, keep the view still; the view
            # reads again only the rows in view.
            self._pages.clear()
            self.dataChanged.emit(self.index(0, 0), self.index(len(ids) - 1, STATUS))
            return
        self.beginResetModel()
        self.ids, self._rows = ids, {}
        self._pages.clear()
        self.endResetModel()

    def row_of(self, meeting_id: int) -> int | None:
        if not self._rows and self.ids:
            self._rows = {i: n for n, i in enumerate(self.ids)}
        return self._rows.get(meeting_id)

    def meeting_id_at(self, row: int) -> int | None:
        return self.ids[row] if 0 <= row < len(self.ids) else None

    def listing_at(self, row: int) -> MeetingListing | None:
        if not 0 <= row < len(self.ids):
            return None
        number, place = divmod(row, PAGE)
        page = self._pages.get(number)
        if page is None:
            page = self.services.meetings.listings_of(
                self.ids[number * PAGE:(number + 1) * PAGE])
            self._pages[number] = page
        # A meeting deleted since the ids were read is left out of its page: show the
        # row empty rather than another meeting's.
        if place < len(page) and page[place].meeting.id == self.ids[row]:
            return page[place]
        return next((x for x in page if x.meeting.id == self.ids[row]), None)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:  # noqa: N802 (Qt naming)
        return 0 if parent is not None and parent.isValid() else len(self.ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:  # noqa: N802
        return 0 if parent is not None and parent.isValid() else 6

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < 6:
            return None
        return (self.tr("Date"), self.tr("Time"), self.tr("Body"), self.tr("Title"),
                self.tr("Location"), self.tr("Status"))[section]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role not in _ROLES or not index.isValid():  # views ask many roles per cell
            return None
        if role == MeetingIdRole:
            return self.meeting_id_at(index.row())
        x, col = self.listing_at(index.row()), index.column()
        if x is None:
            return None
        m = x.meeting
        if role == Qt.ItemDataRole.DisplayRole:  # only the asked column: views ask a lot
            return self._text(x, col)
        if role == Qt.ItemDataRole.FontRole and m.status in _MARKED:
            return _marked_font(col)
        if role == Qt.ItemDataRole.ToolTipRole and col == BODY:
            return f"{x.body_name} ({x.body_code})"  # whole: the column may elide it
        return None

    def _text(self, x: MeetingListing, col: int) -> str:
        m = x.meeting
        if col == DATE:
            return list_date(m)
        if col == TIME:
            return list_time(m)
        if col == STATUS:
            return self._status_labels[m.status]
        return (x.body_name, m.title, m.location)[col - BODY]

    def cells(self, column: int, first: int, count: int) -> list[tuple[str, QFont | None, int]]:
        """The differing cells of a column in `count` rows from `first` (text, own font,
        row), one row of each: what a column's width is measured on (column_fit)."""
        found: dict[tuple[str, bool], int] = {}
        for row in range(first, min(len(self.ids), first + count)):
            x = self.listing_at(row)
            if x is not None:
                found.setdefault((self._text(x, column), x.meeting.status in _MARKED), row)
        return [(text, _marked_font(column) if marked else None, row)
                for (text, marked), row in found.items()]


_MARKED = (MeetingStatus.CANCELLED, MeetingStatus.MOVED)  # shown in italics


def _marked_font(col: int) -> QFont:
    """A cancelled or moved meeting: italic, its date and time struck out."""
    font = QFont()
    font.setStrikeOut(col in (DATE, TIME))
    font.setItalic(True)
    return font
