"""The main window: a navigation list on the left, one screen at a time on the right,
and the File and Help menus. Screens are listed in SCREENS."""

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QListWidget, QMainWindow, QSplitter, QStackedWidget, QWidget

from overleg.domain.errors import OverlegError
from overleg.services.container import Services
from overleg.ui.bodies.bodies_screen import BodiesScreen
from overleg.ui.followup.action_list_screen import ActionListScreen
from overleg.ui.followup.decision_register_screen import DecisionRegisterScreen
from overleg.ui.followup.planning_screen import PlanningScreen
from overleg.ui.meetings.meetings_screen import MeetingsScreen
from overleg.ui.prompts import Prompts, QtPrompts
from overleg.ui.screen import Screen
from overleg.ui.search.search_screen import SearchScreen

# The screens in navigation order; each is a Screen subclass.
SCREENS: list[type[Screen]] = [
    MeetingsScreen,
    ActionListScreen,
    DecisionRegisterScreen,
    PlanningScreen,
    SearchScreen,
    BodiesScreen,
]


class DatabaseOpener(Protocol):
    def open(self, path: Path) -> Services: ...


class MainWindow(QMainWindow):
    def __init__(self, services: Services, path: Path, *, prompts: Prompts | None = None,
                 opener: DatabaseOpener | None = None, settings: QSettings | None = None
                 ) -> None:
        super().__init__()
        self.prompts = prompts or QtPrompts(self)
        self.opener = opener
        self.settings = settings
        self.nav = QListWidget()
        self.nav.setMaximumWidth(220)
        self.stack = QStackedWidget()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        self.setCentralWidget(splitter)
        self.nav.currentRowChanged.connect(self._show_screen)
        self._build_menus()
        self.resize(1200, 780)
        self.screens: list[Screen] = []
        self.set_database(services, path)

    # -- database -----------------------------------------------------------------------

    def set_database(self, services: Services, path: Path) -> None:
        """Show another database: every screen is rebuilt over the new services."""
        self.services, self.path = services, path
        self.setWindowTitle(f"{path.name} — Overleg")
        for screen in self.screens:
            self.stack.removeWidget(screen)
            screen.deleteLater()
        self.nav.clear()
        self.screens = [cls(services, self.prompts, self) for cls in SCREENS]
        for screen in self.screens:
            self.stack.addWidget(screen)
            self.nav.addItem(screen.title())
            screen.navigate.connect(self.open_record)
        # Screens load when they are built: showing the first one needs no second load
        # (on a ten-year archive that second load doubled the start-up).
        self.nav.blockSignals(True)
        self.nav.setCurrentRow(0)
        self.nav.blockSignals(False)
        self.stack.setCurrentIndex(0)

    def open_file(self, path: Path) -> bool:
        if self.opener is None:
            return False
        try:
            services = self.opener.open(path)
        except OverlegError as exc:
            self.prompts.error(str(exc))
            return False
        old = self.services
        self.set_database(services, path)
        old.db.close()
        return True

    # -- navigation -----------------------------------------------------------------------

    def open_record(self, kind: str, record_id: int) -> None:
        for row, screen in enumerate(self.screens):
            if screen.show_record(kind, record_id):
                self.nav.setCurrentRow(row)
                return

    def _show_screen(self, row: int) -> None:
        if 0 <= row < len(self.screens):
            self.stack.setCurrentIndex(row)
            self.screens[row].refresh()

    def refresh_all(self) -> None:
        for screen in self.screens:
            screen.refresh()

    # -- menus ----------------------------------------------------------------------------

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        open_action = QAction(self.tr("&Open database…"), self)
        open_action.setShortcut(QKeySequence.StandardKey.Open)
        open_action.triggered.connect(self._ask_open)
        file_menu.addAction(open_action)
        refresh = QAction(self.tr("&Refresh"), self)
        refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        refresh.triggered.connect(self.refresh_all)
        file_menu.addAction(refresh)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

    def _ask_open(self) -> None:
        path = self.prompts.open_file(self.tr("Open database"),
                                      self.tr("Overleg database (*.db *.sqlite);;All files (*)"))
        if path is not None:
            self.open_file(path)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        if self.settings is not None:
            self.settings.setValue("window/geometry", self.saveGeometry())
            self.settings.setValue("database/last", str(self.path))
        super().closeEvent(event)
