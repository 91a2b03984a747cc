"""Long work (an export or import of the whole archive) that says how far it is and stops
when asked. The caller passes a plain `progress(done, total)` callback and a cancel
event; the window's worker (overleg/ui/common/progress.py) is one such caller, the
command line passes neither. Nothing here knows about Qt."""

import threading
from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")

Progress = Callable[[int, int], None]  # (done, total); total 0 when unknown


class Cancelled(Exception):
    """The user stopped the work; whatever it was writing is discarded."""


class Tracker:
    """Counts units of work, reports every `every` units and raises Cancelled once the
    cancel event is set."""

    def __init__(self, total: int, progress: Progress | None = None,
                 cancel: threading.Event | None = None, every: int = 200) -> None:
        self.total, self.done = total, 0
        self.progress, self.cancel, self.every = progress, cancel, every

    def step(self, n: int = 1) -> None:
        before, self.done = self.done, self.done + n
        if before // self.every != self.done // self.every:
            self.check()

    def check(self) -> None:
        if self.cancel is not None and self.cancel.is_set():
            raise Cancelled
        if self.progress is not None:
            self.progress(self.done, self.total)

    def finish(self) -> None:
        self.check()
        if self.progress is not None and self.done != self.total:
            self.progress(self.total, self.total)

    def each(self, records: Iterable[T]) -> Iterator[T]:
        """The records, counted as they are taken."""
        self.check()
        for record in records:
            yield record
            self.step()
        self.check()  # a cancel after the last report still stops the work


def tracked(records: Iterable[T], total: int, progress: Progress | None = None,
            cancel: threading.Event | None = None) -> Iterator[T]:
    """`records`, reporting progress and checking for a cancel as they are taken."""
    return Tracker(total, progress, cancel).each(records)
