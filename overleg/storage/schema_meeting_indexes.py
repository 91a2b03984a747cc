"""Migration 0013: one coming meeting's returning points read through indexes, not through
a body's whole history.

The points that come back at a meeting are the open follow-ups and the postponed items of
every earlier meeting since the body's previous open one: with twenty years of records,
hundreds of meetings. Their follow-ups and items were read in full to keep the open and
postponed ones, and every later agenda of the body was read to find where an item had
been carried. Partial indexes hold just the open follow-ups and the postponed items by
meeting, and an index on `carried_from_item_id` finds carried items directly (benchmarks
at four times the archive: the agenda editor's open grew with the archive).
"""

NAME = "0013_meeting_indexes"

OPEN_BY_ORIGIN = "idx_followups_open_origin"
POSTPONED_BY_MEETING = "idx_items_postponed_origin"

# `status` is a column as well: without it SQLite reads each row to check the WHERE.
DDL = [
    f"""CREATE INDEX {OPEN_BY_ORIGIN} ON followups(meeting_id, target_meeting_id, status)
        WHERE status = 'open'""",
    f"""CREATE INDEX {POSTPONED_BY_MEETING} ON agenda_items(meeting_id, position)
        WHERE outcome = 'postponed'""",
    "CREATE INDEX idx_items_carried_from ON agenda_items(carried_from_item_id)",
]
