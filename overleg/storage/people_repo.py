"""Organisations and people."""

from sqlite_utils import Database

from overleg.domain.errors import NotFoundError
from overleg.domain.organisations import Organisation, Person
from overleg.domain.records import id_of
from overleg.storage.unreadable import one, readable


class PeopleRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    def add_organisation(self, org: Organisation) -> Organisation:
        org.id = self.db.table("organisations").insert({
            "uuid": org.uuid, "name": org.name, "kind": str(org.kind),
            "short_name": org.short_name}).last_pk
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
            "organisation_id": person.organisation_id, "email": person.email}).last_pk
        return person

    def update_person(self, person: Person) -> None:
        self.person(id_of(person))
        self.db.table("people").update(id_of(person), {
            "name": person.name, "function": person.function,
            "organisation_id": person.organisation_id, "email": person.email})

    def people(self) -> list[Person]:
        return readable(self.db, "people", self.db.query("SELECT * FROM people ORDER BY name"),
                        _person)

    def person(self, person_id: int) -> Person:
        rows = list(self.db.query("SELECT * FROM people WHERE id = ?", [person_id]))
        if not rows:
            raise NotFoundError("Deze persoon bestaat niet (meer).")
        return one("people", rows[0], _person)

    def find_person(self, name: str) -> Person | None:
        rows = list(self.db.query("SELECT * FROM people WHERE name = ? COLLATE NOCASE",
                                  [name]))
        return _person(rows[0]) if rows else None


def _org(r: dict) -> Organisation:
    return Organisation(name=r["name"], kind=r["kind"], short_name=r["short_name"],
                        id=r["id"], uuid=r["uuid"])


def _person(r: dict) -> Person:
    return Person(name=r["name"], function=r["function"],
                  organisation_id=r["organisation_id"], email=r["email"], id=r["id"],
                  uuid=r["uuid"])
