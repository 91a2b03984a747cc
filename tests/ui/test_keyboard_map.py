"""A keyboard map that cannot clash: in every window and dialog, in Dutch and in
English, each mnemonic and each shortcut leads to one thing. (An Alt+T shared by three
fields of the agenda form overwrote two titles while a secretary typed the minutes.)"""

import pytest
from PySide6.QtWidgets import QApplication

from tests.ui.fakes import FakePrompts
from tests.ui.keymap import bindings, clashes, menu_clashes
from tests.ui.tour import (
    dialogs,
    full_window,
    install_language,
    remove_language,
    window_states,
)


@pytest.fixture(params=["nl", "en"])
def language(request, qapp):
    installed = install_language(request.param)
    yield request.param
    remove_language(installed)


def test_the_main_window_binds_every_key_once(qtbot, demo, language):
    window = full_window(qtbot, demo, FakePrompts())
    found = bindings(window)
    assert {"Ctrl+PgDown", "F1", "Ctrl+Z"} <= {b.key for b in found}  # it sees the map
    problems: set[str] = set()
    for _state in window_states(window, demo):
        problems.update(clashes(window) + menu_clashes(window))
    assert sorted(problems) == [], "\n".join(sorted(problems))
    window.close()


def test_every_dialog_binds_every_key_once(qtbot, demo, tmp_path, language):
    prompts = FakePrompts()
    problems = []
    for name, make in dialogs(demo, prompts, tmp_path):
        dialog = make()
        qtbot.addWidget(dialog)
        problems += [f"{name}: {c}" for c in clashes(dialog) + menu_clashes(dialog)]
        dialog.deleteLater()
    QApplication.processEvents()
    assert problems == []


def test_a_clash_is_found(qtbot):
    """The check itself: two buttons sharing Alt+T in one window, as in the bug report."""
    from PySide6.QtWidgets import QPushButton, QWidget

    from overleg.ui.common.layout import vbox

    w = QWidget()
    qtbot.addWidget(w)
    w.setLayout(vbox(QPushButton("&Titel"), QPushButton("&Toelichting")))
    assert clashes(w) == ["Alt+T: QPushButton '&Titel' and QPushButton '&Toelichting'"]
