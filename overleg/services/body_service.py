"""Bodies, their members, people and organisations."""

from overleg.domain.bodies import Body, Membership
from overleg.domain.enums import MemberRole
from overleg.domain.errors import NotFoundError, ValidationError
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
        _check_template(body.template_path)
        with self.ctx.db.atomic():
            return self.bodies.add(body)

    def update_body(self, body: Body) -> None:
        _check_template(body.template_path)
        with self.ctx.db.atomic():
            self.bodies.update(body)

    def delete_body(self, body_id: int) -> None:
        """Only a body that never met: meetings carry decisions and minutes."""
        with self.ctx.db.atomic():
            body = self.bodies.get(body_id)
            if self.bodies.meeting_count(body_id):
                raise ValidationError(f"'{body.name}' heeft vergaderingen en kan daarom niet "
                                      "worden verwijderd.")
            self.bodies.delete(body_id)
            self.ctx.audit("bodies", body.uuid, "deleted", old=body.name)

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

    def update_organisation(self, org: Organisation) -> None:
        with self.ctx.db.atomic():
            self.people.update_organisation(org)

    def organisation(self, org_id: int) -> Organisation:
        return self.people.organisation(org_id)

    def add_person(self, person: Person) -> Person:
        with self.ctx.db.atomic():
            if person.organisation_id is not None:
                self.people.organisation(person.organisation_id)
            return self.people.add_person(person)

    def update_person(self, person: Person) -> None:
        with self.ctx.db.atomic():
            if person.organisation_id is not None:
                self.people.organisation(person.organisation_id)
            self.people.update_person(person)

    def add_member(self, body_id: int, person_id: int, role: MemberRole) -> None:
        with self.ctx.db.atomic():
            self.bodies.add_member(Membership(body_id, person_id, role))

    def set_role(self, body_id: int, person_id: int, role: MemberRole) -> None:
        with self.ctx.db.atomic():
            self.bodies.set_role(body_id, person_id, MemberRole(role))

    def remove_member(self, body_id: int, person_id: int) -> None:
        """Past attendance stays: leaving a body does not rewrite its minutes."""
        with self.ctx.db.atomic():
            self.bodies.remove_member(body_id, person_id)

    def members(self, body_id: int) -> list[tuple[MemberRole, Person]]:
        return self.bodies.members(body_id)

    def all_people(self) -> list[Person]:
        return self.people.people()

    def organisations(self) -> list[Organisation]:
        return self.people.organisations()

    def person(self, person_id: int) -> Person:
        return self.people.person(person_id)

    # -- pickers offer only who is not archived --------------------------------------------

    def pickable_people(self) -> list[Person]:
        return [p for p in self.people.people() if not p.archived]

    def pickable_organisations(self) -> list[Organisation]:
        return [o for o in self.people.organisations() if not o.archived]

    # -- deleting, or archiving who is referred to -----------------------------------------

    def person_references(self, person_id: int) -> int:
        return self.people.person_references(person_id)

    def organisation_references(self, org_id: int) -> int:
        return self.people.organisation_references(org_id)

    def delete_person(self, person_id: int) -> None:
        """Only someone no membership, attendance or follow-up names; else archive."""
        with self.ctx.db.atomic():
            person = self.people.person(person_id)
            if self.people.person_references(person_id):
                raise ValidationError(f"'{person.name}' komt voor in vergaderingen, "
                                      "lidmaatschappen of actiepunten en kan daarom niet "
                                      "worden verwijderd; archiveer in plaats daarvan.")
            self.people.delete_person(person_id)
            self.ctx.audit("people", person.uuid, "deleted", field="name", old=person.name)

    def delete_organisation(self, org_id: int) -> None:
        """Only an organisation nothing names (people, follow-ups, procedures, ...)."""
        with self.ctx.db.atomic():
            org = self.people.organisation(org_id)
            if self.people.organisation_references(org_id):
                raise ValidationError(f"'{org.name}' komt voor bij personen, actiepunten of "
                                      "procedures en kan daarom niet worden verwijderd; "
                                      "archiveer in plaats daarvan.")
            self.people.delete_organisation(org_id)
            self.ctx.audit("organisations", org.uuid, "deleted", field="name", old=org.name)

    def set_person_archived(self, person_id: int, archived: bool = True) -> Person:
        with self.ctx.db.atomic():
            person = self.people.person(person_id)
            if person.archived != archived:
                person.archived = archived
                self.people.set_person_archived(person_id, archived)
                self._audit_archived("people", person.uuid, archived)
        return person

    def set_organisation_archived(self, org_id: int, archived: bool = True) -> Organisation:
        with self.ctx.db.atomic():
            org = self.people.organisation(org_id)
            if org.archived != archived:
                org.archived = archived
                self.people.set_organisation_archived(org_id, archived)
                self._audit_archived("organisations", org.uuid, archived)
        return org

    def _audit_archived(self, table: str, uuid: str, archived: bool) -> None:
        self.ctx.audit(table, uuid, "archived" if archived else "unarchived")


def _check_template(path: str) -> None:
    """A body's own Word template must open now, not fail at the first export."""
    if not path.strip():
        return
    if not path.lower().endswith((".docx", ".dotx")):
        raise ValidationError(f"Het sjabloon '{path}' is geen .docx- of .dotx-bestand.")
    from overleg.exports import word  # python-docx loads when a template is set, not at start

    word.open_template(path)
