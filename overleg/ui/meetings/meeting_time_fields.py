"""Date, start and end of a meeting, with the one sentence that says what is wrong."""

from datetime import date, datetime, time

from PySide6.QtCore import QDate, QTime, Signal
from PySide6.QtWidgets import QLabel, QTimeEdit, QWidget

from overleg.ui.common.date_edit import DateEdit
from overleg.ui.common.layout import hbox
from overleg.ui.common.qt_dates import from_qdate, from_qtime

ERROR_STYLE = "color:#b3261e; font-weight:bold;"


class MeetingTimeFields(QWidget):
    validity_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.date = DateEdit()
        self.date.setAccessibleName(self.tr("Date"))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd-MM-yyyy")
        self.start = QTimeEdit()
        self.start.setAccessibleName(self.tr("Start time"))
        self.start.setDisplayFormat("HH.mm")
        self.end = QTimeEdit()
        self.end.setAccessibleName(self.tr("End time"))
        self.end.setDisplayFormat("HH.mm")
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        until = QLabel(self.tr("until"))
        row = hbox(self.date, self.start, until, self.end)
        row.addStretch(1)
        self.setLayout(row)
        for w in (self.start, self.end):
            w.timeChanged.connect(self._check)

    def set_values(self, day: date, start: time, end: time) -> None:
        self.date.setDate(QDate(day.year, day.month, day.day))
        self.start.setTime(QTime(start.hour, start.minute))
        self.end.setTime(QTime(end.hour, end.minute))
        self._check()

    def starts_at(self) -> datetime:
        return datetime.combine(from_qdate(self.date.date()), from_qtime(self.start.time()))

    def ends_at(self) -> datetime:
        return datetime.combine(from_qdate(self.date.date()), from_qtime(self.end.time()))

    def is_valid(self) -> bool:
        return self.ends_at() > self.starts_at()

    def _check(self) -> None:
        valid = self.is_valid()
        self.error.setText("" if valid else self.tr(
            "The meeting cannot end before it starts: choose an end time after the start."))
        self.error.setVisible(not valid)
        self.validity_changed.emit(valid)
