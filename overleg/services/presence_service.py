"""Telling a user that someone else has the same database file open (a shared network
folder), so they know to refresh before relying on what they see."""

from pathlib import Path

from overleg.services.context import Context
from overleg.storage.database import notices
from overleg.storage.presence import Occupant, Presence


class PresenceService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self._presence: Presence | None = None

    def _note(self) -> Presence | None:
        if self._presence is None:
            row = next((r for r in self.ctx.db.execute("PRAGMA database_list").fetchall()
                        if r[1] == "main"), None)
            if row is None or not row[2]:
                return None  # in memory: nobody else can see it
            self._presence = Presence(Path(row[2]), self.ctx.user, host=self.ctx.host,
                                      now=self.ctx.now)
        return self._presence

    def claim(self) -> list[Occupant]:
        """Announce this instance; returns who else has the file open."""
        note = self._note()
        if note is None:
            return []
        note.claim()
        return note.others()

    def refresh(self) -> list[Occupant]:
        return self.claim()

    def others(self) -> list[Occupant]:
        note = self._note()
        return note.others() if note else []

    def release(self) -> None:
        if self._presence is not None:
            self._presence.release()

    def message(self) -> str | None:
        """Dutch sentences for the window, or None when nobody else is there: who else has
        the file open, and a journal mode kept because of them (storage/journal.py)."""
        parts = notices(self.ctx.db)
        others = self.others()
        if others:
            names = ", ".join(o.describe() for o in others)
            parts.append(f"Let op: {names} heeft dit bestand ook open. Uw wijzigingen worden "
                         "veilig opgeslagen; wat de ander verandert, ziet u na Vernieuwen (F5).")
        return " ".join(parts) or None
