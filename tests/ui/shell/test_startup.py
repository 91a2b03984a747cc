"""The first start: which file opens, and the welcome that offers the example data."""

from overleg.ui.startup import EXAMPLE, EXISTING, open_at_start
from tests.ui.fakes import FakePrompts


def _bodies_on_disk(env, path) -> int:
    services = env.open(path, create=False)
    try:
        return len(services.bodies.all())
    finally:
        services.db.close()


def test_first_start_on_an_empty_file_offers_the_example_and_fills_it(env, app_settings):
    prompts = FakePrompts().answer(EXAMPLE)
    services, path = open_at_start(env, app_settings, prompts, None)
    try:
        assert path == env.default_path
        assert prompts.asked == ["This database is still empty. How do you want to begin?"]
        bodies = len(services.bodies.all())
    finally:
        services.db.close()
    assert bodies >= 3 and _bodies_on_disk(env, path) == bodies

    again = FakePrompts()  # no answers queued: a second welcome would fail the test
    services, _ = open_at_start(env, app_settings, again, None)
    services.db.close()
    assert again.asked == []


def test_cancelling_the_welcome_keeps_an_empty_database(env, app_settings):
    services, path = open_at_start(env, app_settings, FakePrompts().answer(None), None)
    services.db.close()
    assert path.exists() and _bodies_on_disk(env, path) == 0


def test_the_welcome_opens_an_existing_file_after_refusing_one_that_is_not_a_database(
        env, app_settings, tmp_path):
    existing = tmp_path / "bestaand.db"
    filled = env.open(existing)
    env.fill_with_demo(filled)
    filled.db.close()
    letter = tmp_path / "brief.txt"
    letter.write_text("Geachte heer,")
    prompts = FakePrompts().answer(EXISTING, letter, EXISTING, existing)
    services, path = open_at_start(env, app_settings, prompts, None)
    try:
        assert path == existing
        assert prompts.errors == ["'brief.txt' is geen Overleg-database."]
        assert len(services.bodies.all()) >= 3
    finally:
        services.db.close()
    assert letter.read_text() == "Geachte heer,"


def test_the_last_database_opens_at_start_and_a_vanished_one_is_said_once(
        env, app_settings, tmp_path):
    last = tmp_path / "vorige.db"
    services = env.open(last)
    env.fill_with_demo(services)
    services.db.close()
    app_settings.last_database = last
    app_settings.add_recent(last)
    services, path = open_at_start(env, app_settings, FakePrompts(), None)
    services.db.close()
    assert path == last

    last.unlink()
    prompts = FakePrompts().answer(None)  # the default database is new: welcome, cancel
    services, path = open_at_start(env, app_settings, prompts, None)
    services.db.close()
    assert path == env.default_path
    assert len(prompts.infos) == 1 and "vorige.db" in prompts.infos[0]
    assert last.resolve() not in app_settings.recent_files()


def test_an_unreadable_default_falls_back_to_the_data_folder(env, app_settings, tmp_path):
    broken = tmp_path / "kapot.db"
    broken.write_bytes(b"dit is geen database")
    app_settings.default_database = broken
    prompts = FakePrompts().answer(None)
    services, path = open_at_start(env, app_settings, prompts, None)
    services.db.close()
    assert path == env.default_path
    assert prompts.errors == ["'kapot.db' is geen Overleg-database."]
    assert broken.read_bytes() == b"dit is geen database"


def test_a_damaged_file_at_start_offers_its_backup_and_opens_it(env, app_settings,
                                                                 tmp_path):
    path = tmp_path / "werk.db"
    services = env.open(path)
    env.fill_with_demo(services)
    services.backups.backup_now()  # newest first: this one is offered on top
    backups_before = len(services.backups.backups())
    env.close(services)
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)  # damaged beyond reading
    prompts = FakePrompts().answer(0)
    services, opened = open_at_start(env, app_settings, prompts, path)
    try:
        assert opened == path and len(services.bodies.all()) >= 3
        kept = len(services.backups.backups()) - backups_before  # the damaged file, kept
    finally:
        env.close(services)
    assert len(prompts.asked) == 1 and "werk.db" in prompts.asked[0]
    assert prompts.errors == [] and kept == 1


def test_who_else_has_the_file_open_is_said_at_start(env, app_settings, tmp_path):
    from overleg.storage.presence import Presence

    path = tmp_path / "gedeeld.db"
    services = env.open(path)
    env.fill_with_demo(services)
    env.close(services)
    Presence(path, "Bert Jansen", host="ANDERE-PC", pid=4242).claim()
    prompts = FakePrompts()
    services, _ = open_at_start(env, app_settings, prompts, path)
    env.close(services)
    assert len(prompts.infos) == 1 and "Bert Jansen op ANDERE-PC" in prompts.infos[0]
