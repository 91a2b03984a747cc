"""The audience rule over a stream of records: exports of the whole archive read their
records lazily, look up which are confidential a chunk at a time, and leave out (and
count) what the audience may not see, without ever holding the whole list."""

from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import Generic, TypeVar

from overleg.domain.audience import Audience, for_audience, left_out_line

T = TypeVar("T")

CHUNK = 1000  # records per confidentiality lookup: one query each, bounded memory


class ConfidentialStream(Generic[T]):
    """Iterate it once for the records `audience` may see; `closed(record)` says whether a
    record just taken is confidential (the full version's 'Besloten' column) and `note`,
    after the iteration, the neutral line about what was left out."""

    def __init__(self, records: Iterable[T], audience: Audience, key: Callable[[T], int],
                 closed_among: Callable[[list[T]], set[int]]) -> None:
        self._records, self._audience = iter(records), audience
        self._key, self._closed_among = key, closed_among
        self._closed: set[int] = set()  # of the current chunk
        self.left_out = 0

    def __iter__(self) -> Iterator[T]:
        while chunk := list(islice(self._records, CHUNK)):
            self._closed = self._closed_among(chunk)
            selection = for_audience(chunk, self._audience,
                                     lambda r: self._key(r) in self._closed)
            self.left_out += selection.left_out
            yield from selection.shown

    def closed(self, record: T) -> bool:
        return self._key(record) in self._closed

    @property
    def note(self) -> str:
        return left_out_line(self.left_out)
