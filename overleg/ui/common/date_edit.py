"""A date field that takes a date the way people write it: 19-9-2013, 19/09/13,
19 sep 2013 or 2013-09-19, read by the domain's one parser (dutch_dates.parse_date), with
a Dutch calendar popup whatever the system's language.

Qt's own QDateEdit reads the text section by section against its display format: a
slash or a month name is refused and a dash jumps fields, so a date typed with dashes
came out garbled. Here the typed text is kept as typed and read as a whole (the date
follows while typing, as soon as the text is one); leaving the field with a text that is
no date gives back the previous date.
Typing into a date as shown replaces it; the arrow keys still step the day, month or
year under the cursor."""

from datetime import date

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt
from PySide6.QtGui import QKeyEvent, QValidator
from PySide6.QtWidgets import QAbstractSpinBox, QDateEdit, QWidget

from overleg.domain.dutch_dates import parse_date, short_date
from overleg.domain.errors import ValidationError

DUTCH = QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)
DISPLAY_FORMAT = "dd-MM-yyyy"  # what short_date writes
_TYPED = set("0123456789-/. ") | set("abcdefghijklmnopqrstuvwxyz")


def read_date(text: str) -> date | None:
    try:
        return parse_date(text)
    except ValidationError:
        return None


class DateEdit(QDateEdit):
    def __init__(self, day: QDate | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setLocale(DUTCH)
        self.setDisplayFormat(DISPLAY_FORMAT)
        self.setCalendarPopup(True)
        self.calendarWidget().setLocale(DUTCH)
        self.calendarWidget().setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToPreviousValue)
        if day is not None:
            self.setDate(day)

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        if read_date(text) is not None:
            return QValidator.State.Acceptable, text, pos
        if all(ch in _TYPED for ch in text.lower()):
            return QValidator.State.Intermediate, text, pos
        return QValidator.State.Invalid, text, pos

    def dateTimeFromText(self, text: str) -> QDateTime:  # noqa: N802 (Qt naming)
        day = read_date(text)
        if day is None:
            return self.dateTime()
        return QDateTime(QDate(day.year, day.month, day.day), self.time())

    def textFromDateTime(self, value: QDateTime) -> str:  # noqa: N802 (Qt naming)
        d = value.date()
        return short_date(date(d.year(), d.month(), d.day()))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt naming)
        # Typed characters go into the text as typed (QDateEdit would treat a dash as
        # "next section" and refuse a slash); arrows, Enter and the rest as usual.
        if event.text() and event.text().isprintable() and \
                not event.modifiers() & (Qt.KeyboardModifier.ControlModifier
                                         | Qt.KeyboardModifier.AltModifier):
            if self.lineEdit().text() == self.textFromDateTime(self.dateTime()):
                self.lineEdit().selectAll()  # typing into a shown date starts a new one
            QAbstractSpinBox.keyPressEvent(self, event)
            return
        super().keyPressEvent(event)
