"""A file changed outside Overleg (a colleague's copy, a restored backup) opens in the
window at once while its full check runs in the background: nothing is written to it
until the check has passed, and a damaged file gets the message and the backups of a
check before opening, with nothing written."""

import shutil
import sqlite3
import threading
from dataclasses import replace

import pytest

from overleg.app import Environment
from overleg.services.demo import build_demo
from overleg.storage import page_check, verified_files
from overleg.ui.backup.file_check import rescue_start
from overleg.ui.main_window import MainWindow
from tests.helpers import spoil_an_index
from tests.ui.shell.conftest import COUNTS

# Damage the first screen does not read (that of a screen that reads it: test_startup).
OWNERS = "idx_followups_owner"


@pytest.fixture
def gate(monkeypatch) -> threading.Event:
    """The background check waits until the test opens the gate (it still runs)."""
    opened = threading.Event()
    real = page_check.PageCheck.run

    def held(self) -> bool:
        assert opened.wait(30)
        return real(self)

    monkeypatch.setattr(page_check.PageCheck, "run", held)
    return opened


@pytest.fixture
def copied_file(tmp_path):
    """A demo database put in place as a copy: same bytes, a file Overleg never saw."""
    path = tmp_path / "userdata" / "overleg.db"
    path.parent.mkdir(exist_ok=True)
    env = Environment(default_path=path)
    services = env.open(path)
    build_demo(services)
    services.backups.backup_now()
    env.close(services)
    copy = tmp_path / "kopie.db"
    shutil.copy2(path, copy)
    copy.replace(path)
    assert not verified_files.is_verified(path)
    return path


@pytest.fixture
def open_window(qtbot, prompts):
    windows: list[tuple[MainWindow, Environment]] = []

    def make(path) -> MainWindow:
        env = Environment(default_path=path, check_in_background=True)
        window = MainWindow(env.open(path), path, prompts=prompts, opener=env,
                            screens=[COUNTS, COUNTS])
        qtbot.addWidget(window)
        window.show()
        windows.append((window, env))
        return window

    yield make
    for window, env in windows:
        window.close()
        env.close(window.services)


def test_the_window_shows_the_file_before_the_check_and_writes_wait(
        copied_file, gate, open_window, prompts, qtbot):
    window = open_window(copied_file)
    assert window.isVisible() and window.stack.currentWidget().count > 0  # shown, filled
    assert window.file_check.note is not None and window.file_check.note.isVisible()
    assert window.services.file_check.running
    before = copied_file.read_bytes()
    body = window.services.bodies.all()[0]
    window.bus.run("naam", lambda: window.services.bodies.update_body(
        replace(body, name="Nieuwe naam")))
    assert prompts.errors == ["'overleg.db' wordt nog gecontroleerd; wijzigingen kunnen "
                              "worden opgeslagen zodra die controle klaar is."]
    assert copied_file.read_bytes() == before
    assert not verified_files.is_verified(copied_file)

    gate.set()
    assert window.file_check.wait(30_000)
    assert window.file_check.note is None and verified_files.is_verified(copied_file)
    window.bus.run("naam", lambda: window.services.bodies.update_body(
        replace(body, name="Nieuwe naam")))
    assert len(prompts.errors) == 1
    assert window.services.bodies.get(body.id).name == "Nieuwe naam"


def test_a_damaged_copy_gets_the_message_of_the_check_before_opening(
        copied_file, gate, open_window, prompts, qtbot):
    spoil_an_index(copied_file, OWNERS)  # only the full check sees this
    with pytest.raises(Exception) as blocking:  # what the check before opening says
        Environment(default_path=copied_file).open(copied_file)
    damaged = copied_file.read_bytes()
    prompts.answer(None)  # the backups are offered; the user declines
    window = open_window(copied_file)
    assert window.isVisible()
    gate.set()
    assert not window.file_check.wait(30_000)
    assert prompts.asked and prompts.asked[0].startswith(str(blocking.value))
    assert "beschadigd" in prompts.asked[0]
    body = window.services.bodies.all()[0]
    window.bus.run("naam", lambda: window.services.bodies.update_body(
        replace(body, name="Nieuwe naam")))
    assert prompts.errors == [str(blocking.value)]
    assert copied_file.read_bytes() == damaged
    assert not verified_files.is_verified(copied_file)
    assert window.file_check.note is not None  # says the file is read-only now


def test_a_damaged_copy_is_replaced_by_the_backup_the_user_chooses(
        copied_file, open_window, prompts, qtbot):
    spoil_an_index(copied_file, OWNERS)
    damaged = copied_file.read_bytes()
    prompts.answer(0)  # the newest backup
    window = open_window(copied_file)
    assert not window.file_check.wait(30_000)
    qtbot.waitUntil(lambda: window.services.file_check.pending is False)
    assert copied_file.read_bytes() != damaged
    assert window.services.bodies.all()  # the backup's content, writable
    kept = [b for b in window.services.backups.backups() if b.kind == "voor-herstel"]
    assert kept and kept[0].path.read_bytes() == damaged


def test_closing_the_window_stops_a_running_check_and_records_nothing(
        copied_file, gate, open_window):
    window = open_window(copied_file)
    check = window.services.db.pending_check
    threading.Timer(0.3, gate.set).start()  # the check gets going after close() began
    window.close()
    assert check.state == "stopped" and window.file_check.note is None
    window.services.db.close()  # an unchecked state is not vouched for at close either
    assert not verified_files.is_verified(copied_file)


def test_a_first_screen_failing_on_damage_gets_the_backups_offer(copied_file, prompts):
    spoil_an_index(copied_file)  # the index the meetings list reads
    damaged = copied_file.read_bytes()
    env = Environment(default_path=copied_file, check_in_background=True)
    services = env.open(copied_file)
    prompts.answer(0)  # the newest backup
    try:
        services.meetings.listings()  # what the first screen reads
        raise AssertionError("the damaged index was read without an error")
    except sqlite3.DatabaseError:
        instead = rescue_start(env, services, copied_file, prompts, None)
    assert instead is not None and instead.meetings.listings()
    assert "beschadigd" in prompts.asked[0]
    kept = [b for b in instead.backups.backups() if b.kind == "voor-herstel"]
    assert kept and kept[0].path.read_bytes() == damaged
    env.close(instead)


def test_a_first_screen_failing_on_a_sound_file_is_reported_as_it_was(copied_file, prompts):
    env = Environment(default_path=copied_file, check_in_background=True)
    services = env.open(copied_file)
    with pytest.raises(ValueError, match="een fout"):
        try:
            raise ValueError("een fout")
        except ValueError:
            rescue_start(env, services, copied_file, prompts, None)
    assert prompts.asked == [] and verified_files.is_verified(copied_file)
    env.close(services)
