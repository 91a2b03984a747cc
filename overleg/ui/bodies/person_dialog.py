"""Adding or editing a person: name, function, organisation and e-mail address."""

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from overleg.domain.organisations import Organisation, Person
from overleg.ui.bodies.organisation_dialog import OrganisationDialog, OrganisationFields
from overleg.ui.common.find_completer import find_by_any_part
from overleg.ui.common.layout import hbox
from overleg.ui.common.window_title import fit_title

# Makes the organisation (one command of its own); None when refused.
CreateOrganisation = Callable[[OrganisationFields], Organisation | None]


@dataclass(frozen=True)
class PersonFields:
    """What the person dialog returns."""
    name: str
    function: str
    organisation_id: int | None
    email: str


class PersonDialog(QDialog):
    def __init__(self, organisations: list[Organisation], submit: Callable[[PersonFields], bool],
                 parent: QWidget | None = None, person: Person | None = None,
                 create_organisation: CreateOrganisation | None = None) -> None:
        super().__init__(parent)
        self.submit, self.create_organisation = submit, create_organisation
        self.org_dialog: OrganisationDialog | None = None
        self.setWindowTitle(self.tr("Edit person") if person else self.tr("New person"))
        fit_title(self)
        self.name = QLineEdit()
        self.function = QLineEdit()
        self.function.setPlaceholderText(self.tr("e.g. wethouder, directeur, beleidsadviseur"))
        self.organisation = QComboBox()
        self.organisation.addItem(self.tr("(no organisation)"), None)
        for org in organisations:
            self.organisation.addItem(org.name, org.id)
        find_by_any_part(self.organisation)
        # a long organisation name must not squeeze the labels: the list shows it whole
        self.organisation.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.organisation.setMinimumContentsLength(20)
        self.new_org_button = QPushButton(self.tr("Ne&w organisation…"))
        self.new_org_button.setVisible(create_organisation is not None)
        self.new_org_button.clicked.connect(self.new_organisation)
        self.email = QLineEdit()
        self.email.setPlaceholderText(self.tr("name@example.nl"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Save") if person else self.tr("&Add"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        form = QFormLayout(self)
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Function"), self.function)
        org_row = hbox(self.organisation, self.new_org_button, margins=0)
        org_row.setStretch(0, 1)
        form.addRow(self.tr("&Organisation"), org_row)
        form.addRow(self.tr("&E-mail"), self.email)
        form.addRow(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        if person is not None:
            self.name.setText(person.name)
            self.function.setText(person.function)
            self.organisation.setCurrentIndex(max(0, self.organisation.findData(
                person.organisation_id)))
            self.email.setText(person.email)
        self.resize(460, self.sizeHint().height())

    def new_organisation(self) -> None:
        """An organisation not yet known: made here, then chosen for this person."""
        self.org_dialog = OrganisationDialog(self._organisation_made, self)
        self.org_dialog.open()

    def _organisation_made(self, f: OrganisationFields) -> bool:
        assert self.create_organisation is not None
        org = self.create_organisation(f)
        if org is None:
            return False
        self.organisation.addItem(org.name, org.id)
        self.organisation.setCurrentIndex(self.organisation.count() - 1)
        return True

    def fields(self) -> PersonFields:
        return PersonFields(name=self.name.text(), function=self.function.text(),
                            organisation_id=self.organisation.currentData(),
                            email=self.email.text())

    def accept(self) -> None:
        if self.submit(self.fields()):
            super().accept()
