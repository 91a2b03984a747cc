"""Tables of the bodies and of one body's members, over the body service."""

from collections.abc import Sequence

from overleg.domain.bodies import Body
from overleg.domain.enums import MemberRole
from overleg.domain.organisations import Person
from overleg.domain.records import id_of
from overleg.services.container import Services
from overleg.ui.bodies.labels import body_kind_labels, role_labels
from overleg.ui.bodies.record_table_model import RecordTableModel

NAME, CODE, MEMBERS = range(3)
MEMBER_NAME, ROLE, FUNCTION, ORGANISATION, EMAIL = range(5)


class BodyTableModel(RecordTableModel[Body]):
    def __init__(self, services: Services, parent=None) -> None:
        super().__init__(parent)
        self.services = services
        self.member_counts: dict[int, int] = {}

    def headers(self) -> Sequence[str]:
        return (self.tr("Name"), self.tr("Code"), self.tr("Members"))

    def fetch(self) -> list[Body]:
        bodies = self.services.bodies.all()
        self.member_counts = {id_of(b): len(self.services.bodies.members(id_of(b)))
                              for b in bodies}
        return bodies

    def cell(self, body: Body, column: int) -> str:
        if column == NAME:
            return body.name
        if column == CODE:
            return body.code
        return str(self.member_counts.get(id_of(body), 0))

    def tooltip(self, body: Body, column: int) -> str | None:
        return f"{body.name} — {body_kind_labels()[body.kind]}"


class MemberTableModel(RecordTableModel[tuple[MemberRole, Person]]):
    """The members of one body: chair first, then secretary, then by name."""

    def __init__(self, services: Services, parent=None) -> None:
        super().__init__(parent)
        self.services = services
        self.body_id: int | None = None
        self.org_names: dict[int | None, str] = {}  # by organisation_id, which may be None

    def set_body(self, body_id: int | None) -> None:
        self.body_id = body_id
        self.reload()

    def headers(self) -> Sequence[str]:
        return (self.tr("Name"), self.tr("Role"), self.tr("Function"), self.tr("Organisation"),
                self.tr("E-mail"))

    def fetch(self) -> list[tuple[MemberRole, Person]]:
        if self.body_id is None:
            return []
        self.org_names = {id_of(o): o.short_name or o.name
                          for o in self.services.bodies.organisations()}
        return self.services.bodies.members(self.body_id)

    def cell(self, record: tuple[MemberRole, Person], column: int) -> str:
        role, person = record
        return (person.name, role_labels()[role], person.function,
                self.org_names.get(person.organisation_id, ""),
                person.email)[column]
