"""Who owns a follow-up (a person or an organisation) and when it comes back: a date, or
a later meeting of any body. Which dates and meetings are offered is the minutes service's
answer (MinutesService.possible_targets), never decided here."""

from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QButtonGroup, QComboBox, QDateEdit, QRadioButton, QWidget

from overleg.domain.listings import MeetingListing
from overleg.services.container import Services
from overleg.ui.common.layout import hbox, vbox
from overleg.ui.minutes.labels import meeting_label

DEFAULT_TERM = timedelta(days=14)


class OwnerPicker(QComboBox):
    """People who attend first, then everyone else, then the organisations."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.archived: dict[tuple[str, int], str] = {}

    def load(self, services: Services, meeting_id: int) -> None:
        self.clear()
        self.addItem(self.tr("(no owner)"), None)
        attending = {a.person_id for a in services.meetings.attendance(meeting_id)}
        everyone = services.bodies.all_people()
        orgs = services.bodies.organisations()
        # archived: not offered, but an owner a follow-up already has still shows
        self.archived = {**{("person", p.id): p.name for p in everyone if p.archived},
                         **{("organisation", o.id): o.name for o in orgs if o.archived}}
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
        self.by_date = QRadioButton(self.tr("By &date"))
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd-MM-yyyy")
        self.at_meeting = QRadioButton(self.tr("At &meeting"))
        self.meeting = QComboBox()
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
        self.date.setMinimumDate(QDate(earliest))
        self.date.setDate(QDate(earliest + DEFAULT_TERM))
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
        self.date.setDate(QDate(day))
        self.by_date.setChecked(True)

    def target(self) -> tuple[date | None, int | None]:
        """(target date, target meeting id), at most one of them set."""
        if self.by_date.isChecked():
            return self.date.date().toPython(), None
        if self.at_meeting.isChecked() and self.meeting.currentIndex() >= 0:
            return None, self.meeting.currentData()
        return None, None
