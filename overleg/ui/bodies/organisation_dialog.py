"""Adding or editing an organisation: name, kind and short name."""

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from overleg.domain.enums import OrganisationKind
from overleg.domain.organisations import Organisation
from overleg.ui.bodies.labels import organisation_kind_labels
from overleg.ui.common.window_title import fit_title


@dataclass(frozen=True)
class OrganisationFields:
    """What the organisation dialog returns."""
    name: str
    kind: OrganisationKind
    short_name: str


class OrganisationDialog(QDialog):
    def __init__(self, submit: Callable[[OrganisationFields], bool],
                 parent: QWidget | None = None, org: Organisation | None = None) -> None:
        super().__init__(parent)
        self.submit = submit
        self.setWindowTitle(self.tr("Edit organisation") if org else self.tr("New organisation"))
        fit_title(self)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Gemeente Lelystad"))
        self.kind = QComboBox()
        for kind, label in organisation_kind_labels().items():
            self.kind.addItem(label, str(kind))
        self.short_name = QLineEdit()
        self.short_name.setMaxLength(40)
        self.short_name.setPlaceholderText(self.tr("used in lists, e.g. Lelystad"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Save") if org else self.tr("&Add"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        form = QFormLayout(self)
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Kind"), self.kind)
        form.addRow(self.tr("S&hort name"), self.short_name)
        form.addRow(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        if org is not None:
            self.name.setText(org.name)
            self.kind.setCurrentIndex(self.kind.findData(str(org.kind)))
            self.short_name.setText(org.short_name)
        self.resize(460, self.sizeHint().height())

    def fields(self) -> OrganisationFields:
        return OrganisationFields(name=self.name.text(),
                                  kind=OrganisationKind(self.kind.currentData()),
                                  short_name=self.short_name.text())

    def accept(self) -> None:
        if self.submit(self.fields()):
            super().accept()
