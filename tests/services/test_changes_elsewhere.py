"""A colleague's changes in the same file: what another connection changed reaches this
one as a change set (elsewhere=True), this connection's own commands do not come back,
and a log pruned past the last look says every record table changed."""

from datetime import datetime

import pytest

from overleg.domain.changes import Op
from overleg.domain.enums import MeetingStatus
from overleg.services.container import build_services
from overleg.services.demo import build_demo
from overleg.storage import schema_change_log
from overleg.storage.database import open_database

NOW = datetime(2013, 12, 1, 10, 0)


@pytest.fixture
def two(tmp_path):
    path = tmp_path / "overleg.db"
    first = build_services(open_database(path), now=lambda: NOW, user="anna")
    first.schemas.ensure_builtin()
    build_demo(first)
    second = build_services(open_database(path), now=lambda: NOW, user="bram")
    yield first, second
    second.db.close()
    first.db.close()


def planned(services) -> int:
    return next(x.meeting.id for x in services.meetings.listings()
                if x.meeting.status is MeetingStatus.PLANNED)


def test_nothing_changed_elsewhere_is_nothing(two):
    first, _second = two
    assert first.commands.elsewhere() is None
    first.commands.run("Titel", lambda: first.agenda.add_item(planned(first), "Eigen punt"))
    assert first.commands.elsewhere() is None  # its own change is no news to it


def test_a_colleagues_changes_arrive_as_a_change_set(two):
    first, second = two
    meeting = planned(second)
    item = second.commands.run("Punt", lambda: second.agenda.add_item(meeting, "Vervoer")
                               ).result
    second.meetings.set_status(meeting, MeetingStatus.AGENDA_SENT)  # outside a command too
    news = first.commands.elsewhere("Gewijzigd door een ander")
    assert news is not None and news.elsewhere
    assert news.ids("agenda_items", Op.INSERT) == {item.id}
    assert meeting in news.ids("meetings", Op.UPDATE)
    inserted = next(c for c in news if c.table == "agenda_items" and c.row_id == item.id)
    assert inserted.after["title"] == "Vervoer" and inserted.uuid == item.uuid
    assert first.commands.elsewhere() is None  # seen once


def test_own_and_colleagues_changes_interleaved_only_the_colleagues_come(two):
    first, second = two
    meeting = planned(first)
    own = first.commands.run("Eigen", lambda: first.agenda.add_item(meeting, "Eigen")).result
    other = second.commands.run("Ander", lambda: second.agenda.add_item(meeting, "Ander")
                                ).result
    news = first.commands.elsewhere()
    # (the colleague's item also moved the closing items down: those rows come too)
    assert other.id in news.ids("agenda_items", Op.INSERT)
    assert own.id not in news.ids("agenda_items")
    second.commands.run("Weg", lambda: second.agenda.delete_item(own.id))
    news = first.commands.elsewhere()
    assert news.ids("agenda_items", Op.DELETE) == {own.id}


def test_a_log_pruned_past_the_last_look_names_every_table(two, monkeypatch):
    first, second = two
    # The colleague wrote a lot: the oldest entries this connection has not seen are gone.
    second.db.execute(f"DELETE FROM {schema_change_log.LOG_TABLE} WHERE seq <= "
                      f"(SELECT max(seq) FROM {schema_change_log.LOG_TABLE})")
    second.commands.run("Punt", lambda: second.agenda.add_item(planned(second), "Nieuw"))
    first.commands.log.seen = 0  # as if it last looked long ago
    news = first.commands.elsewhere()
    assert news is not None and {"meetings", "agenda_items", "followups"} <= news.tables


def test_the_log_keeps_only_its_last_entries(two):
    first, _second = two
    log = schema_change_log.LOG_TABLE
    keep = schema_change_log.LOG_KEEP
    with first.db.atomic():  # as if this many changes had been noted
        first.db.execute(f"INSERT INTO {log} (seq, tbl, rid, op) VALUES (?, 'meetings', 1, "
                         "'update')", [3 * keep])
    oldest = first.db.execute(f"SELECT min(seq) FROM {log}").fetchone()[0]
    assert oldest == 3 * keep  # everything further back than LOG_KEEP went
    assert first.db.execute(f"SELECT count(*) FROM {log}").fetchone()[0] == 1
