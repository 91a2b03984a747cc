from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QDateTimeEdit

from overleg.ui.followup.planning_model import FOLLOWUP_ROLE, MEETING_ROLE
from overleg.ui.followup.planning_screen import PlanningScreen
from tests.ui.fakes import FakePrompts


def open_screen(qtbot, services) -> PlanningScreen:
    screen = PlanningScreen(services, FakePrompts())
    qtbot.addWidget(screen)
    screen.resize(1000, 600)
    screen.show()
    screen.refresh()
    return screen


def rows(model, parent=None) -> list[tuple[str, str, str]]:
    parent = parent or QModelIndex()
    return [tuple(model.data(model.index(r, c, parent)) for c in range(3))
            for r in range(model.rowCount(parent))]


def test_planning_from_1_september_2013_shows_meetings_and_milestones_in_order(
        qtbot, demo, dutch):
    screen = open_screen(qtbot, demo)
    assert screen.model.data(screen.model.index(0, 0)) == "dinsdag 31 december 2013"  # today
    screen.start_edit.setSelectedSection(QDateTimeEdit.Section.DaySection)
    qtbot.keyClicks(screen.start_edit, "01092013")
    m = screen.model
    top = rows(m)
    assert top[0] == ("dinsdag 3 september 2013", "PFO Sociaal Drechtsteden",
                      "1 open actiepunt komt terug")
    whats = [what for _, what, _ in top]
    assert whats.index("Mijlpaal: Samenwerkingsverbanden zijn rechtspersoon") == \
        whats.index("Stuurgroep Talentontwikkeling") + 2  # 19 sep, 17 okt, 1 nov
    assert ("zaterdag 1 maart 2014", "Mijlpaal: Ondersteuningsplan besproken in OOGO",
            "wettelijk · WPO art. 18a lid 9, WVO art. 17a lid 9 · over 181 dagen") in top
    # the meetings from 3 September on, milestones for a year: four by hand, five steps
    # of the PO support-plan OOGO (the OOGO step once per municipality)
    assert len(top) == 8 + 4 + 5
    assert "Mijlpaal: Kadernota LEA aan de raad" not in whats  # 1 October 2014
    screen.months.selectAll()
    qtbot.keyClicks(screen.months, "14")
    assert "Mijlpaal: Kadernota LEA aan de raad" in [what for _, what, _ in rows(m)]


def test_what_is_due_at_each_meeting_shows_without_a_click(qtbot, demo):
    screen = open_screen(qtbot, demo)
    m = screen.model
    bopo = next(r for r in range(m.rowCount())
                if "Bestuurlijk Overleg Passend Onderwijs" in m.data(m.index(r, 1)))
    parent = m.index(bopo, 0)
    assert screen.tree.isExpanded(parent)
    assert rows(m, parent) == [("Ingrid Bos", "Bekostiging time-out voorziening in beeld "
                                "brengen", "agreed in Bestuurlijk overleg onderwijs, zorg en "
                                "gemeente of 17-10-2013")]
    milestone = m.index(bopo + 1, 0)
    assert rows(m, milestone)[0][1:] == ("Bestuurlijk Overleg Passend Onderwijs",
                                         "serves this milestone")


def test_activating_a_follow_up_or_meeting_navigates(qtbot, demo):
    screen = open_screen(qtbot, demo)
    m = screen.model
    swz = next(r for r in range(m.rowCount())
               if m.data(m.index(r, 1)) == "Stuurgroep Welzijn en Zorg")
    meeting = m.index(swz, 0)  # 16 January 2014
    followup = m.index(0, 1, meeting)
    with qtbot.waitSignal(screen.navigate) as signal:
        screen.tree.activated.emit(followup)
    assert signal.args == ["followup", m.data(followup, FOLLOWUP_ROLE)]
    with qtbot.waitSignal(screen.navigate) as signal:
        screen.tree.activated.emit(meeting)
    assert signal.args == ["meeting", m.data(meeting, MEETING_ROLE)]


def test_the_planning_model_passes_the_model_tester(qtbot, qtmodeltester, demo):
    screen = open_screen(qtbot, demo)
    qtmodeltester.check(screen.model)
