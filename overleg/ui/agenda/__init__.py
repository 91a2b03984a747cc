"""Building an agenda: items, order and timing, themes from a schema, returning points."""
