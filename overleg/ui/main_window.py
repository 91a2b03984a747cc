"""The main window (minimal: the meetings of the open database)."""

from pathlib import Path

from PySide6.QtWidgets import QListWidget, QMainWindow

from overleg.domain.dutch_dates import short_date
from overleg.services.container import Services


class MainWindow(QMainWindow):
    def __init__(self, services: Services, path: Path) -> None:
        super().__init__()
        self.services = services
        self.setWindowTitle(f"Overleg — {path.name}")
        self.meetings = QListWidget(self)
        self.setCentralWidget(self.meetings)
        self.resize(900, 600)
        self.refresh()

    def refresh(self) -> None:
        self.meetings.clear()
        for x in self.services.meetings.listings(descending=True):
            self.meetings.addItem(f"{short_date(x.meeting.day)}  {x.body_name}")
