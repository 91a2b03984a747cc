"""The rows an import will add, as a read-only table model."""

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from overleg.domain.vocabulary import nl
from overleg.services.import_service import PlannedAction

Index = QModelIndex | QPersistentModelIndex


class ImportPreviewModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[PlannedAction] = []
        self.titles = (self.tr("Row"), self.tr("Action"), self.tr("Owner"),
                       self.tr("Due / returns in"), self.tr("Status"), self.tr("Import as"))

    def set_actions(self, actions: list[PlannedAction]) -> None:
        self.beginResetModel()
        self._rows = list(actions)
        self.endResetModel()

    def action(self, row: int) -> PlannedAction:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.titles)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.titles):
            return self.titles[section]
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        a = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(a, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 1:
            return a.text
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 5 and a.changes:
            return "\n".join(c.sentence() for c in a.changes)
        return None

    def _text(self, a: PlannedAction, column: int) -> str:
        if column == 0:
            return str(a.line)
        if column == 1:
            first = a.text.splitlines()[0]
            return first if len(first) <= 90 else first[:89] + "…"
        if column == 2:
            return self.tr("%1 (new person)").replace("%1", a.owner) if a.new_owner \
                else a.owner
        if column == 3:
            return a.target_label
        if column == 4:
            return nl(a.status)
        if a.existing_id is None:
            return self.tr("new")
        # a row of Overleg's own export whose follow-up is here: what it changes
        return self.tr("change: %1").replace("%1", "; ".join(c.sentence() for c in a.changes))
