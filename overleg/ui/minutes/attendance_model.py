"""The attendance list as a table: each invitee or guest with one tick for present,
apologies or guest (ticking one clears the others; clearing leaves 'invited')."""

from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from overleg.domain.enums import AttendanceStatus as A
from overleg.domain.meetings import Attendance
from overleg.domain.organisations import Person
from overleg.domain.records import id_of

Index = QModelIndex | QPersistentModelIndex
STATUS_COLUMNS = {2: A.PRESENT, 3: A.APOLOGIES, 4: A.GUEST}

# person id, old status, new status -> saved?
Writer = Callable[[int, A, A], bool]


def checked(value) -> bool:
    return Qt.CheckState(value) == Qt.CheckState.Checked


class AttendanceModel(QAbstractTableModel):
    def __init__(self, write: Writer, parent=None) -> None:
        super().__init__(parent)
        self.write = write
        self.rows: list[tuple[Attendance, Person]] = []
        self.read_only = False

    def load(self, rows: list[tuple[Attendance, Person]]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def counts(self) -> dict[A, int]:
        result = {s: 0 for s in A}
        for a, _ in self.rows:
            result[a.status] += 1
        return result

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [self.tr("Name"), self.tr("Function"), self.tr("Present"),
                self.tr("Apologies"), self.tr("Guest")][section] \
            if 0 <= section < 5 else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in STATUS_COLUMNS and not self.read_only:
            base |= Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        attendance, person = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return person.name
            if col == 1:
                return person.function
            return None
        if role == Qt.ItemDataRole.CheckStateRole and col in STATUS_COLUMNS:
            return Qt.CheckState.Checked if attendance.status is STATUS_COLUMNS[col] \
                else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole and col == 0:
            return person.function or None
        return None

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole \
                or index.column() not in STATUS_COLUMNS or self.read_only:
            return False
        attendance, person = self.rows[index.row()]
        new = STATUS_COLUMNS[index.column()] if checked(value) else A.INVITED
        if new is attendance.status or not self.write(id_of(person), attendance.status, new):
            return False
        attendance.status = new
        self.dataChanged.emit(self.index(index.row(), 2), self.index(index.row(), 4))
        return True
