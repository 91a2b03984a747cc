"""Every control of every screen, tab and dialog has a Dutch name a screen reader can
announce, asked through Qt's own QAccessible interface; every table column a header."""

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QWidget

from overleg.ui.common.layout import vbox
from tests.ui.accessibility import name_of, unnamed_controls, unnamed_headers
from tests.ui.fakes import FakePrompts
from tests.ui.tour import (
    dialogs,
    full_window,
    install_language,
    remove_language,
    window_states,
)


@pytest.fixture
def dutch(qapp):
    installed = install_language("nl")
    yield
    remove_language(installed)


def test_every_control_of_the_main_window_is_named(qtbot, demo, dutch):
    window = full_window(qtbot, demo, FakePrompts())
    problems: set[str] = set()
    for state in window_states(window, demo):
        problems.update(f"{state}: {p}" for p in unnamed_controls(window) +
                        unnamed_headers(window))
    assert sorted(problems) == []
    # and the names are Dutch: the list of screens and the minutes' item list
    assert name_of(window.nav) == "Schermen"
    assert name_of(window.screen_at(0).detail.minutes.walk) == "Agendapunten"
    window.close()


def test_every_control_of_every_dialog_is_named(qtbot, demo, tmp_path, dutch):
    problems = []
    for name, make in dialogs(demo, FakePrompts(), tmp_path):
        dialog = make()
        qtbot.addWidget(dialog)
        problems += [f"{name}: {p}" for p in unnamed_controls(dialog) +
                     unnamed_headers(dialog)]
        dialog.deleteLater()
    QApplication.processEvents()
    assert problems == []


def test_an_unnamed_field_and_an_icon_only_button_are_found(qtbot):
    """The check itself."""
    w = QWidget()
    qtbot.addWidget(w)
    field, button, named = QLineEdit(), QPushButton(), QPushButton("Opslaan")
    w.setLayout(vbox(field, button, named))
    assert len(unnamed_controls(w)) == 2
    field.setAccessibleName(QCoreApplication.translate("test", "Titel"))
    button.setAccessibleName("Verwijderen")
    assert unnamed_controls(w) == []
