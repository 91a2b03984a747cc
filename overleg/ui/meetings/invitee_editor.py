"""Who is invited: the body's members by default; remove one, or add another person."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QListWidget, QListWidgetItem, QPushButton, QWidget

from overleg.domain.organisations import Person
from overleg.ui.common.find_completer import find_by_any_part
from overleg.ui.common.layout import hbox, vbox

PersonIdRole = Qt.ItemDataRole.UserRole + 1


class InviteeEditor(QWidget):
    edited = Signal()  # someone added or removed (set_invitees does not count)

    def __init__(self, people: list[Person], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.people = {p.id: p for p in people}
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Invited people"))
        self.list.setMinimumHeight(110)
        self.remove = QPushButton(self.tr("&Remove"))
        self.others = find_by_any_part(QComboBox())
        self.add = QPushButton(self.tr("&Add person"))
        self.remove.clicked.connect(self._remove_selected)
        self.add.clicked.connect(self._add_chosen)
        self.list.itemSelectionChanged.connect(
            lambda: self.remove.setEnabled(bool(self.list.selectedItems())))
        self.setLayout(vbox(self.list, hbox(self.remove, self.others, self.add), margins=0))
        self.set_invitees([])

    def set_invitees(self, person_ids: list[int]) -> None:
        self.list.clear()
        for pid in person_ids:
            self._append(self.people[pid])
        self._refill_others()

    def invitee_ids(self) -> list[int]:
        return [self.list.item(n).data(PersonIdRole) for n in range(self.list.count())]

    def remove_person(self, person_id: int) -> None:
        for n in range(self.list.count()):
            if self.list.item(n).data(PersonIdRole) == person_id:
                self.list.takeItem(n)
                self.edited.emit()
                break
        self._refill_others()

    def add_person(self, person_id: int) -> None:
        if person_id not in self.invitee_ids():
            self._append(self.people[person_id])
            self.edited.emit()
        self._refill_others()

    def _append(self, p: Person) -> None:
        row = QListWidgetItem(f"{p.name} — {p.function}" if p.function else p.name)
        row.setData(PersonIdRole, p.id)
        self.list.addItem(row)

    def _refill_others(self) -> None:
        invited = set(self.invitee_ids())
        self.others.clear()
        for p in sorted(self.people.values(), key=lambda p: p.name):
            if p.id not in invited and not p.archived:  # archived: not offered
                self.others.addItem(p.name, p.id)
        self.add.setEnabled(self.others.count() > 0)
        self.remove.setEnabled(bool(self.list.selectedItems()))

    def _remove_selected(self) -> None:
        for row in self.list.selectedItems():
            self.remove_person(row.data(PersonIdRole))

    def _add_chosen(self) -> None:
        if self.others.currentIndex() >= 0:
            self.add_person(self.others.currentData())
