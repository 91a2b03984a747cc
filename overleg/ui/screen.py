"""What the main window expects of a screen: built from the services and the prompts
without reading the database, loaded by refresh() (each time it is shown, the first time
included), and able to ask the window to open a record elsewhere; and how the window
lists a screen before building it (ScreenEntry)."""

from dataclasses import dataclass
from importlib import import_module

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidget

from overleg.domain.changes import ChangeSet
from overleg.services.container import Services
from overleg.ui.common.command_bus import CommandBus
from overleg.ui.prompts import Prompts


class Screen(QWidget):
    # ('meeting', meeting_id), ('item', item_id), ('followup', id), ('decision', id)
    navigate = Signal(str, int)

    # The tables whose changes this screen shows: a change set touching one of them
    # refreshes it (when visible; otherwise it refreshes when shown anyway).
    shows: frozenset[str] = frozenset()

    def __init__(self, services: Services, prompts: Prompts, parent: QWidget | None = None,
                 bus: CommandBus | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.prompts = prompts
        if bus is None:  # on its own, not in the window: Ctrl+Z and Ctrl+Y work here
            bus = CommandBus(services, prompts, self)
            bus.attach(self, Qt.ShortcutContext.WidgetWithChildrenShortcut)
            bus.changed.connect(self.changes_made)
        self.bus = bus

    def refresh(self) -> None:
        """Load from the database: when shown, after a change elsewhere, or one by
        another user."""

    def changes_made(self, changes: ChangeSet) -> None:
        """A change set from any screen, an undo or a redo: refresh what shows it."""
        if self.isVisible() and changes.touches(*self.shows):
            self.refresh()

    def show_record(self, kind: str, record_id: int) -> bool:
        """Bring a record into view, loading what it needs (the screen may not have
        been shown yet); False when this screen does not show that kind or record."""
        return False

    def summon(self) -> None:
        """Brought forward by its own key (ScreenEntry.key): e.g. focus the field."""


@dataclass(frozen=True)
class ScreenEntry:
    """A screen as the window lists it before it is built: the window builds a screen
    (and imports its module) when it is first shown, so start-up pays for one screen."""

    screen: str | type[Screen]  # 'package.module.Class', imported on first use
    title_text: str  # English source text, translated in the class's own context
    kinds: tuple[str, ...] = ()  # the record kinds its show_record brings into view
    key: QKeySequence.StandardKey | None = None  # brings it forward from any screen

    @property
    def class_name(self) -> str:
        return self.screen.rsplit(".", 1)[1] if isinstance(self.screen, str) \
            else self.screen.__name__

    @property
    def module(self) -> str:
        return self.screen.rsplit(".", 1)[0] if isinstance(self.screen, str) \
            else self.screen.__module__

    def title(self) -> str:
        return QCoreApplication.translate(self.class_name, self.title_text)

    def load(self) -> type[Screen]:
        if isinstance(self.screen, str):
            return getattr(import_module(self.module), self.class_name)
        return self.screen
