"""The garbage collector is held back while the window starts and let go once it is shown
(overleg/start_collection.py); commands run with it as usual."""

import gc

import pytest

from overleg import start_collection
from overleg.cli import main as cli


@pytest.fixture(autouse=True)
def collection_restored():
    yield
    start_collection.resume()
    gc.unfreeze()  # what a resume froze belongs to this test only
    gc.enable()


def test_pause_and_resume_turn_collection_off_and_on():
    start_collection.pause()
    assert not gc.isenabled()
    start_collection.resume()
    assert gc.isenabled()
    assert gc.get_freeze_count() > 0  # what the start made is left out of later collections


def test_resume_leaves_alone_what_pause_did_not_turn_off():
    gc.disable()  # someone else's choice
    start_collection.pause()
    start_collection.resume()
    assert not gc.isenabled()


def test_the_window_start_runs_without_collection_and_main_ends_it(monkeypatch):
    seen = []
    monkeypatch.setattr(cli, "run_gui", lambda args: seen.append(gc.isenabled()) or 1)
    assert cli.main(["--db", "x.db"]) == 1
    assert seen == [False] and gc.isenabled()


def test_a_command_runs_with_collection(monkeypatch):
    from overleg.cli import db_cmds

    seen = []
    monkeypatch.setattr(db_cmds, "run_check", lambda args: seen.append(gc.isenabled()) or 0)
    assert cli.main(["check", "--db", "x.db"]) == 0
    assert seen == [True]
