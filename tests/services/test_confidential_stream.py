"""The audience rule over a stream: records read in chunks, each chunk's confidential ones
looked up once, left out of a public output and counted."""

import threading

import pytest

from overleg.domain.audience import Audience
from overleg.services import confidential_stream
from overleg.services.confidential_stream import ConfidentialStream
from overleg.services.progress import Cancelled, tracked


@pytest.fixture(autouse=True)
def small_chunks(monkeypatch):
    monkeypatch.setattr(confidential_stream, "CHUNK", 3)


def test_members_see_every_record_and_which_are_closed_across_chunks():
    asked: list[list[int]] = []

    def closed_among(chunk):
        asked.append(chunk)
        return {r for r in chunk if r % 4 == 0}

    stream = ConfidentialStream(range(1, 11), Audience.MEMBERS, lambda r: r, closed_among)
    seen = [(r, stream.closed(r)) for r in stream]
    assert [r for r, _ in seen] == list(range(1, 11))
    assert [r for r, closed in seen if closed] == [4, 8]
    assert asked == [[1, 2, 3], [4, 5, 6], [7, 8, 9], [10]] and stream.note == ""


def test_the_public_leaves_closed_records_out_and_says_how_many():
    stream = ConfidentialStream(range(1, 11), Audience.PUBLIC, lambda r: r,
                                lambda chunk: {r for r in chunk if r % 4 == 0})
    assert list(stream) == [1, 2, 3, 5, 6, 7, 9, 10]
    assert stream.left_out == 2 and stream.note == "2 besloten punten zijn niet opgenomen."


def test_tracked_records_report_progress_and_stop_on_cancel():
    reports: list[tuple[int, int]] = []
    cancel = threading.Event()
    taken = []
    with pytest.raises(Cancelled):
        for n in tracked(range(1000), 1000, lambda done, total: reports.append((done, total)),
                         cancel):
            taken.append(n)
            if n == 450:
                cancel.set()
    assert reports[:3] == [(0, 1000), (200, 1000), (400, 1000)]
    assert len(taken) < 1000
