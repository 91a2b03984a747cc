"""Planning a meeting: body, date and times, location, the OOGO subject for OOGO bodies,
an optional title, and who is invited (the body's members unless changed)."""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from overleg.domain.enums import BodyKind, OogoSubject
from overleg.domain.records import id_of
from overleg.services.container import Services
from overleg.ui.common.qt_dates import from_qdate, from_qtime
from overleg.ui.common.window_title import fit_title
from overleg.ui.meetings.invitee_editor import InviteeEditor
from overleg.ui.meetings.labels import subject_labels
from overleg.ui.meetings.meeting_time_fields import MeetingTimeFields


@dataclass(frozen=True)
class PlanRequest:
    """What the plan-meeting dialog returns."""
    body_id: int
    starts_at: datetime
    ends_at: datetime
    location: str
    subject: OogoSubject | None
    title: str
    invitee_ids: list[int]


class PlanMeetingDialog(QDialog):
    def __init__(self, services: Services, submit: Callable[[PlanRequest], bool],
                 parent: QWidget | None = None, body_id: int | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Plan a meeting"))
        fit_title(self)
        self.services, self.submit = services, submit
        self.bodies = {b.id: b for b in services.bodies.all()}
        self.body = QComboBox()
        for b in self.bodies.values():
            self.body.addItem(b.name, b.id)
        self.times = MeetingTimeFields()
        self.location = QLineEdit()
        self.subject = QComboBox()
        for subject, label in subject_labels().items():
            self.subject.addItem(label, str(subject))
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("optional, e.g. Extra meeting"))
        self.invitees = InviteeEditor(services.bodies.all_people())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Plan"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.form = QFormLayout(self)
        self.form.addRow(self.tr("&Body"), self.body)
        self.form.addRow(self.tr("&Date and time"), self.times)
        self.form.addRow("", self.times.error)
        self.form.addRow(self.tr("&Location"), self.location)
        self.form.addRow(self.tr("OOGO &subject"), self.subject)
        self.form.addRow(self.tr("T&itle"), self.title_edit)
        self.form.addRow(self.tr("In&vited"), self.invitees)
        self.form.addRow(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.times.validity_changed.connect(self.ok.setEnabled)
        # What the user set stays when another body is chosen; only untouched fields
        # take the new body's defaults.
        self.touched: set[str] = set()
        self._filling = False
        self.location.textEdited.connect(lambda _text: self._touch("location"))
        self.times.date.dateChanged.connect(lambda _day: self._touch("date"))
        for edit in (self.times.start, self.times.end):
            edit.timeChanged.connect(lambda _t: self._touch("times"))
        self.invitees.edited.connect(lambda: self._touch("invitees"))
        self.body.currentIndexChanged.connect(self._body_changed)
        if body_id is not None and self.body.findData(body_id) >= 0:
            self.body.setCurrentIndex(self.body.findData(body_id))
        self._body_changed()
        self.resize(560, 520)

    def _touch(self, field: str) -> None:
        if not self._filling:
            self.touched.add(field)

    def _body_changed(self) -> None:
        """Prefill from the body: its members, and the time and place it usually meets,
        into the fields the user has not changed."""
        body_id = self.body.currentData()
        if body_id is None:
            return
        oogo = self.bodies[body_id].kind is BodyKind.OOGO
        self.form.setRowVisible(self.subject, oogo)
        last = self.services.meetings.listings(body_id=body_id, descending=True, limit=1)
        start, end, place = time(15, 0), time(17, 0), ""
        if last:
            m = last[0].meeting
            start, end = m.starts_at.time(), m.end.time()
            place = m.location
        day = self.services.ctx.today() + timedelta(days=14)
        if "date" in self.touched:
            day = from_qdate(self.times.date.date())
        if "times" in self.touched:
            start, end = from_qtime(self.times.start.time()), from_qtime(self.times.end.time())
        self._filling = True
        try:
            self.times.set_values(day, start, end)
            if "location" not in self.touched:
                self.location.setText(place)
            if "invitees" not in self.touched:
                self.invitees.set_invitees(
                    [id_of(p) for _r, p in self.services.bodies.members(body_id)])
        finally:
            self._filling = False

    def set_day(self, day: date) -> None:
        self.times.set_values(day, from_qtime(self.times.start.time()),
                              from_qtime(self.times.end.time()))

    def request(self) -> PlanRequest:
        body_id = self.body.currentData()
        oogo = self.bodies[body_id].kind is BodyKind.OOGO
        return PlanRequest(body_id=body_id, starts_at=self.times.starts_at(),
                           ends_at=self.times.ends_at(), location=self.location.text(),
                           subject=OogoSubject(self.subject.currentData()) if oogo else None,
                           title=self.title_edit.text(),
                           invitee_ids=self.invitees.invitee_ids())

    def accept(self) -> None:
        """Closes only when the meeting was planned; a refusal keeps what was typed."""
        if self.times.is_valid() and self.submit(self.request()):
            super().accept()
