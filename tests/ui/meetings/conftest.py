"""The main window on the example data, opened offscreen with scripted prompts."""

from pathlib import Path

import pytest

from overleg.ui.main_window import MainWindow
from tests.ui.fakes import FakePrompts


@pytest.fixture
def prompts() -> FakePrompts:
    return FakePrompts()


@pytest.fixture
def window(qtbot, demo, prompts) -> MainWindow:
    w = MainWindow(demo, Path("voorbeeld.db"), prompts=prompts)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    return w


@pytest.fixture
def screen(window):
    return window.screen_at(0)
