"""The meetings list over many meetings: read a page at a time as the view asks, in the
same order and with the same filters as before."""

from datetime import datetime, timedelta

import pytest

from overleg.domain.bodies import Body
from overleg.domain.meetings import Meeting
from overleg.storage.meeting_repo import MeetingRepo
from overleg.ui.meetings.meeting_table_model import (
    BODY,
    DATE,
    PAGE,
    TITLE,
    MeetingIdRole,
    MeetingTableModel,
    Period,
)

FIRST = datetime(2012, 1, 5, 15)  # 'today' is 1 December 2013 in the tests


@pytest.fixture
def many(services):
    """Two bodies with 3 * PAGE meetings between them, one a week, alternating."""
    a = services.bodies.add_body(Body("Stuurgroep Archief", "SGA"))
    b = services.bodies.add_body(Body("Werkgroep Archief", "WGA"))
    MeetingRepo(services.db).add_many([
        Meeting((a if n % 2 else b).id, FIRST + timedelta(weeks=n), title=f"nr {n}")
        for n in range(3 * PAGE)])
    return services, a, b


def _counting(services):
    """The model, with a count of how many meetings it read as objects."""
    read: list[int] = []
    real = services.meetings.listings_of

    def listings_of(ids):
        read.append(len(ids))
        return real(ids)

    services.meetings.listings_of = listings_of
    return MeetingTableModel(services), read


def test_the_list_reads_only_the_page_in_view_and_more_as_it_scrolls(qtbot, many):
    services, _a, _b = many
    model, read = _counting(services)
    model.set_filter(None, Period.ALL)
    assert model.rowCount() == 3 * PAGE and read == []  # the count, no meeting yet
    assert model.data(model.index(0, 0)) == "do 28-09-2017"  # newest first
    assert read == [PAGE]
    assert model.data(model.index(5, BODY)) is not None and read == [PAGE]
    last = model.index(3 * PAGE - 1, 0)
    assert model.data(last) == "do 05-01-2012" and read == [PAGE, PAGE]


def test_paged_rows_keep_the_order_and_filters_of_the_whole_list(qtbot, many):
    services, a, _b = many
    model, _read = _counting(services)
    for body_id, period, descending in ((None, Period.ALL, True), (a.id, Period.ALL, True),
                                        (None, Period.UPCOMING, False),
                                        (a.id, Period.PAST, True)):
        model.set_filter(body_id, period)
        filters = {"body_id": body_id, "descending": descending}
        if period is Period.UPCOMING:
            filters["start"] = services.ctx.today()
        elif period is Period.PAST:
            filters["end"] = services.ctx.today() - timedelta(days=1)
        whole = services.meetings.listings(**filters)
        assert [model.data(model.index(r, 0), MeetingIdRole)
                for r in range(model.rowCount())] == [x.meeting.id for x in whole]
        assert [model.listing_at(r) for r in range(model.rowCount())] == whole


def test_row_of_finds_a_meeting_on_a_page_not_read_yet(qtbot, many):
    services, _a, _b = many
    model, read = _counting(services)
    model.set_filter(None, Period.ALL)
    oldest = services.meetings.listings()[0].meeting.id
    assert model.row_of(oldest) == 3 * PAGE - 1 and read == []
    assert model.row_of(999_999) is None


def test_a_changed_status_shows_on_reload_without_a_reset(qtbot, many):
    services, _a, _b = many
    model = MeetingTableModel(services)
    model.set_filter(None, Period.ALL)
    meeting_id = model.data(model.index(0, 0), MeetingIdRole)
    services.meetings.cancel(meeting_id, "geen agendapunten")
    with qtbot.assertNotEmitted(model.modelReset), qtbot.waitSignal(model.dataChanged):
        model.reload()
    assert model.data(model.index(0, 5)) == "cancelled"


def test_the_paged_model_passes_the_model_tester(qtbot, qtmodeltester, many):
    services, a, _b = many
    model = MeetingTableModel(services)
    model.set_filter(None, Period.ALL)
    qtmodeltester.check(model)
    model.set_filter(a.id, Period.PAST)
    qtmodeltester.check(model)
    model.set_filter(a.id, Period.UPCOMING)
    assert model.rowCount() > 0
    qtmodeltester.check(model)
    assert model.data(model.index(0, DATE)) is not None


def test_the_list_fits_its_columns_to_40_rows_from_the_top_of_the_view(qtbot, many):
    """Measured on the first page only: a title far below the view does not widen it."""
    from overleg.ui.meetings.meetings_screen import MeetingsScreen
    from tests.ui.fakes import FakePrompts

    services, _a, _b = many
    ids = services.meetings.ordered_ids(body_id=None, descending=True)
    longer, longest = "een titel die veel langer is dan de andere", "x" * 200
    for title, meeting_id in ((longer, ids[3]), (longest, ids[2 * PAGE])):
        services.db.execute("UPDATE meetings SET title = ? WHERE id = ?", [title, meeting_id])
    _model, read = _counting(services)  # counts what the screen's own model reads
    screen = MeetingsScreen(services, FakePrompts())
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitExposed(screen)
    read.clear()
    screen.set_filter(None, Period.ALL)
    screen.table.verticalScrollBar().setValue(3)
    assert read == [PAGE]  # 40 rows from the top of the view lie on the first page
    width = screen.table.horizontalHeader().sectionSize(TITLE)
    metrics = screen.table.fontMetrics()
    assert metrics.horizontalAdvance(longer) < width < metrics.horizontalAdvance(longest)
