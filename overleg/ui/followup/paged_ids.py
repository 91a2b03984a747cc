"""The ids of the action list's filter in due order, read a page at a time.

Due order has an index (storage.schema_followup_due): its pages come from the index and
the total from a count, so the list opens without reading the ids of the whole archive.
Typing in the filter, another order or finding one follow-up's row still needs all ids:
`ActionTableModel` reads them then, once.
"""

from overleg.domain.listings import ActionFilter
from overleg.services.followup_service import FollowUpService


class PagedIds:
    """A read-only list of ids: its length and slices are all the model asks of it."""

    def __init__(self, service: FollowUpService, flt: ActionFilter, descending: bool) -> None:
        self.service, self.filter, self.descending = service, flt, descending
        self.total = service.count(flt)

    def __len__(self) -> int:
        return self.total

    def __getitem__(self, part: slice) -> list[int]:
        start, stop, _ = part.indices(self.total)
        if stop <= start:
            return []
        return self.service.due_ids(self.filter, start, stop - start, self.descending)
