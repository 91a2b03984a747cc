"""Fast entry: people and organisations found by any part of the name, without
accents; dates typed as people write them, read by the domain's one parser; a Dutch
calendar whatever the system's language."""

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from overleg.domain.dutch_dates import MONTHS
from overleg.domain.enums import OrganisationKind
from overleg.domain.organisations import Organisation, Person
from overleg.domain.text import search_key
from overleg.ui.common.date_edit import DateEdit
from overleg.ui.common.find_completer import matching_rows
from overleg.ui.common.layout import vbox
from overleg.ui.minutes.target_picker import OwnerPicker
from tests.ui.minutes.conftest import meeting_of

DAYS = st.dates(min_value=date(2000, 1, 1), max_value=date(2060, 12, 31))


def written(day: date, form: int) -> str:
    """The ways a date is written in the issue: 19-9-2013, 19/09/13, 19 sep 2013 and
    the long, ISO and digits-only forms."""
    return [f"{day.day}-{day.month}-{day.year}",
            f"{day.day:02}/{day.month:02}/{day.year % 100:02}",
            f"{day.day} {MONTHS[day.month - 1][:3]} {day.year}",
            f"{day.day} {MONTHS[day.month - 1]} {day.year}",
            day.isoformat(),
            f"{day.day:02}{day.month:02}{day.year}"][form]


class Form(QWidget):
    """A date field followed by another field, so Tab leaves it as a user would."""

    def __init__(self) -> None:
        super().__init__()
        self.date, self.next = DateEdit(QDate(1999, 1, 1)), QLineEdit()
        self.setLayout(vbox(self.date, self.next))


@pytest.fixture
def form(qtbot):
    f = Form()
    qtbot.addWidget(f)
    f.show()
    f.activateWindow()
    qtbot.waitUntil(f.isActiveWindow)
    return f


def _type_date(qtbot, form: Form, text: str, leave=Qt.Key.Key_Tab) -> date:
    form.date.setFocus()
    form.date.lineEdit().selectAll()
    qtbot.keyClicks(form.date, text)
    qtbot.keyClick(form.date, leave)
    d = form.date.date()
    return date(d.year(), d.month(), d.day())


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(day=DAYS, form_number=st.integers(0, 5),
       leave=st.sampled_from([Qt.Key.Key_Tab, Qt.Key.Key_Return]))
def test_a_date_typed_in_any_accepted_form_is_that_date(qtbot, form, day, form_number,
                                                         leave):
    assert _type_date(qtbot, form, written(day, form_number), leave) == day
    assert form.date.lineEdit().text() == f"{day.day:02}-{day.month:02}-{day.year}"


@settings(max_examples=20, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.sampled_from(["31-2-2013", "zomaar", "19-13-2013", "19 smarch 2013", ""]))
def test_a_text_that_is_no_date_gives_back_the_previous_date(qtbot, form, text):
    form.date.setDate(QDate(2013, 9, 19))
    assert _type_date(qtbot, form, text) == date(2013, 9, 19)


def test_the_calendar_is_dutch_under_an_english_system(qtbot):
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    try:
        field = DateEdit(QDate(2013, 9, 19))
        qtbot.addWidget(field)
        calendar = field.calendarWidget()
        assert calendar.locale().language() == QLocale.Language.Dutch
        assert calendar.locale().standaloneMonthName(9) == "september"
        assert calendar.firstDayOfWeek() == Qt.DayOfWeek.Monday
        assert field.text() == "19-09-2013"
    finally:
        QLocale.setDefault(before)


@pytest.fixture
def owners(qtbot, demo):
    s = demo
    s.bodies.add_organisation(Organisation(name="Gemeente Dronten",
                                           kind=OrganisationKind.MUNICIPALITY,
                                           short_name="Dronten"))
    s.bodies.add_person(Person(name="José Öztürk", function="intern begeleider"))
    picker, after = OwnerPicker(), QLineEdit()  # a field to Tab to
    window = QWidget()
    window.setLayout(vbox(picker, after))
    qtbot.addWidget(window)
    picker.load(s, meeting_of(s, "STT", 11))
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    picker.setFocus()
    yield picker
    window.close()


@pytest.mark.parametrize("typed, found", [("bos", "Ingrid Bos"),
                                          ("dronten", "Gemeente Dronten"),
                                          ("OZTURK", "José Öztürk"),
                                          ("rid b", "Ingrid Bos")])
def test_an_owner_is_found_by_any_part_of_the_name(qtbot, owners, typed, found):
    owners.lineEdit().selectAll()  # as Tab into the field does
    qtbot.keyClicks(owners.lineEdit(), typed)
    completer = owners.completer()
    shown = [completer.completionModel().index(r, 0).data()
             for r in range(completer.completionModel().rowCount())]
    assert found in shown
    assert all(search_key(typed) in search_key(n) for n in shown)  # contains, folded
    if [owners.itemText(r) for r in matching_rows(owners, typed)] == [found]:
        # one fits: leaving picks it (the key goes to the open list, which holds the
        # keyboard, and on to the field)
        popup = completer.popup()
        qtbot.keyClick(popup if popup.isVisible() else owners.lineEdit(), Qt.Key.Key_Tab)
        assert owners.currentText() == found
        assert owners.owner() != (None, None)


def test_a_name_that_fits_several_or_none_keeps_the_choice(qtbot, owners):
    owners.select("Ingrid Bos")
    owners.lineEdit().selectAll()
    qtbot.keyClicks(owners.lineEdit(), "gemeente")  # five municipalities
    owners.lineEdit().editingFinished.emit()
    assert owners.currentText() == "Ingrid Bos"
    owners.lineEdit().selectAll()
    qtbot.keyClicks(owners.lineEdit(), "niemand")
    owners.lineEdit().editingFinished.emit()
    assert owners.currentText() == "Ingrid Bos"
    QApplication.processEvents()
