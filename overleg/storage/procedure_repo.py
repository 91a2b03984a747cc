"""OOGO procedures and dispute tracks, with the organisations they are held with."""

from overleg.domain.errors import NotFoundError
from overleg.domain.procedures import DISPUTE_TEMPLATE, Procedure
from overleg.domain.records import id_of
from overleg.storage.columns import iso, to_date
from overleg.storage.connection import Database


class ProcedureRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    def add(self, p: Procedure) -> Procedure:
        p.id = self.db.table("procedures").insert({"uuid": p.uuid, **_row(p)}).last_pk
        self._parties(p)
        return p

    def update(self, p: Procedure) -> None:
        self.db.table("procedures").update(id_of(p), _row(p))
        self._parties(p)

    def delete(self, procedure_id: int) -> None:
        self.db.execute("DELETE FROM procedures WHERE id = ?", [procedure_id])

    def get(self, procedure_id: int) -> Procedure:
        found = self._select("id = ?", [procedure_id])
        if not found:
            raise NotFoundError(f"Procedure {procedure_id} bestaat niet.")
        return found[0]

    def all(self) -> list[Procedure]:
        return self._select("1 = 1", [])

    def disputes_of_item(self, item_id: int) -> list[Procedure]:
        return self._select("item_id = ? AND template_code = ?", [item_id, DISPUTE_TEMPLATE])

    def dispute_items_without_track(self) -> list[int]:
        return [r["id"] for r in self.db.query(
            "SELECT id FROM agenda_items WHERE outcome = 'dispute' AND id NOT IN "
            "(SELECT item_id FROM procedures WHERE item_id IS NOT NULL AND template_code = ?) "
            "ORDER BY id", [DISPUTE_TEMPLATE])]

    def children(self, procedure_id: int) -> list[Procedure]:
        return self._select("parent_id = ?", [procedure_id])

    def _parties(self, p: Procedure) -> None:
        self.db.execute("DELETE FROM procedure_parties WHERE procedure_id = ?", [p.id])
        for n, org in enumerate(p.party_ids):
            self.db.execute("INSERT INTO procedure_parties VALUES (?, ?, ?)", [p.id, org, n])

    def _select(self, where: str, params: list) -> list[Procedure]:
        rows = list(self.db.query(
            f"SELECT * FROM procedures WHERE {where} ORDER BY year, id", params))
        parties: dict[int, list[int]] = {}
        for r in self.db.query("SELECT * FROM procedure_parties ORDER BY position"):
            parties.setdefault(r["procedure_id"], []).append(r["organisation_id"])
        return [Procedure(template_code=r["template_code"], title=r["title"], year=r["year"],
                          lead_id=r["lead_organisation_id"], party_ids=parties.get(r["id"], []),
                          reference=to_date(r["reference"]), body_id=r["body_id"],
                          item_id=r["item_id"], parent_id=r["parent_id"], result=r["result"],
                          closed_on=to_date(r["closed_on"]), id=r["id"], uuid=r["uuid"])
                for r in rows]


def _row(p: Procedure) -> dict:
    return {"template_code": p.template_code, "title": p.title, "year": p.year,
            "reference": iso(p.reference), "lead_organisation_id": p.lead_id,
            "body_id": p.body_id, "item_id": p.item_id, "parent_id": p.parent_id,
            "result": p.result, "closed_on": iso(p.closed_on)}
