"""Finding anything: one search over items, notes, decisions and follow-ups."""
