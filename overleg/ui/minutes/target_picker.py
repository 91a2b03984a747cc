"""Who owns a follow-up (a person or an organisation) and when it comes back: a date, or
a later meeting of any body. Which dates and meetings are offered is the minutes service's
answer (MinutesService.possible_targets), never decided here."""

from datetime import date, timedelta

from PySide6.QtWidgets import QButtonGroup, QComboBox, QRadioButton, QWidget

from overleg.domain.followups import NO_TERM, Target
from overleg.domain.listings import MeetingListing
from overleg.domain.records import id_of
from overleg.services.container import Services
from overleg.ui.common.date_edit import DateEdit
from overleg.ui.common.find_completer import find_by_any_part
from overleg.ui.common.layout import hbox, vbox
from overleg.ui.common.qt_dates import from_qdate, to_qdate
from overleg.ui.minutes.labels import meeting_label

DEFAULT_TERM = timedelta(days=14)


class OwnerPicker(QComboBox):
    """People who attend first, then everyone else, then the organisations; found by
    typing any part of a name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.archived: dict[tuple[str, int], str] = {}
        find_by_any_part(self)

    def load(self, services: Services, meeting_id: int) -> None:
        self.clear()
        self.addItem(self.tr("(no owner)"), None)
        attending = {a.person_id for a in services.meetings.attendance(meeting_id)}
        everyone = services.bodies.all_people()
        orgs = services.bodies.organisations()
        # archived: not offered, but an owner a follow-up already has still shows
        self.archived = {**{("person", id_of(p)): p.name for p in everyone if p.archived},
                         **{("organisation", id_of(o)): o.name for o in orgs if o.archived}}
        people = [p for p in everyone if not p.archived]
        orgs = [o for o in orgs if not o.archived]
        for group in ([p for p in people if p.id in attending],
                      [p for p in people if p.id not in attending]):
            if group:
                self.insertSeparator(self.count())
            for p in group:
                self.addItem(p.name, ("person", p.id))
        if orgs:
            self.insertSeparator(self.count())
        for o in orgs:
            self.addItem(o.name, ("organisation", o.id))
        self.setCurrentIndex(0)

    def owner(self) -> tuple[int | None, int | None]:
        """(person id, organisation id), at most one of them set."""
        data = self.currentData()
        if not data:
            return None, None
        kind, record_id = data
        return (record_id, None) if kind == "person" else (None, record_id)

    def select_owner(self, person_id: int | None, organisation_id: int | None) -> None:
        wanted = ("person", person_id) if person_id is not None else \
            ("organisation", organisation_id) if organisation_id is not None else None
        for i in range(self.count()):
            data = self.itemData(i)
            if (tuple(data) if data else None) == wanted:
                self.setCurrentIndex(i)
                return
        if wanted in self.archived:
            self.addItem(self.archived[wanted], wanted)
            self.setCurrentIndex(self.count() - 1)

    def select(self, text: str) -> None:
        self.setCurrentIndex(max(0, self.findText(text)))


class TargetPicker(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.none = QRadioButton(self.tr("No term"))
        self.by_date = QRadioButton(self.tr("&By date"))
        self.date = DateEdit()
        self.date.setAccessibleName(self.tr("Due date"))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd-MM-yyyy")
        self.at_meeting = QRadioButton(self.tr("At meet&ing"))
        self.meeting = QComboBox()
        self.meeting.setAccessibleName(self.tr("Meeting to come back to"))
        self.meeting.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.meeting.setMinimumContentsLength(24)
        self.group = QButtonGroup(self)
        for button in (self.none, self.by_date, self.at_meeting):
            self.group.addButton(button)
        self.date.dateChanged.connect(lambda _d: self.by_date.setChecked(True))
        self.meeting.activated.connect(lambda _i: self.at_meeting.setChecked(True))
        first = hbox(self.none, self.by_date, self.date)
        first.addStretch(1)
        second = hbox(self.at_meeting, self.meeting)
        second.setStretch(1, 1)
        self.setLayout(vbox(first, second, margins=0))
        self.none.setChecked(True)

    def load(self, earliest: date, later: list[MeetingListing]) -> None:
        self.date.blockSignals(True)
        self.date.setMinimumDate(to_qdate(earliest))
        self.date.setDate(to_qdate(earliest + DEFAULT_TERM))
        self.date.blockSignals(False)
        self.meeting.clear()
        for listing in later:
            self.meeting.addItem(meeting_label(listing), listing.meeting.id)
        self.at_meeting.setEnabled(bool(later))
        self.meeting.setEnabled(bool(later))
        self.none.setChecked(True)

    def choose_meeting(self, meeting_id: int, label: str = "") -> None:
        if self.meeting.findData(meeting_id) < 0:  # no longer ahead, yet still its target
            self.meeting.addItem(label or str(meeting_id), meeting_id)
            self.at_meeting.setEnabled(True)
            self.meeting.setEnabled(True)
        self.meeting.setCurrentIndex(self.meeting.findData(meeting_id))
        self.at_meeting.setChecked(True)

    def choose_date(self, day: date) -> None:
        self.date.setDate(to_qdate(day))
        self.by_date.setChecked(True)

    def choose(self, target: Target, label: str = "") -> None:
        """Show a follow-up's term; `label` names its meeting if no longer offered."""
        if target.meeting_id is not None:
            self.choose_meeting(target.meeting_id, label)
        elif target.due_date is not None:
            self.choose_date(target.due_date)
        else:
            self.none.setChecked(True)

    def target(self) -> Target:
        """The term chosen: a date, a meeting, or none yet."""
        if self.by_date.isChecked():
            return Target(due_date=from_qdate(self.date.date()))
        if self.at_meeting.isChecked() and self.meeting.currentIndex() >= 0:
            return Target(meeting_id=self.meeting.currentData())
        return NO_TERM
