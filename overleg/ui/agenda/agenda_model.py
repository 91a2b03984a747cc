"""The items of one meeting's agenda as a table, with start times and drag-and-drop order.

The model reads through services.agenda and never edits on its own: a drop is handed to
`mover` (the editor, which puts it on the undo stack)."""

from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from overleg.domain.agenda import AgendaItem, Slot
from overleg.services.container import Services
from overleg.ui.agenda.labels import kind_labels

MIME = "application/x-overleg-agenda-item"
ItemIdRole = Qt.ItemDataRole.UserRole + 1

NUMBER, START, TITLE, KIND, PRESENTER, MINUTES, CONFIDENTIAL = range(7)
_DISPLAY, _ITEM_ID = int(Qt.ItemDataRole.DisplayRole), int(ItemIdRole)
_ALIGNMENT, _FONT = int(Qt.ItemDataRole.TextAlignmentRole), int(Qt.ItemDataRole.FontRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_READ_ONLY_CELL = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_CELL = _READ_ONLY_CELL | Qt.ItemFlag.ItemIsDragEnabled

class AgendaModel(QAbstractTableModel):
    def __init__(self, services: Services, parent=None) -> None:
        super().__init__(parent)
        self.services = services
        self.meeting_id: int | None = None
        self.items: list[AgendaItem] = []
        self.slots: list[Slot] = []
        self._texts: list[tuple[str, ...]] = []  # per row, per column: what is shown
        self.read_only = False
        # Called with (item_id, new 0-based index) when a row is dropped elsewhere.
        self.mover: Callable[[int, int], bool] | None = None

    # -- loading ------------------------------------------------------------------------

    def set_meeting(self, meeting_id: int | None, read_only: bool = False) -> None:
        self.beginResetModel()
        self.meeting_id, self.read_only = meeting_id, read_only
        self._load()
        self.endResetModel()

    def reload(self) -> None:
        """Re-read the agenda; rows keep their identity when only fields changed."""
        old_ids = [i.id for i in self.items]
        self._load()
        if [i.id for i in self.items] == old_ids:
            if self.items:
                self.dataChanged.emit(self.index(0, 0),
                                      self.index(len(self.items) - 1, CONFIDENTIAL))
            return
        self.beginResetModel()
        self.endResetModel()

    def row_moved(self, source: int, target: int) -> None:
        """The service moved row `source` to index `target`: follow it without a reset."""
        if source == target:
            return
        dest = target + 1 if target > source else target
        self.beginMoveRows(QModelIndex(), source, source, QModelIndex(), dest)
        self._load()
        self.endMoveRows()
        self.dataChanged.emit(self.index(0, 0), self.index(len(self.items) - 1, CONFIDENTIAL))

    def _load(self) -> None:
        if self.meeting_id is None:
            self.items, self.slots = [], []
        else:
            self.items = self.services.agenda.agenda(self.meeting_id)
            self.slots = self.services.agenda.time_slots(self.meeting_id)
        self._texts = self._row_texts()

    def row_of(self, item_id: int) -> int | None:
        return next((n for n, i in enumerate(self.items) if i.id == item_id), None)

    def item_at(self, row: int) -> AgendaItem | None:
        return self.items[row] if 0 <= row < len(self.items) else None

    # -- table --------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:  # noqa: N802 (Qt naming)
        return 0 if parent is not None and parent.isValid() else len(self.items)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:  # noqa: N802
        return 0 if parent is not None and parent.isValid() else 7

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < 7:
            return None
        return (self.tr("No."), self.tr("Start"), self.tr("Title"), self.tr("Kind"),
                self.tr("Presenter"), self.tr("Min."), self.tr("Closed"))[section]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        # Asked thousands of times per load (the header sizes columns to their contents):
        # the texts are made once per load, in _texts, and the roles compared as ints.
        row = index.row()
        if not index.isValid() or not 0 <= row < len(self.items):
            return None
        role, col = int(role), index.column()
        if role == _DISPLAY:
            return self._texts[row][col]
        if role == _ITEM_ID:
            return self.items[row].id
        if role == _ALIGNMENT and col in (NUMBER, START, MINUTES):
            return _RIGHT
        if role == _FONT and col == TITLE and self.items[row].standard is not None:
            font = QFont()
            font.setItalic(True)
            return font
        if role == _TOOLTIP and col == TITLE and self.items[row].description:
            item = self.items[row]  # the whole title first: the column may show it elided
            return f"{item.title}\n\n{item.description[:600]}"
        return None

    def column_texts(self, col: int) -> list[str]:
        return [texts[col] for texts in self._texts]

    def _row_texts(self) -> list[tuple[str, ...]]:
        kinds, closed = kind_labels(), self.tr("closed")
        return [(item.number,
                 f"{self.slots[row].starts_at:%H.%M}" if row < len(self.slots) else "",
                 item.title, kinds[item.kind], item.presenter, str(item.planned_minutes),
                 closed if item.confidential else "")
                for row, item in enumerate(self.items)]

    # -- drag and drop ------------------------------------------------------------------

    def flags(self, index):
        # Asked for every cell painted: the combinations are made once (each | of Qt
        # flags is a Python enum operation).
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled if not self.read_only else Qt.ItemFlag.NoItemFlags
        return _READ_ONLY_CELL if self.read_only else _CELL

    def supportedDropActions(self):  # noqa: N802
        return Qt.DropAction.MoveAction

    def supportedDragActions(self):  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [MIME]

    def mimeData(self, indexes) -> QMimeData:  # noqa: N802
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        if rows:
            data.setData(MIME, QByteArray(str(self.items[rows[0]].id).encode()))
        return data

    def canDropMimeData(self, data, action, row, column, parent) -> bool:  # noqa: N802
        return (not self.read_only and data is not None and data.hasFormat(MIME)
                and action == Qt.DropAction.MoveAction)

    def dropMimeData(self, data, action, row, column, parent) -> bool:  # noqa: N802
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        try:
            item_id = int(bytes(data.data(MIME).data()).decode())
        except ValueError:
            return False
        source = self.row_of(item_id)
        if source is None:
            return False
        if row < 0:  # dropped onto a row, or below the last one
            row = parent.row() if parent.isValid() else len(self.items)
        target = row - 1 if row > source else row
        target = max(0, min(target, len(self.items) - 1))
        if target == source:
            return False
        mover = self.mover or self._move_directly
        return mover(item_id, target)

    def _move_directly(self, item_id: int, target: int) -> bool:
        source = self.row_of(item_id)
        self.services.agenda.move_item(item_id, target)
        if source is not None:  # a vanished item: the service refused above
            self.row_moved(source, target)
        return True
