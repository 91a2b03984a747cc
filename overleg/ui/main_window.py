"""The main window: the navigation window over Overleg's screens. Screens are listed
in SCREENS, in navigation order; the window itself is in navigation_window.py."""

from pathlib import Path

from overleg.services.container import Services
from overleg.ui.bodies.bodies_screen import BodiesScreen
from overleg.ui.meetings.meetings_screen import MeetingsScreen
from overleg.ui.navigation_window import NavigationWindow
from overleg.ui.screen import Screen

# The screens in navigation order; each is a Screen subclass.
SCREENS: list[type[Screen]] = [MeetingsScreen, BodiesScreen]


class MainWindow(NavigationWindow):
    """Takes the options of NavigationWindow: prompts, opener, settings (and screens,
    which tests replace)."""

    def __init__(self, services: Services, path: Path, **options) -> None:
        options.setdefault("screens", SCREENS)
        super().__init__(services, path, **options)
