"""Search hits as a table: what kind of record, where it lives, its title and the
matching words in context."""

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from overleg.domain.listings import SearchHit
from overleg.ui.common.dates import list_date

HIT_ROLE = Qt.ItemDataRole.UserRole + 1
SNIPPET_COLUMN = 3
_Index = QModelIndex | QPersistentModelIndex


class SearchResultsModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.hits: list[SearchHit] = []

    def set_hits(self, hits: list[SearchHit]) -> None:
        self.beginResetModel()
        self.hits = hits
        self.endResetModel()

    def kind_label(self, kind: str) -> str:
        return {"item": self.tr("Agenda item"), "decision": self.tr("Decision"),
                "followup": self.tr("Follow-up")}.get(kind, kind)

    def rowCount(self, parent: _Index | None = None) -> int:  # noqa: N802
        return 0 if parent is not None and parent.isValid() else len(self.hits)

    def columnCount(self, parent: _Index | None = None) -> int:  # noqa: N802
        return 0 if parent is not None and parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < 4):
            return (self.tr("Kind"), self.tr("Where"), self.tr("Title"),
                    self.tr("Found text"))[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.hits):
            return None
        hit = self.hits[index.row()]
        if role == HIT_ROLE:
            return hit
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            where = " ".join(p for p in (list_date(hit.day) if hit.day else "", hit.body_name)
                             if p)
            return (self.kind_label(hit.kind), where, " ".join(hit.title.split()),
                    hit.snippet)[index.column()]
        return None
