"""What the main window expects of a screen: built from the services and the prompts,
refreshed on demand, and able to ask the window to open a record elsewhere."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from overleg.services.container import Services
from overleg.ui.prompts import Prompts


class Screen(QWidget):
    # ('meeting', meeting_id), ('item', item_id), ('followup', id), ('decision', id)
    navigate = Signal(str, int)

    def __init__(self, services: Services, prompts: Prompts, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.services = services
        self.prompts = prompts

    def title(self) -> str:
        raise NotImplementedError

    def refresh(self) -> None:
        """Reload from the database (after a change elsewhere, or by another user)."""

    def show_record(self, kind: str, record_id: int) -> bool:
        """Bring a record into view; False when this screen does not show that kind."""
        return False
