"""Migration 0012: the notes of agenda items become Markdown (overleg.domain.rich_text).

Notes written before were plain text. Each one is rewritten so that it shows exactly as
before: what would now read as markup (a '*', a '[', a backslash, a line starting with
'1. ') is escaped; lines typed as bullets ('- ', '* ', '• ', '– ') stay bullets, since
they already meant a list (the Word minutes printed them as one). Only the notes are
rich text; titles, descriptions, decisions and follow-ups stay plain.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from overleg.domain.rich_text import escape_plain

if TYPE_CHECKING:
    from sqlite_utils import Database

NAME = "0012_markdown_notes"


def notes_from_plain(text: str) -> str:
    """Plain notes as the Markdown that shows them the same."""
    return escape_plain(text, keep_bullets=True)


def escape_stored_notes(db: Database) -> int:
    """Rewrite every stored note that would change; returns how many changed."""
    changed = 0
    rows = list(db.query("SELECT id, notes FROM agenda_items WHERE notes != ''"))
    for row in rows:
        new = notes_from_plain(row["notes"])
        if new != row["notes"]:
            db.execute("UPDATE agenda_items SET notes = ? WHERE id = ?", [new, row["id"]])
            changed += 1
    return changed
