"""The main window: the navigation window over Overleg's screens. Screens are listed
in SCREENS, in navigation order, by name: a screen's module is imported and the screen
built when it is first shown. The window itself is in navigation_window.py."""

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QKeySequence

from overleg.services.container import Services
from overleg.ui.common.minutes_places import MINUTES_KINDS
from overleg.ui.navigation_window import NavigationWindow
from overleg.ui.screen import ScreenEntry

# Titles are translated in their screen's context (the screen class's name).
SCREENS: list[ScreenEntry] = [
    ScreenEntry("overleg.ui.meetings.meetings_screen.MeetingsScreen",
                str(QT_TRANSLATE_NOOP("MeetingsScreen", "Meetings")),
                kinds=("meeting", "item", *MINUTES_KINDS)),
    ScreenEntry("overleg.ui.followup.action_list_screen.ActionListScreen",
                str(QT_TRANSLATE_NOOP("ActionListScreen", "Action list")), kinds=("followup",)),
    ScreenEntry("overleg.ui.followup.decision_register_screen.DecisionRegisterScreen",
                str(QT_TRANSLATE_NOOP("DecisionRegisterScreen", "Decision register")),
                kinds=("decision",)),
    ScreenEntry("overleg.ui.followup.planning_screen.PlanningScreen",
                str(QT_TRANSLATE_NOOP("PlanningScreen", "Planning"))),
    ScreenEntry("overleg.ui.search.search_screen.SearchScreen",
                str(QT_TRANSLATE_NOOP("SearchScreen", "Search")),
                key=QKeySequence.StandardKey.Find),
    ScreenEntry("overleg.ui.bodies.bodies_screen.BodiesScreen",
                str(QT_TRANSLATE_NOOP("BodiesScreen", "Consultation bodies"))),
    ScreenEntry("overleg.ui.followup.milestones_screen.MilestonesScreen",
                str(QT_TRANSLATE_NOOP("MilestonesScreen", "Deadlines"))),
    ScreenEntry("overleg.ui.followup.oogo_screen.OogoScreen",
                str(QT_TRANSLATE_NOOP("OogoScreen", "OOGO"))),
]


class MainWindow(NavigationWindow):
    """Takes the options of NavigationWindow: prompts, opener, settings (and screens,
    which tests replace)."""

    def __init__(self, services: Services, path: Path, **options) -> None:
        options.setdefault("screens", SCREENS)
        super().__init__(services, path, **options)
