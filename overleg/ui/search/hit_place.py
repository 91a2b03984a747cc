"""Where a search hit opens: exactly where the matched text is. A match in an item's
notes, a decision or follow-up of an item, or a party's position opens the meeting's
minutes at that item and field; a match in an item's title or description opens it in
the agenda, as does a match in a document attached to it; a decision or follow-up of no
item opens in its register or list."""

import re

from overleg.domain.listings import SearchHit
from overleg.services.container import Services
from overleg.ui.common import minutes_places as places

_MARKS = re.compile(r"[\[\]…]")  # the snippet's match brackets and elisions


def hit_place(services: Services, hit: SearchHit) -> tuple[str, int]:
    """(navigate kind, record id) for the window's open_record."""
    if hit.kind == "item":
        notes = services.agenda.item(hit.record_id).notes
        return (places.NOTES if _in(hit.snippet, notes) else "item"), hit.record_id
    if hit.kind == "position":
        return places.POSITIONS, services.positions.item_of(hit.record_id)
    if hit.kind == "decision":
        item_id = services.followups.decision(hit.record_id).item_id
        return (places.DECISIONS, item_id) if item_id is not None else ("decision",
                                                                          hit.record_id)
    if hit.kind == "followup":
        item_id = services.followups.get(hit.record_id).item_id
        return (places.FOLLOWUPS, item_id) if item_id is not None else ("followup",
                                                                          hit.record_id)
    if hit.kind == "document":  # a document opens its item in the agenda
        return "item", services.attachments.get(hit.record_id).item_id
    return hit.kind, hit.record_id


def _in(snippet: str, text: str) -> bool:
    """Whether the snippet (a stretch of one column, whitespace folded) comes from text."""
    found = " ".join(_MARKS.sub("", snippet).split())
    return bool(found) and found.casefold() in " ".join(_MARKS.sub("", text).split()).casefold()
