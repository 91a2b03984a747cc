"""The returning points' list: a model handed to the view a page at a time, so a coming
meeting with thousands of returning points opens without a widget per point."""

from PySide6.QtCore import Qt

from overleg.domain.followups import Proposal
from overleg.ui.agenda.proposals_panel import ProposalsPanel, Suggestion
from overleg.ui.agenda.suggestion_model import PAGE, SuggestionModel


def many(n: int) -> list[Suggestion]:
    return [Suggestion(f"Punt {i} — actiepunt",
                       proposal=Proposal(f"Punt {i}", followup_id=i, description=f"Tekst {i}"))
            for i in range(n)]


def test_the_model_gives_rows_a_page_at_a_time(qtmodeltester):
    model = SuggestionModel()
    model.load(many(2 * PAGE + 5))
    assert model.rowCount() == PAGE and model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    qtmodeltester.check(model)
    assert model.rowCount() == 2 * PAGE + 5 and not model.canFetchMore()
    last = model.index(2 * PAGE + 4)
    assert model.data(last) == f"Punt {2 * PAGE + 4} — actiepunt"
    assert model.data(last, Qt.ItemDataRole.ToolTipRole) == f"Tekst {2 * PAGE + 4}"


class FakeAgenda:
    def __init__(self, proposals: list[Proposal]) -> None:
        self.found = proposals

    def proposals(self, meeting_id: int) -> list[Proposal]:
        return self.found


def test_a_long_list_offers_every_point_and_scrolls_to_the_last(qtbot, demo, monkeypatch):
    proposals = [s.proposal for s in many(3 * PAGE)]
    monkeypatch.setattr(demo, "agenda", FakeAgenda(proposals))
    monkeypatch.setattr("overleg.ui.agenda.proposals_panel.milestone_suggestions",
                        lambda services, meeting_id: [])
    panel = ProposalsPanel(demo)
    qtbot.addWidget(panel)
    panel.set_meeting(1)
    panel.show()
    assert panel.title() == f"Returning points ({3 * PAGE})"
    assert panel.list.accessibleName() == "Returning points"
    assert panel.model.rowCount() < 3 * PAGE  # not all handed to the view at once
    panel.list.scrollToBottom()
    panel.list.setFocus()
    qtbot.keyClick(panel.list, Qt.Key.Key_End)
    while panel.model.canFetchMore():
        panel.list.scrollToBottom()
        qtbot.keyClick(panel.list, Qt.Key.Key_End)
    assert panel.model.rowCount() == 3 * PAGE
    panel.select_rows(0, 3 * PAGE - 1)
    with qtbot.waitSignal(panel.accept_requested) as chosen:
        panel.add_one.click()
    assert [s.proposal.followup_id for s in chosen.args[0]] == [0, 3 * PAGE - 1]
    with qtbot.waitSignal(panel.accept_requested) as everything:
        panel.add_all.click()
    assert len(everything.args[0]) == 3 * PAGE
