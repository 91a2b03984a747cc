"""Organisations and people."""

import json

from overleg.domain.errors import NotFoundError
from overleg.domain.organisations import Organisation, Person
from overleg.domain.records import id_of
from overleg.storage.connection import Database
from overleg.storage.unreadable import one, readable


class PeopleRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    def add_organisation(self, org: Organisation) -> Organisation:
        org.id = self.db.table("organisations").insert({
            "uuid": org.uuid, "name": org.name, "kind": str(org.kind),
            "short_name": org.short_name, **_archived(org.archived)}).last_pk
        return org

    def update_organisation(self, org: Organisation) -> None:
        self.organisation(id_of(org))
        self.db.table("organisations").update(id_of(org), {
            "name": org.name, "kind": str(org.kind), "short_name": org.short_name})

    def organisations(self) -> list[Organisation]:
        return readable(self.db, "organisations",
                        self.db.query("SELECT * FROM organisations ORDER BY name"), _org)

    def organisation(self, org_id: int) -> Organisation:
        rows = list(self.db.query("SELECT * FROM organisations WHERE id = ?", [org_id]))
        if not rows:
            raise NotFoundError("Deze organisatie bestaat niet (meer).")
        return one("organisations", rows[0], _org)

    def add_person(self, person: Person) -> Person:
        person.id = self.db.table("people").insert({
            "uuid": person.uuid, "name": person.name, "function": person.function,
            "organisation_id": person.organisation_id, "email": person.email,
            **_archived(person.archived)}).last_pk
        return person

    def update_person(self, person: Person) -> None:
        self.person(id_of(person))
        self.db.table("people").update(id_of(person), {
            "name": person.name, "function": person.function,
            "organisation_id": person.organisation_id, "email": person.email})

    def people(self) -> list[Person]:
        return readable(self.db, "people", self.db.query("SELECT * FROM people ORDER BY name"),
                        _person)

    def people_with_ids(self, ids: list[int]) -> list[Person]:
        """The readable people among these ids (the attendees of a meeting), without
        reading everyone in the archive."""
        return readable(self.db, "people", self.db.query(
            "SELECT * FROM people WHERE id IN (SELECT value FROM json_each(?)) ORDER BY name",
            [json.dumps(ids)]), _person)

    def person(self, person_id: int) -> Person:
        rows = list(self.db.query("SELECT * FROM people WHERE id = ?", [person_id]))
        if not rows:
            raise NotFoundError("Deze persoon bestaat niet (meer).")
        return one("people", rows[0], _person)

    def find_person(self, name: str) -> Person | None:
        rows = list(self.db.query("SELECT * FROM people WHERE name = ? COLLATE NOCASE",
                                  [name]))
        return _person(rows[0]) if rows else None


    # -- what refers to a person or organisation (deleting is only for the unreferred) --

    def person_references(self, person_id: int) -> int:
        """Memberships, attendance and follow-ups that name this person."""
        return self._count(_PERSON_REFERENCES, person_id)

    def organisation_references(self, org_id: int) -> int:
        """People, follow-ups, procedures, parties, milestones and positions that name it."""
        return self._count(_ORGANISATION_REFERENCES, org_id)

    def _count(self, references: tuple[tuple[str, str], ...], record_id: int) -> int:
        tables = set(self.db.table_names())
        return sum(self.db.execute(f"SELECT count(*) FROM {table} WHERE {column} = ?",
                                   [record_id]).fetchone()[0]
                   for table, column in references if table in tables)

    # Archiving is its own step (audited); an edit of name or e-mail leaves it as it is.

    def set_person_archived(self, person_id: int, archived: bool) -> None:
        self.db.execute("UPDATE people SET archived = ? WHERE id = ?",
                        [int(archived), person_id])

    def set_organisation_archived(self, org_id: int, archived: bool) -> None:
        self.db.execute("UPDATE organisations SET archived = ? WHERE id = ?",
                        [int(archived), org_id])

    def delete_person(self, person_id: int) -> None:
        self.db.execute("DELETE FROM people WHERE id = ?", [person_id])

    def delete_organisation(self, org_id: int) -> None:
        self.db.execute("DELETE FROM organisations WHERE id = ?", [org_id])


_PERSON_REFERENCES = (("body_members", "person_id"), ("attendance", "person_id"),
                      ("followups", "owner_person_id"))
_ORGANISATION_REFERENCES = (
    ("people", "organisation_id"), ("followups", "owner_organisation_id"),
    ("procedures", "lead_organisation_id"), ("procedure_parties", "organisation_id"),
    ("milestones", "party_organisation_id"), ("item_positions", "organisation_id"))


def _archived(archived: bool) -> dict:
    """Written only when set: a new record is not archived by the column's default."""
    return {"archived": 1} if archived else {}


def _org(r: dict) -> Organisation:
    return Organisation(name=r["name"], kind=r["kind"], short_name=r["short_name"],
                        id=r["id"], uuid=r["uuid"], archived=bool(r.get("archived")))


def _person(r: dict) -> Person:
    return Person(name=r["name"], function=r["function"],
                  organisation_id=r["organisation_id"], email=r["email"], id=r["id"],
                  uuid=r["uuid"], archived=bool(r.get("archived")))
