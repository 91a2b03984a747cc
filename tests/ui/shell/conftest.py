"""What the shell tests share: settings on a temporary INI file (never the user's real
settings), the real Environment on temporary files, and a main window over a file."""

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from overleg.app import Environment
from overleg.ui.common.app_settings import AppSettings
from overleg.ui.main_window import MainWindow
from overleg.ui.screen import Screen, ScreenEntry
from tests.ui.fakes import FakePrompts


def settings_on(path: Path) -> AppSettings:
    return AppSettings(QSettings(str(path), QSettings.Format.IniFormat))


@pytest.fixture
def settings_file(tmp_path) -> Path:
    return tmp_path / "instellingen.ini"


@pytest.fixture
def app_settings(settings_file) -> AppSettings:
    return settings_on(settings_file)


@pytest.fixture
def env(tmp_path) -> Environment:
    folder = tmp_path / "userdata"  # the root conftest points OVERLEG_DATA_DIR here
    folder.mkdir(exist_ok=True)
    return Environment(default_path=folder / "overleg.db")


@pytest.fixture
def prompts() -> FakePrompts:
    return FakePrompts()


class MeetingCount(Screen):
    """A stand-in screen, so the shell's tests do not depend on the real screens."""

    def __init__(self, services, prompts, parent=None, bus=None) -> None:
        super().__init__(services, prompts, parent, bus)
        self.count, self.loads = -1, 0

    def refresh(self) -> None:
        self.count = len(self.services.meetings.listings())
        self.loads += 1


COUNTS = ScreenEntry(MeetingCount, "Telling")


@pytest.fixture
def make_window(qtbot, env, prompts):
    """A main window over a database file, closed (and its files released) afterwards."""
    opened: list[MainWindow] = []

    def make(path: Path, settings: AppSettings | None = None) -> MainWindow:
        window = MainWindow(env.open(path), path, prompts=prompts, opener=env,
                            settings=settings, screens=[COUNTS, COUNTS])
        qtbot.addWidget(window)
        opened.append(window)
        return window

    yield make
    for window in opened:
        window.close()
        env.close(window.services)
