"""The audit trail of one record: every recorded change, oldest first, with when, who
(user and machine), what, the old and new value and the reason.

`AuditDialog(services, prompts, kind, record_id)` where kind is 'meeting', 'decision',
'followup' or 'item' (the same names as Screen.navigate)."""

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QWidget,
)

from overleg.domain.dutch_dates import short_date
from overleg.services.audit_service import AuditEntry, AuditService
from overleg.services.container import Services
from overleg.ui.common.layout import vbox
from overleg.ui.common.row_table_model import RowTableModel
from overleg.ui.common.window_title import fit_title
from overleg.ui.prompts import Prompts

Index = QModelIndex | QPersistentModelIndex


class AuditTableModel(RowTableModel):
    """Audit entries as rows; old and new values shown as a reader expects them."""

    def __init__(self, audit: AuditService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.audit = audit
        self.actions = {
            "created": self.tr("created"), "edited": self.tr("changed"),
            "deleted": self.tr("deleted"), "revoked": self.tr("revoked"),
            "done": self.tr("marked done"), "cancelled": self.tr("cancelled"),
            "reopened": self.tr("reopened"), "retargeted": self.tr("new target"),
            "moved": self.tr("moved"), "minutes_adopted": self.tr("minutes adopted"),
            "minutes_reopened": self.tr("minutes reopened"), "archived": self.tr("archived"),
            "unarchived": self.tr("restored from the archive")}
        self.fields = {
            "text": self.tr("text"), "status": self.tr("status"), "target": self.tr("target"),
            "notes": self.tr("notes"), "outcome": self.tr("outcome"),
            "title": self.tr("title"), "description": self.tr("description"),
            "kind": self.tr("kind"), "presenter": self.tr("presenter"),
            "planned_minutes": self.tr("planned minutes"),
            "confidential": self.tr("confidential"), "documents": self.tr("documents"),
            "postponed_to_meeting_id": self.tr("postponed to"), "owner": self.tr("owner"),
            "attendance": self.tr("attendance"), "criteria": self.tr("criteria checklist")}
        self.breaks: dict[int, str] = {}  # row number in the trail -> why it is broken

    def headers(self) -> list[str]:
        return [self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Field"),
                        self.tr("Old value"), self.tr("New value"), self.tr("Reason")]

    def set_entries(self, rows: list[AuditEntry]) -> None:
        self.breaks = self.audit.breaks_in(rows)
        self.load(rows)

    @property
    def entries(self) -> list[AuditEntry]:
        return self.rows

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        e = self.rows[index.row()]
        if role == Qt.ItemDataRole.ForegroundRole and e.id in self.breaks:
            return QBrush(QColor("#b00020"))  # changed outside Overleg
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            who = f"{e.user} ({e.host})" if e.host else e.user
            if e.imported:  # history from an archive, never shown as a local entry
                who = self.tr("%1, imported from %2").replace("%1", who).replace(
                    "%2", e.source)
            cells = [f"{short_date(e.at.date())} {e.at:%H.%M}", who,
                     self.actions.get(e.action, e.action), self.fields.get(e.field, e.field),
                     self.audit.readable(e, e.old_value), self.audit.readable(e, e.new_value),
                     e.reason]
            text = cells[index.column()]
            if role == Qt.ItemDataRole.ToolTipRole and e.id in self.breaks:
                text = f"{self.breaks[e.id]}\n{text}"
            if role == Qt.ItemDataRole.DisplayRole and len(text) > 120:
                return text[:117] + "…"  # the whole text is in the tooltip
            return text
        return None



class AuditDialog(QDialog):
    def __init__(self, services: Services, prompts: Prompts, kind: str, record_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prompts = prompts
        self.setWindowTitle(self.tr("Change history"))
        fit_title(self)
        self.resize(900, 360)
        self.model = AuditTableModel(services.audit, self)
        self.model.set_entries(services.audit.trail(kind, record_id))
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Change history"))
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):  # when, who, what, field fit;
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents
                                        if column < 4 else QHeaderView.ResizeMode.Stretch)
        self.summary = QLabel(self.tr("No changes recorded yet.") if not self.model.entries
                              else self.tr("Recorded changes, oldest first: %1").replace(
                                  "%1", str(len(self.model.entries))))
        problems = list(self.model.breaks.values())
        anchored = services.audit.anchor_break()
        if anchored is not None:
            problems.append(anchored.message)
        self.warning = QLabel(self.tr("The history was changed outside Overleg: %1").replace(
            "%1", " ".join(problems)) if problems else "")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #b00020")
        self.warning.setVisible(bool(problems))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        self.table.resizeRowsToContents()
        self.setLayout(vbox(self.summary, self.warning, self.table, buttons))
