"""Adding or editing a person: name, function, organisation and e-mail address."""

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from overleg.domain.organisations import Organisation, Person
from overleg.ui.common.find_completer import find_by_any_part


@dataclass(frozen=True)
class PersonFields:
    name: str
    function: str
    organisation_id: int | None
    email: str


class PersonDialog(QDialog):
    def __init__(self, organisations: list[Organisation], submit: Callable[[PersonFields], bool],
                 parent: QWidget | None = None, person: Person | None = None) -> None:
        super().__init__(parent)
        self.submit = submit
        self.setWindowTitle(self.tr("Edit person") if person else self.tr("New person"))
        self.name = QLineEdit()
        self.function = QLineEdit()
        self.function.setPlaceholderText(self.tr("e.g. wethouder, directeur, beleidsadviseur"))
        self.organisation = QComboBox()
        self.organisation.addItem(self.tr("(no organisation)"), None)
        for org in organisations:
            self.organisation.addItem(org.name, org.id)
        find_by_any_part(self.organisation)
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
        form.addRow(self.tr("&Organisation"), self.organisation)
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

    def fields(self) -> PersonFields:
        return PersonFields(name=self.name.text(), function=self.function.text(),
                            organisation_id=self.organisation.currentData(),
                            email=self.email.text())

    def accept(self) -> None:
        if self.submit(self.fields()):
            super().accept()
