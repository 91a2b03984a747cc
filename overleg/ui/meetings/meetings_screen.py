"""The meetings of all bodies, newest first."""

from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from overleg.domain.dutch_dates import short_date
from overleg.services.container import Services
from overleg.ui.common.layout import vbox
from overleg.ui.prompts import Prompts
from overleg.ui.screen import Screen


class MeetingsScreen(Screen):
    def __init__(self, services: Services, prompts: Prompts, parent: QWidget | None = None
                 ) -> None:
        super().__init__(services, prompts, parent)
        self.list = QListWidget(self)
        self.setLayout(vbox(self.list))
        self.refresh()

    def title(self) -> str:
        return self.tr("Meetings")

    def refresh(self) -> None:
        self.list.clear()
        for x in self.services.meetings.listings(descending=True):
            item = QListWidgetItem(f"{short_date(x.meeting.day)}  {x.body_name}")
            item.setData(256, x.meeting.id)
            self.list.addItem(item)
