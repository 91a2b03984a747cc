"""People and the organisations they represent: two lists, each with add and edit.
Every change is saved at once."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QGroupBox, QPushButton, QSplitter, QWidget

from overleg.domain.organisations import Organisation, Person
from overleg.services.container import Services
from overleg.ui.bodies.organisation_dialog import OrganisationDialog, OrganisationFields
from overleg.ui.bodies.people_models import OrganisationTableModel, PersonTableModel
from overleg.ui.bodies.person_dialog import PersonDialog, PersonFields
from overleg.ui.bodies.removal import Removal
from overleg.ui.bodies.table_view import on_key, record_table
from overleg.ui.common.command_bus import command
from overleg.ui.common.layout import hbox, vbox
from overleg.ui.common.selection import select_row
from overleg.ui.prompts import Prompts


class PeoplePage(QWidget):
    people_changed = Signal()  # member lists show names and organisations too

    def __init__(self, services: Services, prompts: Prompts, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.services, self.prompts = services, prompts
        self.dialog: QDialog | None = None
        self.people = PersonTableModel(services, self)
        self.orgs = OrganisationTableModel(services, self)
        self.people_table = record_table(self.people, 2)  # the organisation
        self.org_table = record_table(self.orgs, 0)
        self.new_person_button = QPushButton(self.tr("New &person…"))
        self.edit_person_button = QPushButton(self.tr("Ed&it person…"))
        self.new_org_button = QPushButton(self.tr("New &organisation…"))
        self.edit_org_button = QPushButton(self.tr("Edit or&ganisation…"))
        self.remove_person_button = QPushButton(self.tr("&Delete person…"))
        self.remove_org_button = QPushButton(self.tr("Delete organi&sation…"))
        self.personal_data_button = QPushButton(self.tr("Personal d&ata…"))
        self.removal = Removal(self, services, prompts)
        people_bar = hbox(self.new_person_button, self.edit_person_button,
                          self.remove_person_button, self.personal_data_button)
        people_bar.addStretch(1)
        org_bar = hbox(self.new_org_button, self.edit_org_button, self.remove_org_button)
        org_bar.addStretch(1)
        people_box = QGroupBox(self.tr("People"))
        people_box.setLayout(vbox(people_bar, self.people_table))
        org_box = QGroupBox(self.tr("Organisations"))
        org_box.setLayout(vbox(org_bar, self.org_table))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(people_box)
        splitter.addWidget(org_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.setLayout(vbox(splitter, margins=0))
        self.new_person_button.clicked.connect(self.new_person)
        self.edit_person_button.clicked.connect(self.edit_person)
        self.people_table.doubleClicked.connect(self.edit_person)
        self.new_org_button.clicked.connect(self.new_organisation)
        self.edit_org_button.clicked.connect(self.edit_organisation)
        self.remove_person_button.clicked.connect(self.remove_person)
        self.remove_org_button.clicked.connect(self.remove_organisation)
        self.personal_data_button.clicked.connect(self.personal_data)
        self.org_table.doubleClicked.connect(self.edit_organisation)
        on_key(self.people_table, Qt.Key.Key_Return, self.edit_person)
        on_key(self.org_table, Qt.Key.Key_Return, self.edit_organisation)
        self.people_table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.org_table.selectionModel().currentRowChanged.connect(self._update_buttons)

    def refresh(self) -> None:
        self._reload(self.current_person(), self.current_organisation())

    def current_person(self) -> Person | None:
        return self.people.record_at(self.people_table.currentIndex().row())

    def current_organisation(self) -> Organisation | None:
        return self.orgs.record_at(self.org_table.currentIndex().row())

    def _reload(self, person: Person | int | None, org: Organisation | int | None) -> None:
        self.people.reload()
        self.orgs.reload()
        select_row(self.people_table, self.people.row_of(_id(person)), or_first=True)
        select_row(self.org_table, self.orgs.row_of(_id(org)), or_first=True)
        self._update_buttons()

    def _update_buttons(self, *_args) -> None:
        person, org = self.current_person(), self.current_organisation()
        self.edit_person_button.setEnabled(person is not None)
        self.edit_org_button.setEnabled(org is not None)
        self.remove_person_button.setEnabled(person is not None)
        self.remove_org_button.setEnabled(org is not None)
        # an archived one is restored with the same button
        self.remove_person_button.setText(
            self.tr("&Restore person") if person is not None and person.archived
            else self.tr("&Delete person…"))
        self.remove_org_button.setText(
            self.tr("Res&tore organisation") if org is not None and org.archived
            else self.tr("Delete organi&sation…"))

    def personal_data(self) -> None:
        """The AVG dialog: anonymise or export the current person, retention periods."""
        from overleg.services.encryption_note import encryption_note
        from overleg.ui.bodies.person_data_dialog import PersonDataDialog

        person, path = self.current_person(), self.services.backups.path
        self.dialog = PersonDataDialog(self.services, self.prompts,
                                       person.name if person is not None else "", self,
                                       encryption_note=lambda: encryption_note(path))
        self.dialog.finished.connect(lambda _r: self._changed(self.current_person(),
                                                              self.current_organisation()))
        self.dialog.open()

    def remove_person(self) -> None:
        person = self.current_person()
        if person is not None and self.removal.person(person):
            self._changed(person, self.current_organisation())

    def remove_organisation(self) -> None:
        org = self.current_organisation()
        if org is not None and self.removal.organisation(org):
            self._changed(self.current_person(), org)

    def _organisations_for(self, person: Person | None) -> list[Organisation]:
        """The pickable ones, and the person's own even when archived."""
        return [o for o in self.services.bodies.organisations()
                if not o.archived or (person is not None and o.id == person.organisation_id)]

    def create_organisation(self, f: OrganisationFields) -> Organisation | None:
        """From the person dialog: a new organisation, one undoable step of its own."""
        org = command(self, self.prompts, self.tr("Add organisation"),
                      lambda: self.services.bodies.add_organisation(
            Organisation(f.name, f.kind, f.short_name)))
        if org is not None:
            self.orgs.reload()
        return org

    def _changed(self, person: Person | int | None, org: Organisation | int | None) -> None:
        self._reload(person, org)
        self.people_changed.emit()

    # -- people ---------------------------------------------------------------------------

    def new_person(self) -> None:
        self.dialog = PersonDialog(self._organisations_for(None), self._add_person, self,
                                   create_organisation=self.create_organisation)
        self.dialog.open()

    def _add_person(self, f: PersonFields) -> bool:
        person = command(self, self.prompts, self.tr("Add person"),
                         lambda: self.services.bodies.add_person(Person(
            f.name, f.function, f.organisation_id, f.email)))
        if person is None:
            return False
        self._changed(person, self.current_organisation())
        return True

    def edit_person(self, *_args) -> None:
        person = self.current_person()
        if person is None:
            return
        self.dialog = PersonDialog(self._organisations_for(person),
                                   lambda f: self._save_person(person, f), self, person=person,
                                   create_organisation=self.create_organisation)
        self.dialog.open()

    def _save_person(self, old: Person, f: PersonFields) -> bool:
        def save() -> bool:
            self.services.bodies.update_person(Person(
                f.name, f.function, f.organisation_id, f.email, id=old.id, uuid=old.uuid))
            return True
        if not command(self, self.prompts, self.tr("Edit person"), save):
            return False
        self._changed(old, self.current_organisation())
        return True

    # -- organisations --------------------------------------------------------------------

    def new_organisation(self) -> None:
        self.dialog = OrganisationDialog(self._add_organisation, self)
        self.dialog.open()

    def _add_organisation(self, f: OrganisationFields) -> bool:
        org = command(self, self.prompts, self.tr("Add organisation"),
                      lambda: self.services.bodies.add_organisation(
            Organisation(f.name, f.kind, f.short_name)))
        if org is None:
            return False
        self._changed(self.current_person(), org)
        return True

    def edit_organisation(self, *_args) -> None:
        org = self.current_organisation()
        if org is None:
            return
        self.dialog = OrganisationDialog(lambda f: self._save_organisation(org, f), self,
                                         org=org)
        self.dialog.open()

    def _save_organisation(self, old: Organisation, f: OrganisationFields) -> bool:
        def save() -> bool:
            self.services.bodies.update_organisation(Organisation(
                f.name, f.kind, f.short_name, id=old.id, uuid=old.uuid))
            return True
        if not command(self, self.prompts, self.tr("Edit organisation"), save):
            return False
        self._changed(self.current_person(), old)
        return True


def _id(record) -> int | None:
    return record if isinstance(record, int) or record is None else record.id
