"""The minute-taking view of one meeting (interface fixed; embedded by the meetings screen)."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QWidget

from overleg.services.container import Services
from overleg.ui.common.layout import vbox
from overleg.ui.prompts import Prompts


class MinutesView(QWidget):
    changed = Signal()  # something of the meeting was saved

    def __init__(self, services: Services, prompts: Prompts, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.services, self.prompts = services, prompts
        self.meeting_id: int | None = None
        self.label = QLabel()
        self.setLayout(vbox(self.label))

    def set_meeting(self, meeting_id: int | None) -> None:
        self.meeting_id = meeting_id
