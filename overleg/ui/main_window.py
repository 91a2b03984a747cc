"""The main window: the navigation window over Overleg's screens. Screens are listed
in SCREENS, in navigation order; the window itself is in navigation_window.py."""

from pathlib import Path

from overleg.services.container import Services
from overleg.ui.bodies.bodies_screen import BodiesScreen
from overleg.ui.followup.action_list_screen import ActionListScreen
from overleg.ui.followup.decision_register_screen import DecisionRegisterScreen
from overleg.ui.followup.planning_screen import PlanningScreen
from overleg.ui.meetings.meetings_screen import MeetingsScreen
from overleg.ui.navigation_window import NavigationWindow
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


class MainWindow(NavigationWindow):
    """Takes the options of NavigationWindow: prompts, opener, settings (and screens,
    which tests replace)."""

    def __init__(self, services: Services, path: Path, **options) -> None:
        options.setdefault("screens", SCREENS)
        super().__init__(services, path, **options)
