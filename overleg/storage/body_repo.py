"""Bodies (overlegorganen) and their members."""

from overleg.domain.bodies import Body, Membership
from overleg.domain.enums import MemberRole
from overleg.domain.errors import NotFoundError, ValidationError
from overleg.domain.fields import enum_value
from overleg.domain.organisations import Person
from overleg.domain.records import id_of
from overleg.storage.connection import Database
from overleg.storage.people_repo import _person
from overleg.storage.unreadable import one, readable


class BodyRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    def add(self, body: Body) -> Body:
        if list(self.db.query("SELECT 1 FROM bodies WHERE code = ?", [body.code])):
            raise ValidationError(f"De code '{body.code}' is al in gebruik door een ander "
                                  "overlegorgaan.")
        body.id = self.db.table("bodies").insert({
            "uuid": body.uuid, "name": body.name, "code": body.code, "kind": str(body.kind),
            "description": body.description, "template_path": body.template_path}).last_pk
        return body

    def update(self, body: Body) -> None:
        if list(self.db.query("SELECT 1 FROM bodies WHERE code = ? AND id != ?",
                              [body.code, body.id])):
            raise ValidationError(f"De code '{body.code}' is al in gebruik door een ander "
                                  "overlegorgaan.")
        self.get(id_of(body))  # a vanished body is refused, not ignored
        self.db.table("bodies").update(id_of(body), {
            "name": body.name, "code": body.code, "kind": str(body.kind),
            "description": body.description, "template_path": body.template_path})

    def get(self, body_id: int) -> Body:
        rows = list(self.db.query("SELECT * FROM bodies WHERE id = ?", [body_id]))
        if not rows:
            raise NotFoundError("Dit overlegorgaan bestaat niet (meer).")
        return one("bodies", rows[0], _body)

    def all(self) -> list[Body]:
        return readable(self.db, "bodies", self.db.query("SELECT * FROM bodies ORDER BY name"),
                        _body)

    def find(self, name_or_code: str) -> Body | None:
        """By exact code or name, else by a unique part of the name (case-insensitive)."""
        needle = name_or_code.strip()
        rows = list(self.db.query(
            "SELECT * FROM bodies WHERE code = ? COLLATE NOCASE OR name = ? COLLATE NOCASE",
            [needle, needle]))
        if not rows:
            rows = list(self.db.query("SELECT * FROM bodies WHERE name LIKE ? ESCAPE '\\'",
                                      [f"%{_like(needle)}%"]))
        return _body(rows[0]) if len(rows) == 1 else None

    def add_member(self, m: Membership) -> Membership:
        m.id = self.db.table("body_members").insert({
            "body_id": m.body_id, "person_id": m.person_id, "role": str(m.role)},
            replace=True).last_pk
        return m

    def set_role(self, body_id: int, person_id: int, role: MemberRole) -> None:
        self.db.execute("UPDATE body_members SET role = ? WHERE body_id = ? AND person_id = ?",
                        [str(role), body_id, person_id])

    def remove_member(self, body_id: int, person_id: int) -> None:
        self.db.execute("DELETE FROM body_members WHERE body_id = ? AND person_id = ?",
                        [body_id, person_id])

    def meeting_count(self, body_id: int) -> int:
        return self.db.execute("SELECT count(*) FROM meetings WHERE body_id = ?",
                               [body_id]).fetchone()[0]

    def delete(self, body_id: int) -> None:
        """Only for a body without meetings; its memberships go with it (cascade)."""
        self.db.execute("DELETE FROM bodies WHERE id = ?", [body_id])

    def members(self, body_id: int) -> list[tuple[MemberRole, Person]]:
        """Members with their role: chair first, then secretary, then by name."""
        rows = self.db.query(
            """SELECT p.*, bm.role AS member_role FROM body_members bm
               JOIN people p ON p.id = bm.person_id WHERE bm.body_id = ?
               ORDER BY CASE bm.role WHEN 'chair' THEN 0 WHEN 'secretary' THEN 1 ELSE 2 END,
                        p.name""", [body_id])
        return readable(self.db, "people", rows, lambda r: (
            enum_value(MemberRole, r["member_role"], field="rol"), _person(r)))


def _like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _body(r: dict) -> Body:
    return Body(name=r["name"], code=r["code"], kind=r["kind"], description=r["description"],
                template_path=r["template_path"], id=r["id"], uuid=r["uuid"])
