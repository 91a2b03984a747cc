"""Starting on a damaged file: the app names the problem, offers the backups, and opens
the chosen one; the damaged file is kept."""

import os

from overleg.app import Environment
from overleg.storage.presence import Presence
from overleg.ui.backup.recovery import open_with_recovery
from tests.helpers import body_with_members
from tests.ui.fakes import FakePrompts


def damage(path):
    data = bytearray(path.read_bytes())
    data[4096:8192] = b"\x77" * 4096
    path.write_bytes(bytes(data))
    return bytes(data)


def test_a_damaged_file_is_replaced_by_the_chosen_backup(tmp_path):
    path = tmp_path / "overleg.db"
    env = Environment(default_path=path)
    s = env.open(path)
    body_with_members(s, "STT")
    s.backups.backup_now()
    s.presence.release()
    s.db.close()
    damaged = damage(path)
    prompts = FakePrompts().answer(0)
    s = open_with_recovery(env, path, prompts)
    assert s is not None and [b.code for b in s.bodies.all()] == ["STT"]
    assert "beschadigd" in prompts.asked[0] and prompts.errors == []
    kept = [b for b in s.backups.backups() if b.kind == "voor-herstel"]
    assert kept and kept[0].path.read_bytes() == damaged
    s.presence.release()
    s.db.close()


def test_declining_opens_nothing_and_changes_nothing(tmp_path):
    path = tmp_path / "overleg.db"
    env = Environment(default_path=path)
    s = env.open(path)
    s.backups.automatic()  # the day's backup, which the window takes in the background
    s.presence.release()
    s.db.close()
    damaged = damage(path)
    assert open_with_recovery(env, path, FakePrompts().answer(None)) is None
    assert path.read_bytes() == damaged


def test_without_backups_the_problem_is_one_error(tmp_path):
    path = tmp_path / "notities.db"
    path.write_text("geen database")
    prompts = FakePrompts()
    assert open_with_recovery(Environment(default_path=path), path, prompts) is None
    assert len(prompts.errors) == 1 and "geen Overleg-database" in prompts.errors[0]


def test_the_second_user_is_told_who_else_has_the_file_open(tmp_path):
    path = tmp_path / "gedeeld.db"
    env = Environment(default_path=path)
    Presence(path, "anna", pid=os.getppid()).claim()
    prompts = FakePrompts()
    s = open_with_recovery(env, path, prompts)
    assert len(prompts.infos) == 1 and "anna op " in prompts.infos[0]
    s.presence.release()
    s.db.close()


def test_an_empty_file_becomes_a_database_only_when_the_user_chooses(tmp_path):
    path = tmp_path / "leeg.db"
    path.touch()
    env = Environment(default_path=path)
    prompts = FakePrompts().answer(False)
    assert open_with_recovery(env, path, prompts) is None
    assert "leeg" in prompts.asked[0] and "new Overleg database" in prompts.asked[0]
    assert path.stat().st_size == 0 and sorted(p.name for p in tmp_path.iterdir()) == [
        "leeg.db"]
    s = open_with_recovery(env, path, FakePrompts().answer(True))
    assert s is not None and s.bodies.all() == []
    s.presence.release()
    s.db.close()
    assert path.stat().st_size > 0
