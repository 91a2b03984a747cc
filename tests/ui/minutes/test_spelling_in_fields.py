"""Spelling in the fields where people write prose: the minutes' notes and an agenda item's
description get the red underline through the app's hub, names from the database are
left alone, and the window's start reads no dictionary."""

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from overleg.domain.changes import ChangeSet, Op, RowChange
from overleg.domain.organisations import Person
from overleg.ui.agenda.item_form import ItemForm
from overleg.ui.common.app_settings import AppSettings
from overleg.ui.common.spell_check import SpellMenu
from overleg.ui.common.spelling_hub import SpellingHub, names_in
from overleg.ui.main_window import MainWindow
from tests.ui.common.test_spell_check import underlined
from tests.ui.fakes import FakePrompts
from tests.ui.minutes.conftest import meeting_of, open_view


@pytest.fixture
def hub(qapp, tmp_path, demo):
    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    installed = SpellingHub.install(settings)
    installed.names_source = lambda: names_in(demo)
    yield installed
    installed.setParent(None)  # the next test starts without the app's hub
    installed.deleteLater()


def test_the_notes_are_checked_and_names_from_the_database_are_not(qtbot, hub, demo):
    demo.bodies.add_person(Person("Yrsa Talentis"))
    m = open_view(qtbot, demo, meeting_of(demo, "STT", 11))
    m.go_to("Rondvraag")
    notes = m.view.page.notes
    assert notes.findChild(SpellMenu) is not None
    assert not hub.reading
    notes.setFocus()
    qtbot.waitUntil(lambda: hub.reading)  # the focus asks for it, read in the background
    qtbot.waitUntil(lambda: hub.checker.loaded, timeout=30_000)
    QTest.qWait(50)
    qtbot.keyClicks(notes, "Yrsa Talentis meldt de vergaderingg van OOGO.")
    assert underlined(notes) == ["vergaderingg"]


def test_a_new_name_stops_being_underlined(qtbot, hub, demo):
    form = ItemForm()
    qtbot.addWidget(form)
    hub.load_now()
    form.description.setPlainText("Toelichting door Xandrijn Qorvaal.")
    assert underlined(form.description) == ["Xandrijn", "Qorvaal"]
    person = demo.bodies.add_person(Person("Xandrijn Qorvaal"))
    hub.database_changed(ChangeSet("person", (RowChange("people", Op.INSERT, person.id,
                                                        None, {"name": person.name}),)))
    assert underlined(form.description) == []


def test_starting_the_window_reads_no_dictionary(qtbot, hub, demo):
    window = MainWindow(demo, Path("voorbeeld.db"), prompts=FakePrompts())
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    QTest.qWait(300)
    assert QApplication.focusWidget() is not None  # the window has a field with focus
    assert window.findChildren(SpellMenu)  # the meetings screen's fields are checked
    assert not hub.reading
