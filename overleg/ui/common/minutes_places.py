"""Where in the minutes a record lives: the navigate kinds that open a meeting's minutes
at one agenda item and one of its fields (a search hit in the notes, a decision's "Open
meeting"), each with the record id of that agenda item."""

NOTES, DECISIONS, FOLLOWUPS, POSITIONS = (
    "minutes_notes", "minutes_decisions", "minutes_followups", "minutes_positions")
MINUTES_KINDS = (NOTES, DECISIONS, FOLLOWUPS, POSITIONS)
