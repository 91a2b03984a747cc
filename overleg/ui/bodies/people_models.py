"""Tables of the people and the organisations they represent."""

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

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
        org = self.org_names.get(p.organisation_id, "") if p.organisation_id else ""
        return (archived_name(p.name, p.archived), p.function, org, p.email)[column]


class OrganisationTableModel(RecordTableModel[Organisation]):
    def __init__(self, services: Services, parent=None) -> None:
        super().__init__(parent)
        self.services = services

    def headers(self) -> Sequence[str]:
        return (self.tr("Name"), self.tr("Short name"), self.tr("Kind"))

    def fetch(self) -> list[Organisation]:
        return self.services.bodies.organisations()

    def cell(self, o: Organisation, column: int) -> str:
        return (archived_name(o.name, o.archived), o.short_name,
                organisation_kind_labels()[o.kind])[column]


def archived_name(name: str, archived: bool) -> str:
    """'Anouk Jansen (archived)': kept in the list, so it can be restored."""
    if not archived:
        return name
    return QCoreApplication.translate("PeopleModels", "%1 (archived)").replace("%1", name)
