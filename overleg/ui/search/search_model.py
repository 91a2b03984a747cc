"""Search hits as a table: what kind of record, where it lives, its title and the
matching words in context."""

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from overleg.domain.listings import SearchHit
from overleg.ui.common.dates import list_date

HIT_ROLE = Qt.ItemDataRole.UserRole + 1
# The view asks each painted cell for half a dozen roles; these are the ones answered.
_ROLES = {int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.ToolTipRole), int(HIT_ROLE)}
SNIPPET_COLUMN = 3
_Index = QModelIndex | QPersistentModelIndex


class SearchResultsModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.hits: list[SearchHit] = []
        # A row's four texts, by row number (see texts_of).
        self._texts: dict[int, tuple[str, str, str, str]] = {}
        self._kinds: dict[str, str] | None = None  # translated once per search

    def set_hits(self, hits: list[SearchHit]) -> None:
        self.beginResetModel()
        self.hits = hits
        self._texts, self._kinds = {}, None
        self.endResetModel()

    def add_hits(self, hits: list[SearchHit]) -> None:
        """More hits below those shown (the next page)."""
        if hits:
            first = len(self.hits)
            self.beginInsertRows(QModelIndex(), first, first + len(hits) - 1)
            self.hits = self.hits + hits
            self.endInsertRows()

    def kind_label(self, kind: str) -> str:
        if self._kinds is None:
            self._kinds = {"item": self.tr("Agenda item"), "decision": self.tr("Decision"),
                           "followup": self.tr("Follow-up"),
                           "position": self.tr("Position"),
                           "document": self.tr("Document")}
        return self._kinds.get(kind, kind)

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

    def text_at(self, row: int, column: int) -> str:
        """What the delegates paint (hit_delegates.py), without the roles Qt asks for."""
        return self.texts_of(row)[column] if 0 <= row < len(self.hits) else ""

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        role = int(role)  # plain ints: comparing Qt enums costs more
        if role not in _ROLES:
            return None
        row = index.row() if index.isValid() else -1
        if not 0 <= row < len(self.hits):
            return None
        if role == HIT_ROLE:
            return self.hits[row]
        return self.texts_of(row)[index.column()]

    def texts_of(self, row: int) -> tuple[str, str, str, str]:
        """A row's texts in column order, made when first asked: a screen shows a
        dozen of the hits."""
        texts = self._texts.get(row)
        if texts is None:
            texts = self._texts[row] = self._row_texts(self.hits[row])
        return texts

    def _row_texts(self, hit: SearchHit) -> tuple[str, str, str, str]:
        where = " ".join(p for p in (list_date(hit.day) if hit.day else "", hit.body_name)
                         if p)
        return (self.kind_label(hit.kind), where, " ".join(hit.title.split()), hit.snippet)
