from PySide6.QtCore import QModelIndex, Qt

from overleg.ui.followup.decision_model import (
    DECISION_ROLE,
    MEETING_ROLE,
    DecisionRegisterModel,
)
from overleg.ui.followup.decision_register_screen import DecisionRegisterScreen
from tests.ui.fakes import FakePrompts


def open_screen(qtbot, services) -> DecisionRegisterScreen:
    screen = DecisionRegisterScreen(services, FakePrompts())
    qtbot.addWidget(screen)
    screen.resize(1000, 600)
    screen.show()
    screen.refresh()
    return screen


def children(model, parent=None) -> list[str]:
    parent = parent or QModelIndex()
    return [model.data(model.index(r, 0, parent)) for r in range(model.rowCount(parent))]


def test_the_register_is_grouped_by_body_then_meeting_date(qtbot, demo, dutch):
    screen = open_screen(qtbot, demo)
    m = screen.model
    assert children(m) == ["PFO Sociaal Drechtsteden", "Stuurgroep Talentontwikkeling",
                           "Stuurgroep Welzijn en Zorg"]
    pfo = m.index(0, 0)
    assert children(m, pfo) == ["dinsdag 3 september 2013", "dinsdag 2 juli 2013"]
    assert m.data(m.index(0, 1)) == "2 besluiten"
    july = m.index(1, 0, pfo)
    assert screen.tree.isExpanded(july)  # a small register opens fully
    assert children(m, july) == ["PFO-20130702-01"]
    decision = m.index(0, 1, july)
    assert m.data(decision).startswith("Het PFO Sociaal onderschrijft de kadernotitie")
    assert m.data(m.index(0, 2, july)) == ("Kadernotitie passend verbinden van onderwijs en "
                                           "zorg voor jeugdigen")
    assert screen.summary.text() == "Besluiten: 6, in vergaderingen: 5"


def test_searching_narrows_the_register(qtbot, demo):
    screen = open_screen(qtbot, demo)
    qtbot.keyClicks(screen.search, "extra vergadering")
    qtbot.waitUntil(lambda: children(screen.model) == ["Stuurgroep Welzijn en Zorg"])
    m = screen.model
    meeting = m.index(0, 0, m.index(0, 0))
    assert children(m, meeting) == ["SWZ-20130909-01"]
    qtbot.keyClicks(screen.search, " in maart")
    qtbot.waitUntil(lambda: m.rowCount() == 0)
    assert screen.summary.text() == "Decisions: 0, in meetings: 0"


def test_activating_a_decision_opens_its_item_in_the_meetings_minutes(qtbot, demo):
    screen = open_screen(qtbot, demo)
    m = screen.model
    stt = m.index(1, 0)
    decision = m.index(0, 0, m.index(0, 0, stt))
    screen.tree.setCurrentIndex(decision)
    with qtbot.waitSignal(screen.navigate) as signal:
        qtbot.mouseClick(screen.open_button, Qt.MouseButton.LeftButton)
    meeting_id = m.data(decision, MEETING_ROLE)
    item_id = demo.followups.decision(m.data(decision, DECISION_ROLE)).item_id
    assert signal.args == ["minutes_decisions", item_id]
    assert demo.agenda.item(item_id).meeting_id == meeting_id
    assert demo.meetings.listing(meeting_id).meeting.day.isoformat() == "2013-09-19"


def test_show_record_selects_a_decision_even_after_a_search(qtbot, demo):
    screen = open_screen(qtbot, demo)
    qtbot.keyClicks(screen.search, "kadernota")
    wanted = next(x for x in demo.followups.decision_register()
                  if x.decision.number == "STT-20130919-02")
    assert screen.show_record("decision", wanted.decision.id)
    assert screen.model.data(screen.tree.currentIndex(), DECISION_ROLE) == wanted.decision.id
    assert screen.detail.text().startswith("STT-20130919-02: Het OOGO over de concept-")
    assert screen.detail.text().endswith("Agenda item: Planning OOGO ondersteuningsplannen")
    assert screen.search.text() == ""
    assert not screen.show_record("followup", wanted.decision.id)


def test_the_register_model_passes_the_model_tester(qtbot, qtmodeltester, demo):
    screen = open_screen(qtbot, demo)
    qtmodeltester.check(screen.model)


def test_the_register_model_passes_the_model_tester_while_fetching(qtmodeltester, demo):
    model = DecisionRegisterModel(demo.followups)
    model.load("kadernotitie")  # no meeting's decisions read yet: the tester fetches them
    assert model.canFetchMore(model.index(0, 0, model.index(0, 0)))
    qtmodeltester.check(model)
