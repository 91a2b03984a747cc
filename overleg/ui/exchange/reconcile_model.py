"""The reconcile view's table: one row per difference a package brings (a field of a
changed record, or a whole new or removed record), with both values and who changed each
when, and a check box: accepted or not. Starts with their later changes accepted."""

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt

from overleg.domain.versions import Stamp
from overleg.services.exchange.compare import CHANGED, NEW, REMOVED, RecordDifference
from overleg.services.exchange.intake import Choice
from overleg.ui.common.row_table_model import Index, RowTableModel

ACCEPT, KIND, RECORD, FIELD, HERE, THEIRS = range(6)



@dataclass
class Row:
    """One difference in the reconcile list, with the user's choice."""
    choice: Choice
    kind: str
    table: str
    label: str
    field: str
    here: str
    theirs: str
    accepted: bool


def _value(value: object) -> str:
    text = "" if value is None else str(value)
    return text if len(text) <= 200 else text[:200] + "…"


def _who(stamp: Stamp) -> str:
    if not stamp.at:
        return ""
    return f" ({stamp.by or '?'}, {stamp.at[:16].replace('T', ' ')})"


def rows_of(differences: list[RecordDifference]) -> list[Row]:
    rows = []
    for d in differences:
        if d.kind == CHANGED:
            rows += [Row((d.table, d.uuid, f.name), d.kind, d.table, d.label, f.name,
                         _value(f.local) + _who(f.local_stamp),
                         _value(f.incoming) + _who(f.incoming_stamp), f.theirs)
                     for f in d.fields]
            continue
        gone = QCoreApplication.translate("ReconcileModel", "removed")
        present = QCoreApplication.translate("ReconcileModel", "present")
        new = QCoreApplication.translate("ReconcileModel", "new")
        here, theirs = {NEW: ("", new), REMOVED: (present, gone)}.get(d.kind,
                                                                      (gone, present))
        rows.append(Row((d.table, d.uuid, None), d.kind, d.table, d.label, "",
                        here + _who(d.local_stamp), theirs + _who(d.incoming_stamp),
                        d.theirs))
    return rows


class ReconcileModel(RowTableModel):
    def __init__(self, differences: list[RecordDifference], parent=None) -> None:
        super().__init__(parent)
        self.load(rows_of(differences))

    def headers(self) -> list[str]:
        return [QCoreApplication.translate("ReconcileModel", "Accept"),
                QCoreApplication.translate("ReconcileModel", "What"),
                QCoreApplication.translate("ReconcileModel", "Record"),
                QCoreApplication.translate("ReconcileModel", "Field"),
                QCoreApplication.translate("ReconcileModel", "Here"),
                QCoreApplication.translate("ReconcileModel", "Theirs")]

    def kind_text(self, kind: str) -> str:
        return {NEW: QCoreApplication.translate("ReconcileModel", "New"),
                CHANGED: QCoreApplication.translate("ReconcileModel", "Different"),
                REMOVED: QCoreApplication.translate("ReconcileModel", "Removed by them"),
                }.get(kind, QCoreApplication.translate("ReconcileModel", "Removed here"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        row = self.row_at(index)
        if row is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == ACCEPT:
            return Qt.CheckState.Checked if row.accepted else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return {ACCEPT: "", KIND: self.kind_text(row.kind),
                    RECORD: f"{row.table}: {row.label}".rstrip(": "), FIELD: row.field,
                    HERE: row.here, THEIRS: row.theirs}.get(column)
        if role == Qt.ItemDataRole.AccessibleTextRole and column == ACCEPT:
            return (QCoreApplication.translate("ReconcileModel", "Accepted") if row.accepted
                    else QCoreApplication.translate("ReconcileModel", "Rejected"))
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == ACCEPT:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole  # noqa: N802
                ) -> bool:
        row = self.row_at(index)
        if row is None or index.column() != ACCEPT or role != Qt.ItemDataRole.CheckStateRole:
            return False
        row.accepted = Qt.CheckState(value) == Qt.CheckState.Checked
        self.dataChanged.emit(index, index, [role])
        return True

    def set_all(self, accepted: bool) -> None:
        for row in self.rows:
            row.accepted = accepted
        if self.rows:
            self.dataChanged.emit(self.index(0, ACCEPT), self.index(len(self.rows) - 1, ACCEPT))

    def accepted(self) -> set[Choice]:
        return {r.choice for r in self.rows if r.accepted}
