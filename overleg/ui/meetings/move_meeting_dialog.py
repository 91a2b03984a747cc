"""Moving a meeting to another date or time; the old one stays as 'verplaatst'."""

from collections.abc import Callable
from datetime import datetime

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from overleg.domain.dutch_dates import long_date, time_range
from overleg.domain.meetings import Meeting
from overleg.ui.common.window_title import fit_title
from overleg.ui.meetings.meeting_time_fields import MeetingTimeFields


class MoveMeetingDialog(QDialog):
    def __init__(self, meeting: Meeting, submit: Callable[[datetime, datetime], bool],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Move meeting"))
        fit_title(self)
        self.submit = submit
        now = QLabel(f"{long_date(meeting.day)}, "
                     f"{time_range(meeting.starts_at, meeting.end)}")
        self.times = MeetingTimeFields()
        self.times.set_values(meeting.day, meeting.starts_at.time(),
                              meeting.end.time())
        note = QLabel(self.tr("The agenda, the invitees and everything that comes back at "
                              "this meeting move along; the old date stays visible as "
                              "moved."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Move"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        form = QFormLayout(self)
        form.addRow(self.tr("Now"), now)
        form.addRow(self.tr("&New date and time"), self.times)
        form.addRow("", self.times.error)
        form.addRow(note)
        form.addRow(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.times.validity_changed.connect(self.ok.setEnabled)

    def accept(self) -> None:
        if self.times.is_valid() and self.submit(self.times.starts_at(), self.times.ends_at()):
            super().accept()
