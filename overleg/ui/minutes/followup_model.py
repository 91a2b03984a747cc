"""The follow-ups agreed under one agenda item: what, who, and by when or at which meeting."""

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from overleg.domain.followups import FollowUp
from overleg.ui.common.row_table_model import RowTableModel

Index = QModelIndex | QPersistentModelIndex


class FollowUpModel(RowTableModel):
    rows: list[tuple[FollowUp, str]]  # the follow-up and its target as shown

    def headers(self) -> list[str]:
        return [self.tr("Follow-up"), self.tr("Owner"), self.tr("Target")]

    def followup(self, row: int) -> FollowUp | None:
        return self.rows[row][0] if 0 <= row < len(self.rows) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        f, target = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return [f.text, f.owner_label, target][index.column()]
        return None
