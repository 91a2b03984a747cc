"""The action list opens in due order from the order's index, a page at a time, without
reading the ids of every follow-up; typing and other orders read them all, and every
way shows the same rows."""

from overleg.domain.enums import FollowUpStatus
from overleg.ui.followup import action_model
from overleg.ui.followup.action_model import ActionTableModel


def ids(model: ActionTableModel) -> list[int]:
    while model.canFetchMore(model.index(-1, -1)):
        model.fetchMore(model.index(-1, -1))
    return [model.listing(r).followup.id for r in range(model.rowCount())]


def test_opening_in_due_order_reads_pages_and_agrees_with_all_ids(demo, qapp, monkeypatch):
    monkeypatch.setattr(action_model, "FIRST_PAGE", 3)
    monkeypatch.setattr(action_model, "PAGE", 2)
    read_all: list[object] = []
    service = demo.followups
    ordered_ids = service.ordered_ids
    monkeypatch.setattr(service, "ordered_ids",
                        lambda *a, **k: read_all.append(a) or ordered_ids(*a, **k))
    for status, descending in ((None, False), (FollowUpStatus.OPEN, True)):
        flt = service.filter(status=status)
        expected = ordered_ids(flt, "due", descending)
        model = ActionTableModel(service)
        model.descending = descending
        model.set_filter(flt)
        assert model.total() == len(expected) > 3
        assert model.rowCount() == 3
        assert ids(model) == expected
        assert read_all == []  # opened and scrolled through without reading them all
        # a keystroke reads them once; clearing the text shows the same list again
        model.set_text("zzzz-nergens")
        assert model.total() == 0 and len(read_all) == 1
        model.set_text("")
        assert ids(model) == expected
        read_all.clear()
    # another order reads the ids as before
    model.sort(1)
    assert len(read_all) == 1


def test_typing_on_narrows_to_the_same_rows_as_the_whole_text_at_once(demo, qapp):
    service = demo.followups
    typing = ActionTableModel(service)
    typing.set_filter(service.filter())
    words = [listing.followup.text for listing in service.page(service.filter(), 0, 5)]
    text = " ".join(words[0].split()[:2])[:-1]  # two words, the last one cut short
    for n in range(1, len(text) + 1):
        typing.set_text(text[:n])
        at_once = ActionTableModel(service)
        at_once.set_filter(service.filter())
        at_once.set_text(text[:n])
        assert ids(typing) == ids(at_once), text[:n]
    assert typing.total() > 0
