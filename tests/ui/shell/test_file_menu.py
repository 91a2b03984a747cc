"""Database files open like documents: File → New, Open, Recent files, Refresh."""

import gc

from PySide6.QtGui import QKeySequence

from tests.ui.shell.conftest import settings_on


def test_opening_a_file_that_is_not_a_database_says_so_and_keeps_the_current_one(
        make_window, prompts, tmp_path):
    window = make_window(tmp_path / "huidig.db")
    letter = tmp_path / "notulen.txt"
    letter.write_text("geen database")
    assert window.open_action in window.file_menu.actions()
    assert window.open_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Open)
    prompts.answer(letter)
    window.open_action.trigger()
    assert prompts.errors == ["'notulen.txt' is geen Overleg-database."]
    assert window.windowTitle() == "huidig.db — Overleg"
    assert window.path == tmp_path / "huidig.db"
    assert window.services.bodies.all() == []  # the current database still answers
    assert letter.read_text() == "geen database"


def test_open_switches_the_window_to_the_other_file(make_window, env, prompts, tmp_path):
    other = tmp_path / "voorbeeld.db"
    filled = env.open(other)
    env.fill_with_demo(filled)
    filled.db.close()
    window = make_window(tmp_path / "leeg.db")
    assert window.screen_at(0).count == 0
    gc.freeze()  # as the start leaves what it made (overleg/start_collection.py)
    prompts.answer(other)
    window.open_action.trigger()
    assert prompts.errors == []
    assert window.windowTitle() == "voorbeeld.db — Overleg"
    assert window.screen_at(0).count == 10
    assert gc.get_freeze_count() == 0  # the first file's screens can be collected now


def test_new_database_creates_the_file_and_never_overwrites_one(make_window, prompts,
                                                                  tmp_path):
    window = make_window(tmp_path / "eerste.db")
    prompts.answer(tmp_path / "tweede")
    window.new_action.trigger()
    assert (tmp_path / "tweede.db").stat().st_size > 0
    assert window.windowTitle() == "tweede.db — Overleg"

    taken = tmp_path / "bezet.db"
    taken.write_bytes(b"iets van iemand anders")
    prompts.answer(taken)
    window.new_action.trigger()
    assert len(prompts.errors) == 1 and "bezet.db" in prompts.errors[0]
    assert taken.read_bytes() == b"iets van iemand anders"
    assert window.windowTitle() == "tweede.db — Overleg"


def _recent_entries(window) -> list[str]:
    window.recent_menu.rebuild()
    return [a.text() for a in window.recent_menu.actions() if a.text()]


def test_recent_files_are_remembered_across_starts_and_vanished_ones_pruned(
        make_window, settings_file, app_settings, prompts, tmp_path):
    first, second = tmp_path / "a.db", tmp_path / "b.db"
    window = make_window(first, app_settings)
    prompts.answer(second)
    window.new_action.trigger()
    assert app_settings.recent_files() == [second.resolve(), first.resolve()]
    window.close()

    restarted = make_window(first, settings_on(settings_file))  # a.db is used again
    entries = _recent_entries(restarted)
    assert entries[0].startswith("&1  a.db") and entries[1].startswith("&2  b.db")
    assert entries[-1] == "Clear list"

    second.unlink()
    restarted.recent_menu.actions()[1].trigger()  # b.db, gone meanwhile
    assert len(prompts.infos) == 1 and "b.db" in prompts.infos[0]
    assert restarted.windowTitle() == "a.db — Overleg"
    assert settings_on(settings_file).recent_files() == [first.resolve()]


def test_the_recent_list_keeps_at_most_eight_files(app_settings, tmp_path):
    for n in range(12):
        app_settings.add_recent(tmp_path / f"{n}.db")
    recent = app_settings.recent_files()
    assert len(recent) == 8 and recent[0].name == "11.db"


def test_refresh_shows_what_someone_else_saved_in_the_shared_file(make_window, env,
                                                                  tmp_path):
    shared = tmp_path / "gedeeld.db"
    window = make_window(shared)
    assert window.screen_at(0).count == 0
    colleague = env.open(shared)  # a second connection, as another user would have
    env.fill_with_demo(colleague)
    colleague.db.close()
    assert window.refresh_action.shortcut().toString() == "F5"
    window.refresh_action.trigger()
    assert window.screen_at(0).count == 10


def test_window_layout_and_last_database_survive_a_restart(make_window, settings_file,
                                                           app_settings, tmp_path):
    window = make_window(tmp_path / "a.db", app_settings)
    window.show()
    window.resize(700, 500)
    window.splitter.setSizes([150, 550])
    sizes = window.splitter.sizes()
    window.close()

    again = settings_on(settings_file)
    assert again.last_database == (tmp_path / "a.db").resolve()
    restarted = make_window(tmp_path / "a.db", again)
    restarted.restore_layout()
    restarted.show()
    assert (restarted.width(), restarted.height()) == (700, 500)
    assert restarted.splitter.sizes() == sizes


def test_the_user_name_from_the_settings_signs_the_audit_trail(make_window, app_settings,
                                                               env, tmp_path):
    from overleg.storage.audit_repo import AuditRepo

    path = tmp_path / "a.db"
    filled = env.open(path)
    env.fill_with_demo(filled)
    filled.db.close()
    app_settings.user_name = "Anna de Vries"
    window = make_window(path, app_settings)
    meeting = window.services.meetings.listings(descending=True)[0].meeting
    window.services.meetings.cancel(meeting.id, "zaal niet beschikbaar")
    entries = AuditRepo(window.services.db).for_record(meeting.uuid)
    assert entries[-1].user == "Anna de Vries"


def test_a_database_file_dropped_on_the_window_opens(make_window, env, tmp_path):
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent

    other = tmp_path / "gesleept.db"
    env.open(other).db.close()
    window = make_window(tmp_path / "a.db")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(other))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    assert window.windowTitle() == "gesleept.db — Overleg"


def test_switching_files_rebuilds_the_screens_over_the_new_one(make_window, env, prompts,
                                                               tmp_path):
    other = tmp_path / "voorbeeld.db"
    filled = env.open(other)
    env.fill_with_demo(filled)
    filled.db.close()
    window = make_window(tmp_path / "leeg.db")
    window.nav.setCurrentRow(1)
    old = window.screen_at(1)
    assert sorted(window.built) == [0, 1] and old.count == 0
    prompts.answer(other)
    window.open_action.trigger()
    assert list(window.built) == [1]  # the screen in view, over the new file
    assert window.stack.currentWidget() is window.screen_at(1) is not old
    assert window.screen_at(1).count == 10 and window.screen_at(1).loads == 1
    window.nav.setCurrentRow(0)
    assert window.stack.currentWidget().count == 10
