"""The Overlegorganen screen inside the main window, on an empty database (only the
shipped schemas) or on the example data, with scripted prompts."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from overleg.ui.bodies.bodies_screen import BodiesScreen
from overleg.ui.main_window import MainWindow
from tests.ui.fakes import FakePrompts


@pytest.fixture
def prompts() -> FakePrompts:
    return FakePrompts()


def open_window(qtbot, services, prompts) -> MainWindow:
    window = MainWindow(services, Path("overleg.db"), prompts=prompts)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.nav.setCurrentRow(window.row_of("BodiesScreen"))
    return window


def bodies_screen(window: MainWindow) -> BodiesScreen:
    return window.screen_at(window.row_of("BodiesScreen"))


@pytest.fixture
def empty_window(qtbot, services, prompts) -> MainWindow:
    return open_window(qtbot, services, prompts)


@pytest.fixture
def empty_screen(empty_window) -> BodiesScreen:
    return bodies_screen(empty_window)


@pytest.fixture
def demo_window(qtbot, demo, prompts) -> MainWindow:
    return open_window(qtbot, demo, prompts)


@pytest.fixture
def demo_screen(demo_window) -> BodiesScreen:
    return bodies_screen(demo_window)


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def type_into(qtbot, field, text: str) -> None:
    field.clear()
    qtbot.keyClicks(field, text)


def column(model, col: int) -> list[str]:
    return [model.data(model.index(r, col)) for r in range(model.rowCount())]
