"""Tables of the people and the organisations they represent."""

from collections.abc import Sequence

from overleg.domain.organisations import Organisation, Person
from overleg.domain.records import id_of
from overleg.services.container import Services
from overleg.ui.bodies.labels import organisation_kind_labels
from overleg.ui.bodies.record_table_model import RecordTableModel


class PersonTableModel(RecordTableModel[Person]):
    def __init__(self, services: Services, parent=None) -> None:
        super().__init__(parent)
        self.services = services
        self.org_names: dict[int | None, str] = {}  # by organisation_id, which may be None

    def headers(self) -> Sequence[str]:
        return (self.tr("Name"), self.tr("Function"), self.tr("Organisation"), self.tr("E-mail"))

    def fetch(self) -> list[Person]:
        self.org_names = {id_of(o): o.name
                          for o in self.services.bodies.organisations()}
        return self.services.bodies.all_people()

    def cell(self, p: Person, column: int) -> str:
        return (p.name, p.function, self.org_names.get(p.organisation_id, ""),
                p.email)[column]


class OrganisationTableModel(RecordTableModel[Organisation]):
    def __init__(self, services: Services, parent=None) -> None:
        super().__init__(parent)
        self.services = services

    def headers(self) -> Sequence[str]:
        return (self.tr("Name"), self.tr("Short name"), self.tr("Kind"))

    def fetch(self) -> list[Organisation]:
        return self.services.bodies.organisations()

    def cell(self, o: Organisation, column: int) -> str:
        return (o.name, o.short_name, organisation_kind_labels()[o.kind])[column]
