from datetime import datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from overleg.domain.agenda import (
    AgendaItem,
    insert_position,
    moved,
    overrun,
    renumbered,
    time_slots,
)
from overleg.domain.enums import StandardItem


def agenda(n: int) -> list[AgendaItem]:
    return [AgendaItem(meeting_id=1, title=f"Punt {i}", position=i, id=100 + i,
                       planned_minutes=10) for i in range(1, n + 1)]


@given(st.integers(1, 30), st.data())
def test_moves_keep_positions_contiguous_and_the_moved_item_lands_where_asked(n, data):
    items = agenda(n)
    for _ in range(data.draw(st.integers(1, 10))):
        item_id = data.draw(st.sampled_from([i.id for i in items]))
        to = data.draw(st.integers(0, n - 1))
        others = [i.id for i in sorted(items, key=lambda i: i.position) if i.id != item_id]
        items = moved(items, item_id, to)
        assert [i.position for i in items] == list(range(1, n + 1))
        assert items[to].id == item_id
        assert [i.id for i in items if i.id != item_id] == others  # relative order kept


@given(st.integers(1, 30), st.data())
def test_deletes_renumber_without_gaps_and_keep_order(n, data):
    items = agenda(n)
    doomed = set(data.draw(st.lists(st.sampled_from([i.id for i in items]), unique=True)))
    left = renumbered([i for i in items if i.id not in doomed])
    assert [i.position for i in left] == list(range(1, len(left) + 1))
    assert [i.id for i in left] == [i.id for i in items if i.id not in doomed]


def test_new_items_go_before_any_other_business_and_closing():
    items = agenda(3)
    items.append(AgendaItem(meeting_id=1, title="Rondvraag", position=4,
                            standard=StandardItem.ANY_OTHER_BUSINESS))
    items.append(AgendaItem(meeting_id=1, title="Sluiting", position=5,
                            standard=StandardItem.CLOSING))
    assert insert_position(items) == 4
    assert insert_position(agenda(2)) == 3


def test_time_slots_follow_planned_minutes_and_overrun_is_reported():
    start = datetime(2013, 9, 19, 15, 0)
    slots = time_slots(start, agenda(3))
    assert [s.starts_at.strftime("%H:%M") for s in slots] == ["15:00", "15:10", "15:20"]
    assert overrun(start, start + timedelta(minutes=25), agenda(3)) == timedelta(minutes=5)
    assert overrun(start, start + timedelta(hours=2), agenda(3)) == timedelta(0)
