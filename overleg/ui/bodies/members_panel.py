"""The members of one body with their role: add an existing or a new person, change a
role, remove a member. Every change is saved at once."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QPushButton,
    QWidget,
)

from overleg.domain.enums import MemberRole
from overleg.domain.organisations import Person
from overleg.domain.records import id_of
from overleg.services.container import Services
from overleg.ui.bodies.body_models import FUNCTION, MemberTableModel
from overleg.ui.bodies.labels import role_labels
from overleg.ui.bodies.person_dialog import PersonDialog, PersonFields
from overleg.ui.bodies.table_view import on_key, record_table
from overleg.ui.common.command_bus import command
from overleg.ui.common.find_completer import find_by_any_part
from overleg.ui.common.guard import succeeded
from overleg.ui.common.layout import hbox, vbox
from overleg.ui.common.selection import select_row
from overleg.ui.prompts import Prompts


class MembersPanel(QWidget):
    changed = Signal()  # a member joined, left or got another role

    def __init__(self, services: Services, prompts: Prompts, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.services, self.prompts = services, prompts
        self.body_id: int | None = None
        self.dialog: PersonDialog | None = None
        self.model = MemberTableModel(services, self)
        self.table = record_table(self.model, FUNCTION)
        self.table.setAccessibleName(self.tr("Members of the chosen body"))
        self.person = find_by_any_part(QComboBox())
        self.person.setMinimumContentsLength(24)
        self.person.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.role = QComboBox()
        for role, label in role_labels().items():
            self.role.addItem(label, str(role))
        self.role.setCurrentIndex(self.role.findData(str(MemberRole.MEMBER)))
        self.add_button = QPushButton(self.tr("&Add member"))
        self.new_person_button = QPushButton(self.tr("New &person…"))
        self.role_button = QPushButton(self.tr("Change &role…"))
        self.remove_button = QPushButton(self.tr("Re&move member…"))
        as_label = QLabel(self.tr("as"))
        add_bar = hbox(self.person, as_label, self.role, self.add_button, self.new_person_button)
        add_bar.addStretch(1)
        edit_bar = hbox(self.role_button, self.remove_button)
        edit_bar.addStretch(1)
        self.setLayout(vbox(self.table, edit_bar, add_bar, margins=0))
        self.add_button.clicked.connect(self.add_existing)
        self.new_person_button.clicked.connect(self.add_new_person)
        self.role_button.clicked.connect(self.change_role)
        self.remove_button.clicked.connect(self.remove_member)
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(self.change_role)
        on_key(self.table, Qt.Key.Key_Return, self.change_role)
        on_key(self.table, Qt.Key.Key_Delete, self.remove_member)
        self.set_body(None)

    def set_body(self, body_id: int | None) -> None:
        self.body_id = body_id
        self.model.set_body(body_id)
        self._fill_people()
        self.setEnabled(body_id is not None)
        self._update_buttons()

    def refresh(self) -> None:
        self.model.reload()
        self._fill_people()
        self._update_buttons()

    def _fill_people(self) -> None:
        """Everyone who is not yet a member, by name."""
        keep = self.person.currentData()
        members = {p.id for _r, p in self.model.rows}
        self.person.clear()
        for p in self.services.bodies.pickable_people():
            if p.id not in members:
                self.person.addItem(_label(p), p.id)
        self.person.setCurrentIndex(max(0, self.person.findData(keep)))
        self.person.setPlaceholderText(self.tr("everyone is a member"))

    def current_member(self) -> tuple[MemberRole, Person] | None:
        return self.model.record_at(self.table.currentIndex().row())

    def _update_buttons(self, *_args) -> None:
        has_member = self.current_member() is not None
        self.role_button.setEnabled(has_member)
        self.remove_button.setEnabled(has_member)
        self.add_button.setEnabled(self.person.count() > 0)

    # -- actions ----------------------------------------------------------------------------

    def add_existing(self) -> None:
        person_id = self.person.currentData()
        if self.body_id is None or person_id is None:
            return
        self._join(person_id)

    def add_new_person(self) -> None:
        if self.body_id is None:
            return
        self.dialog = PersonDialog(self.services.bodies.pickable_organisations(),
                                   self._create_person, self)
        self.dialog.open()

    def _create_person(self, f: PersonFields) -> bool:
        person = command(self, self.prompts, self.tr("Add person"),
                         lambda: self.services.bodies.add_person(Person(
            f.name, f.function, f.organisation_id, f.email)))
        if person is None:
            return False
        self._join(id_of(person))
        return True

    def _join(self, person_id: int) -> None:
        role = MemberRole(self.role.currentData())
        body_id = self.body_id
        if body_id is None:  # the panel shows no body: nothing to join
            return
        if command(self, self.prompts, self.tr("Add member"),
                   succeeded(lambda: self.services.bodies.add_member(body_id, person_id, role))):
            self._after_change(person_id)

    def change_role(self, *_args) -> None:
        member = self.current_member()
        if member is None or self.body_id is None:
            return
        labels = role_labels()
        choice = self.prompts.choose(self.tr("Change role"),
                                     self.tr("Role of %1 in this body:").replace(
                                         "%1", member[1].name),
                                     list(labels.values()))
        if choice is None:
            return
        role, person_id, body_id = list(labels)[choice], id_of(member[1]), self.body_id
        command(self, self.prompts, self.tr("Change role"),
                lambda: self.services.bodies.set_role(body_id, person_id, role))
        self._after_change(person_id)

    def remove_member(self) -> None:
        member = self.current_member()
        if member is None or self.body_id is None:
            return
        question = self.tr("Remove %1 from this body? Past attendance and minutes stay as "
                           "they are.").replace("%1", member[1].name)
        if not self.prompts.confirm(question):
            return
        person_id, body_id = id_of(member[1]), self.body_id
        command(self, self.prompts, self.tr("Remove member"),
                lambda: self.services.bodies.remove_member(body_id, person_id))
        self._after_change(None)

    def _after_change(self, person_id: int | None) -> None:
        self.refresh()
        row = self.model.row_of(person_id)
        if row is not None:
            select_row(self.table, row)
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self._update_buttons()
        self.changed.emit()


def _label(p: Person) -> str:
    return f"{p.name} — {p.function}" if p.function else p.name
