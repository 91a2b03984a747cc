"""Python dates and times to Qt and back. PySide6 accepts a `date` in QDate() and returns
one from toPython(), but its type hints know neither (toPython() is `object`); these
say what the date widgets hold."""

from datetime import date, time

from PySide6.QtCore import QDate, QTime


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def from_qtime(moment: QTime) -> time:
    return time(moment.hour(), moment.minute(), moment.second(), moment.msec() * 1000)
