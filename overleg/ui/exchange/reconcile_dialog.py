"""The reconcile view: what an exchange package would change, per record and per field,
each difference accepted or rejected (or all at once); Apply makes the accepted ones one
step of the window's history (undo restores the state before it)."""

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QWidget,
)

from overleg.services.exchange.intake import Choice
from overleg.services.exchange.service import Preview
from overleg.ui.common.layout import hbox, vbox
from overleg.ui.exchange.reconcile_model import HERE, THEIRS, ReconcileModel


class ReconcileDialog(QDialog):
    def __init__(self, preview: Preview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview = preview
        m = preview.package.manifest
        self.setWindowTitle(self.tr("Differences in {name}").format(name=preview.source))
        self.summary = QLabel(self.tr(
            "Sent by {user} on {at}. Ticked differences are taken over when you apply; "
            "the others keep the value here. Their later changes are ticked.").format(
                user=m.get("user", "?"), at=str(m.get("exported_at", "?")).replace("T", " ")))
        self.summary.setWordWrap(True)
        self.model = ReconcileModel(preview.differences, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Differences"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in (HERE, THEIRS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.accept_all = QPushButton(self.tr("Accept &all"))
        self.accept_all.clicked.connect(lambda: self.model.set_all(True))
        self.reject_all = QPushButton(self.tr("&Reject all"))
        self.reject_all.clicked.connect(lambda: self.model.set_all(False))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = self.buttons.addButton(self.tr("A&pply"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.setLayout(vbox(self.summary, self.table,
                            hbox(self.accept_all, self.reject_all, self.buttons)))
        self.resize(960, 520)

    def accepted_choices(self) -> set[Choice]:
        return self.model.accepted()
