"""Positions per party per talking point, and the text search over them."""

from overleg.domain.positions import Position
from overleg.storage.connection import Database


class PositionRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    def save(self, p: Position) -> Position:
        """One position per party per point: saving again replaces it (same record)."""
        existing = next(iter(self.db.query(
            "SELECT id, uuid FROM item_positions WHERE item_id = ? AND organisation_id = ?",
            [p.item_id, p.organisation_id])), None)
        row = {"stance": str(p.stance), "text": p.text, "document_version": p.document_version}
        if existing is None:
            p.id = self.db.table("item_positions").insert({
                "uuid": p.uuid, "item_id": p.item_id, "organisation_id": p.organisation_id,
                **row}).last_pk
        else:
            p.id, p.uuid = existing["id"], existing["uuid"]
            self.db.table("item_positions").update(p.id, row)
        return p

    def delete(self, item_id: int, organisation_id: int) -> None:
        self.db.execute("DELETE FROM item_positions WHERE item_id = ? AND organisation_id = ?",
                        [item_id, organisation_id])

    def of_items(self, item_ids: list[int]) -> list[Position]:
        rows = self.db.query(
            "SELECT p.* FROM item_positions p JOIN organisations o ON o.id = p.organisation_id "
            "WHERE p.item_id IN (SELECT value FROM json_each(?)) ORDER BY p.item_id, o.name",
            [str(list(item_ids))])
        return [_position(r) for r in rows]

    def by_ids(self, ids: list[int]) -> list[Position]:
        rows = self.db.query("SELECT * FROM item_positions WHERE id IN "
                             "(SELECT value FROM json_each(?))", [str(list(ids))])
        return [_position(r) for r in rows]

    def search(self, words: str, limit: int = 200) -> list[Position]:
        """Positions whose text or document version holds all the words (the last may be
        the start of one)."""
        terms = [w.replace('"', "") for w in words.split() if w.replace('"', "")]
        if not terms:
            return []
        query = " ".join(f'"{t}"' for t in terms) + "*"
        rows = self.db.query(
            "SELECT p.* FROM item_positions_fts f JOIN item_positions p ON p.id = f.rowid "
            "WHERE item_positions_fts MATCH ? ORDER BY p.id DESC LIMIT ?", [query, limit])
        return [_position(r) for r in rows]


def _position(r: dict) -> Position:
    return Position(item_id=r["item_id"], organisation_id=r["organisation_id"],
                    stance=r["stance"], text=r["text"], document_version=r["document_version"],
                    id=r["id"], uuid=r["uuid"])
