"""Overlegorganen: the consultation bodies with their members, the people and
organisations taking part, and the talking-point schemas. Everything a new, empty
database needs before the first meeting can be planned."""

from PySide6.QtWidgets import QTabWidget, QWidget

from overleg.services.container import Services
from overleg.ui.bodies.body_page import BodyPage
from overleg.ui.bodies.people_page import PeoplePage
from overleg.ui.bodies.schemas_page import SchemasPage
from overleg.ui.common.command_bus import CommandBus
from overleg.ui.common.layout import vbox
from overleg.ui.prompts import Prompts
from overleg.ui.screen import Screen


class BodiesScreen(Screen):
    shows = frozenset({"bodies", "body_members", "people", "organisations", "schemas"})

    def __init__(self, services: Services, prompts: Prompts, parent: QWidget | None = None,
                 bus: CommandBus | None = None) -> None:
        super().__init__(services, prompts, parent, bus)
        self.bodies = BodyPage(services, prompts)
        self.people = PeoplePage(services, prompts)
        self.schemas = SchemasPage(services, prompts)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.bodies, self.tr("&Bodies and members"))
        self.tabs.addTab(self.people, self.tr("Peop&le and organisations"))
        self.tabs.addTab(self.schemas, self.tr("Talking-point s&chemas"))
        self.setLayout(vbox(self.tabs))
        # a name or organisation edited on one tab shows on the other at once
        self.people.people_changed.connect(self.bodies.refresh)
        self.bodies.members.changed.connect(self.people.refresh)

    def refresh(self) -> None:
        self.bodies.refresh()
        self.people.refresh()
        self.schemas.refresh()
