"""The day's backup is copied in the background once the window shows a file: the
window is there at once, the copy appears shortly after, only once a day, and a copy
that cannot be made is said in the status bar while the work goes on."""

from datetime import datetime, timedelta

import pytest

from overleg.services.container import build_services
from overleg.storage.backup import backup_folder
from overleg.storage.database import open_database
from overleg.ui.common.background import wait_for_background_jobs
from overleg.ui.main_window import MainWindow
from tests.helpers import body_with_members
from tests.ui.fakes import FakePrompts


@pytest.fixture
def on_file(tmp_path):
    clock = [datetime(2013, 12, 1, 9, 0)]
    path = tmp_path / "overleg.db"
    s = build_services(open_database(path), now=lambda: clock[0], user="secretaris")
    body_with_members(s, "STT")
    yield s, path, clock
    wait_for_background_jobs()
    s.db.close()


def _window(qtbot, s, path) -> MainWindow:
    window = MainWindow(s, path, prompts=FakePrompts())
    qtbot.addWidget(window)
    return window


def _autos(s) -> list:
    return [b for b in s.backups.backups() if b.kind == "auto"]


def test_the_window_takes_the_days_backup_in_the_background(qtbot, on_file):
    s, path, clock = on_file
    _window(qtbot, s, path)
    qtbot.waitUntil(lambda: len(_autos(s)) == 1, timeout=10_000)
    copy = _autos(s)[0].path
    assert copy.stat().st_mode & 0o077 == 0  # readable by the owner only
    check = build_services(open_database(copy, create=False))
    try:
        assert [b.code for b in check.bodies.all()] == ["STT"]
    finally:
        check.db.close()
    _window(qtbot, s, path)  # the same day again: no second copy
    wait_for_background_jobs()
    assert len(_autos(s)) == 1
    clock[0] += timedelta(days=1)
    _window(qtbot, s, path)
    qtbot.waitUntil(lambda: len(_autos(s)) == 2, timeout=10_000)


def test_a_backup_that_cannot_be_made_is_said_and_work_goes_on(qtbot, on_file):
    s, path, _ = on_file
    backup_folder(path).write_text("een bestand waar de map hoort", encoding="utf-8")
    window = _window(qtbot, s, path)
    qtbot.waitUntil(lambda: "not made" in window.statusBar().currentMessage()
                    or "niet gemaakt" in window.statusBar().currentMessage(), timeout=10_000)
    assert "overleg-reservekopieen" in window.statusBar().currentMessage()
    body_with_members(s, "SWZ")  # the file is still there to work in
    assert len(s.bodies.all()) == 2


def test_an_in_memory_database_has_no_daily_backup(services):
    assert services.backups.automatic_job() is None
