"""Attendance, ticked once at the start of the meeting: invitees present, with apologies
or as guest, and guests added from the people known or as a new person."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHeaderView, QLabel, QPushButton, QTableView, QWidget

from overleg.domain.enums import AttendanceStatus as A
from overleg.domain.organisations import Person
from overleg.domain.records import id_of
from overleg.ui.common.layout import hbox, vbox
from overleg.ui.minutes.attendance_model import AttendanceModel
from overleg.ui.minutes.minutes_session import MinutesSession


class AttendancePanel(QWidget):
    summary_changed = Signal(str)

    def __init__(self, session: MinutesSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.services, self.prompts = session.services, session.prompts
        self.heading = QLabel(self.tr("<b>Attendance</b>"))
        self.model = AttendanceModel(self._write, self)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Attendance list"))
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.summary = QLabel()
        self.all_present = QPushButton(self.tr("Everyone else pre&sent"))
        self.all_present.setToolTip(self.tr("Tick every invitee not yet ticked as present"))
        self.add_guest = QPushButton(self.tr("A&dd guest…"))
        self.remove_guest = QPushButton(self.tr("Remove &guest"))
        self.all_present.clicked.connect(self._all_present)
        self.add_guest.clicked.connect(self._add_guest)
        self.remove_guest.clicked.connect(self._remove_guest)
        buttons = hbox(self.all_present, self.add_guest, self.remove_guest)
        buttons.addStretch(1)
        self.setLayout(vbox(self.heading, self.table, self.summary, buttons, margins=0))
        # Counted from the model once it holds the change (a tick is stored before the
        # model takes it: counting at the write was one change behind).
        self.model.dataChanged.connect(self._summarise)

    def reload(self) -> None:
        mid = self.session.meeting_id
        if mid is None:
            self.model.load([])
        else:
            people = {p.id: p for p in self.services.bodies.all_people()}
            self.model.load([(a, people[a.person_id])
                             for a in self.services.meetings.attendance(mid)])
        self._summarise()

    def set_read_only(self, read_only: bool) -> None:
        self.model.read_only = read_only
        for button in (self.all_present, self.add_guest, self.remove_guest):
            button.setEnabled(not read_only)
        self.table.viewport().update()

    def _write(self, person_id: int, old: A, new: A) -> bool:
        return self.session.set_attendance(person_id, old, new)

    def _summarise(self, *_changed) -> None:
        n = self.model.counts()
        guests = self.tr("%n guest(s)", "", n[A.GUEST])
        text = self.tr("%1 present, %2 apologies, %3, %4 not ticked").replace(
            "%1", str(n[A.PRESENT])).replace("%2", str(n[A.APOLOGIES])).replace(
            "%3", guests).replace("%4", str(n[A.INVITED]))
        self.summary.setText(text)
        self.summary_changed.emit(text)

    def _all_present(self) -> None:
        waiting = [p for a, p in self.model.rows if a.status is A.INVITED]
        if not waiting:
            return
        with self.session.group(self.tr("Everyone else present")):
            for person in waiting:
                self.session.set_attendance(id_of(person), A.INVITED, A.PRESENT)
        self.reload()

    def _add_guest(self) -> None:
        listed = {p.id for _, p in self.model.rows}
        others = [p for p in self.services.bodies.pickable_people() if p.id not in listed]
        new_person = self.tr("A new person…")
        options = [new_person] + [f"{p.name} ({p.function})" if p.function else p.name
                                  for p in others]
        choice = self.prompts.choose(self.tr("Add guest"), self.tr("Who attends as guest?"),
                                     options)
        if choice is None:
            return
        if choice == 0:
            name = self.prompts.ask_text(self.tr("New person"), self.tr("Name of the guest:"))
            if not name or not name.strip():
                return
            created: list[Person] = []
            if not self.session.attempt(lambda: created.append(
                    self.services.bodies.add_person(Person(name)))):
                return
            person = created[0]
        else:
            person = others[choice - 1]
        self.session.set_attendance(id_of(person), None, A.GUEST)
        self.reload()

    def _remove_guest(self) -> None:
        row = self.table.currentIndex().row()
        if not 0 <= row < len(self.model.rows):
            return
        attendance, person = self.model.rows[row]
        if attendance.status is not A.GUEST:
            self.prompts.error(self.tr("Only a guest can be removed from the attendance list; "
                                       "an invitee gets apologies instead."))
            return
        self.session.set_attendance(id_of(person), A.GUEST, None)
        self.reload()
