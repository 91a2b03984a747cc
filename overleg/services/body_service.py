"""Bodies, their members, people and organisations."""

from overleg.domain.bodies import Body, Membership
from overleg.domain.enums import MemberRole
from overleg.domain.errors import NotFoundError
from overleg.domain.organisations import Organisation, Person
from overleg.services.context import Context
from overleg.storage.body_repo import BodyRepo
from overleg.storage.people_repo import PeopleRepo


class BodyService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.bodies = BodyRepo(ctx.db)
        self.people = PeopleRepo(ctx.db)

    def add_body(self, body: Body) -> Body:
        with self.ctx.db.atomic():
            return self.bodies.add(body)

    def update_body(self, body: Body) -> None:
        with self.ctx.db.atomic():
            self.bodies.update(body)

    def all(self) -> list[Body]:
        return self.bodies.all()

    def get(self, body_id: int) -> Body:
        return self.bodies.get(body_id)

    def find(self, name_or_code: str) -> Body:
        body = self.bodies.find(name_or_code)
        if body is None:
            raise NotFoundError(f"Er is geen (eenduidig) overlegorgaan '{name_or_code}'.")
        return body

    def add_organisation(self, org: Organisation) -> Organisation:
        with self.ctx.db.atomic():
            return self.people.add_organisation(org)

    def add_person(self, person: Person) -> Person:
        with self.ctx.db.atomic():
            return self.people.add_person(person)

    def add_member(self, body_id: int, person_id: int, role: MemberRole) -> None:
        with self.ctx.db.atomic():
            self.bodies.add_member(Membership(body_id, person_id, role))

    def members(self, body_id: int) -> list[tuple[MemberRole, Person]]:
        return self.bodies.members(body_id)

    def all_people(self) -> list[Person]:
        return self.people.people()

    def organisations(self) -> list[Organisation]:
        return self.people.organisations()

    def person(self, person_id: int) -> Person:
        return self.people.person(person_id)
