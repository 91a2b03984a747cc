"""A colleague's change in the same file (another instance: here a second connection)
reaches the window as a change set through the same bus.changed path as its own actions,
at the next look (a timer, or the window becoming active): the screens show it without
a refresh by hand and without moving the user away from where they are."""

from datetime import datetime
from pathlib import Path

import pytest

from overleg.domain.enums import MeetingStatus
from overleg.services.container import build_services
from overleg.services.demo import build_demo
from overleg.storage.database import open_database
from overleg.ui.main_window import MainWindow
from overleg.ui.meetings import meeting_table_model as cols
from overleg.ui.meetings.labels import status_labels
from tests.ui.fakes import FakePrompts

NOW = datetime(2013, 12, 1, 10, 0)


@pytest.fixture
def two(tmp_path):
    path = tmp_path / "overleg.db"
    mine = build_services(open_database(path), now=lambda: NOW, user="anna")
    mine.schemas.ensure_builtin()
    build_demo(mine)
    colleague = build_services(open_database(path), now=lambda: NOW, user="bram")
    yield mine, colleague, path
    colleague.db.close()
    mine.db.close()


@pytest.fixture
def window(qtbot, two):
    mine, _colleague, path = two
    prompts = FakePrompts()
    w = MainWindow(mine, Path(path), prompts=prompts)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.elsewhere_timer.setInterval(20)  # the tick, quicker than in use
    yield w
    w.close()


def test_a_colleagues_changes_show_at_the_next_tick(qtbot, window, two):
    mine, colleague, _path = two
    published = []
    window.bus.changed.connect(published.append)
    screen = window.screen_at(0)
    meeting = next(x.meeting.id for x in mine.meetings.listings()
                   if x.meeting.status is MeetingStatus.PLANNED)
    screen.select_meeting(meeting)
    editor = screen.detail.agenda
    chosen = editor.model.items[1].id
    editor.select_item(chosen)
    sent = status_labels()[MeetingStatus.AGENDA_SENT]

    colleague.meetings.set_status(meeting, MeetingStatus.AGENDA_SENT)
    item = colleague.agenda.add_item(meeting, "Leerlingenvervoer")

    def shown_status():
        model = screen.model
        return model.data(model.index(model.row_of(meeting), cols.STATUS))
    qtbot.waitUntil(lambda: shown_status() == sent, timeout=3000)
    assert sent in screen.detail.history.text()
    qtbot.waitUntil(lambda: editor.model.row_of(item.id) is not None, timeout=3000)
    assert editor.current_item_id() == chosen  # the user stays where they were
    assert published and all(c.elsewhere for c in published)
    assert {"meetings", "agenda_items"} <= set().union(*(c.tables for c in published))
    assert window.bus.stack.count() == 0  # not a step of this window's history


def test_the_action_list_follows_a_colleague_and_own_actions_do_not_come_back(
        qtbot, window, two):
    mine, colleague, _path = two
    window.nav.setCurrentRow(window.row_of("ActionListScreen"))
    actions = window.screen_at(window.row_of("ActionListScreen"))
    listing = next(actions.model.listing(r) for r in range(actions.model.rowCount())
                   if actions.model.listing(r).followup.is_open)
    published = []
    window.bus.changed.connect(published.append)
    colleague.followups.mark_done(listing.followup.id, "Rondgestuurd door Bram.")
    qtbot.waitUntil(lambda: bool(published), timeout=3000)
    qtbot.waitUntil(lambda: actions.model.row_of(listing.followup.id) is None
                    or not actions.model.listing(actions.model.row_of(
                        listing.followup.id)).followup.is_open, timeout=3000)

    published.clear()
    other = next(actions.model.listing(r).followup for r in range(actions.model.rowCount())
                 if actions.model.listing(r).followup.is_open)
    actions.select(other.id)
    window.prompts.answer("Zelf afgehandeld.")
    actions.mark_done()
    qtbot.wait(150)  # several ticks
    assert [c.elsewhere for c in published] == [False]  # only the action itself


def test_an_undo_of_a_record_a_colleague_changed_since_is_dropped_with_a_note(
        qtbot, window, two):
    mine, colleague, _path = two
    screen = window.screen_at(0)
    meeting = next(x.meeting.id for x in mine.meetings.listings()
                   if x.meeting.status is MeetingStatus.PLANNED)
    screen.select_meeting(meeting)
    window.prompts.answer("Thuiszitters")
    screen.detail.agenda.add_free_item()
    item = next(i for i in mine.agenda.agenda(meeting) if i.title == "Thuiszitters")
    colleague.agenda.update_item(item.id, title="Thuiszitters (Bram)")
    qtbot.waitUntil(lambda: "Thuiszitters (Bram)" in
                    [i.title for i in screen.detail.agenda.model.items], timeout=3000)
    window.bus.undo()
    assert [i.title for i in mine.agenda.agenda(meeting) if i.id == item.id] == \
        ["Thuiszitters (Bram)"]
    assert window.prompts.errors and "intussen" in window.prompts.errors[-1]
    assert window.bus.stack.count() == 0
