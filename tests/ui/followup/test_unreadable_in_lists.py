"""Finding 5 of issue 11 in the app: a follow-up or meeting another program spoiled is
left out of the action list and the meetings list, and the window names it."""

from overleg.ui.followup.action_list_screen import ActionListScreen
from overleg.ui.meetings.meetings_screen import MeetingsScreen
from tests.ui.fakes import FakePrompts


def _spoil(services, table, column, value, row_id):
    services.db.execute(f"UPDATE {table} SET {column} = ? WHERE id = ?", [value, row_id])
    return services.db.execute(f"SELECT uuid FROM {table} WHERE id = ?", [row_id]).fetchone()[0]


def test_the_action_list_leaves_out_a_spoiled_follow_up_and_names_it(qtbot, demo):
    total = demo.db["followups"].count
    first_open = demo.db.execute("SELECT min(id) FROM followups WHERE status = 'open'"
                                 ).fetchone()[0]
    uuid = _spoil(demo, "followups", "created_on", "gisteren", first_open)
    screen = ActionListScreen(demo, FakePrompts())
    qtbot.addWidget(screen)
    screen.resize(1200, 600)
    screen.show()
    screen.refresh()
    m = screen.model
    qtbot.waitUntil(lambda: m.rowCount() > 0)
    rows = [m.data(m.index(r, 0)) for r in range(m.rowCount())]
    assert 0 < len([r for r in rows if r is not None]) <= total - 1
    assert [uuid in w for w in demo.ctx.skipped_records()] == [True]


def test_the_meetings_list_leaves_out_a_spoiled_meeting_and_names_it(qtbot, demo):
    uuid = _spoil(demo, "meetings", "status", "gehackt", 2)
    screen = MeetingsScreen(demo, FakePrompts())
    qtbot.addWidget(screen)
    screen.show()
    screen.refresh()
    assert [uuid in w for w in demo.ctx.skipped_records()] == [True]


def test_the_window_names_a_record_a_list_left_out_in_its_status_bar(qtbot, tmp_path):
    from overleg.app import Environment
    from overleg.services.demo import build_demo
    from overleg.ui.main_window import MainWindow

    env = Environment(default_path=tmp_path / "overleg.db")
    path = tmp_path / "demo.db"
    services = env.open(path)
    build_demo(services)
    uuid = _spoil(services, "meetings", "status", "gehackt", 2)
    window = MainWindow(services, path, prompts=FakePrompts(), opener=env)
    qtbot.addWidget(window)
    try:
        window.summon(0)  # the meetings list
        window.show_skipped_records()
        assert uuid in window.statusBar().currentMessage()
    finally:
        window.close()
        env.close(window.services)


def test_the_action_list_count_leaves_out_a_spoiled_follow_up_too(qtbot, demo):
    """Counts agree with the listing: a record the list skips is not counted."""
    ids = [r[0] for r in demo.db.execute(  # what the list shows at first: the open ones
        "SELECT id FROM followups WHERE status = 'open' ORDER BY id")]
    _spoil(demo, "followups", "created_on", "gisteren", ids[0])
    _spoil(demo, "followups", "text", "x" * 3_000_000, ids[-1])
    screen = ActionListScreen(demo, FakePrompts())
    qtbot.addWidget(screen)
    screen.resize(1200, 600)
    screen.show()
    screen.refresh()
    m = screen.model
    qtbot.waitUntil(lambda: m.rowCount() > 0)
    while m.canFetchMore(m.index(-1, -1)):
        m.fetchMore(m.index(-1, -1))
    assert m.total() == m.rowCount() == len(ids) - 2
    assert screen.count_label.text().endswith(f": {len(ids) - 2}")
    assert len(demo.ctx.skipped_records()) == 2
