"""The returning points' list: a model read a page at a time as the view scrolls, so a
coming meeting with thousands of returning points opens without reading or building a
row per point."""

from datetime import date

from PySide6.QtCore import Qt

from overleg.domain.followups import Proposal, ProposalPage
from overleg.domain.milestones import Milestone
from overleg.ui.agenda.proposals_panel import ProposalsPanel, Suggestion
from overleg.ui.agenda.suggestion_model import PAGE, SuggestionModel


def many(n: int) -> list[Suggestion]:
    return [Suggestion(f"Punt {i} — actiepunt",
                       proposal=Proposal(f"Punt {i}", followup_id=i, description=f"Tekst {i}"))
            for i in range(n)]


def test_the_model_reads_rows_a_page_at_a_time(qtmodeltester):
    rows, asked = many(2 * PAGE + 5), []

    def fetch(offset, limit):
        asked.append((offset, limit))
        return rows[offset:None if limit is None else offset + limit]

    model = SuggestionModel()
    model.load(rows[:PAGE], len(rows), fetch)
    assert model.rowCount() == PAGE and model.canFetchMore() and asked == []
    model.fetchMore()
    model.fetchMore()
    assert asked == [(PAGE, PAGE), (2 * PAGE, PAGE)]
    qtmodeltester.check(model)
    assert model.rowCount() == 2 * PAGE + 5 and not model.canFetchMore()
    last = model.index(2 * PAGE + 4)
    assert model.data(last) == f"Punt {2 * PAGE + 4} — actiepunt"
    assert model.data(last, Qt.ItemDataRole.ToolTipRole) == f"Tekst {2 * PAGE + 4}"


def test_the_model_stops_asking_when_fewer_rows_come_than_counted():
    rows = many(PAGE + 10)
    model = SuggestionModel()
    model.load(rows[:PAGE], PAGE + 50, lambda offset, limit: rows[offset:])
    model.fetchMore()
    assert model.rowCount() == PAGE + 10 and not model.canFetchMore()


class FakeAgenda:
    def __init__(self, proposals: list[Proposal]) -> None:
        self.found = proposals
        self.asked: list[tuple[int, int | None]] = []

    def proposal_page(self, meeting_id: int, offset: int = 0, limit: int | None = None
                      ) -> ProposalPage:
        self.asked.append((offset, limit))
        end = None if limit is None else offset + limit
        return ProposalPage(len(self.found), self.found[offset:end])


def test_a_long_list_reads_the_first_page_and_offers_every_point(qtbot, demo, monkeypatch):
    agenda = FakeAgenda([s.proposal for s in many(3 * PAGE)])
    monkeypatch.setattr(demo, "agenda", agenda)
    milestone = Milestone("Ondersteuningsplan besproken in OOGO", date(2014, 3, 1))
    monkeypatch.setattr("overleg.ui.agenda.proposals_panel.milestone_suggestions",
                        lambda services, meeting_id: [milestone])
    panel = ProposalsPanel(demo)
    qtbot.addWidget(panel)
    panel.set_meeting(1)
    panel.show()
    assert agenda.asked == [(0, PAGE)]  # the first page only, with the count
    assert panel.title() == f"Returning points ({3 * PAGE + 1})"
    assert panel.list.accessibleName() == "Returning points"
    panel.list.setFocus()
    while panel.model.canFetchMore():  # End, as a keyboard user scrolls down
        qtbot.keyClick(panel.list, Qt.Key.Key_End)
    assert panel.model.rowCount() == 3 * PAGE + 1
    assert panel.suggestions[-1].milestone is milestone
    assert [s.proposal.followup_id for s in panel.suggestions[:-1]] == list(range(3 * PAGE))
    panel.select_rows(0, 3 * PAGE - 1)
    with qtbot.waitSignal(panel.accept_requested) as chosen:
        panel.add_one.click()
    assert [s.proposal.followup_id for s in chosen.args[0]] == [0, 3 * PAGE - 1]


def test_add_all_reads_the_rest_at_once(qtbot, demo, monkeypatch):
    agenda = FakeAgenda([s.proposal for s in many(3 * PAGE)])
    monkeypatch.setattr(demo, "agenda", agenda)
    monkeypatch.setattr("overleg.ui.agenda.proposals_panel.milestone_suggestions",
                        lambda services, meeting_id: [])
    panel = ProposalsPanel(demo)
    qtbot.addWidget(panel)
    panel.set_meeting(1)
    with qtbot.waitSignal(panel.accept_requested) as everything:
        panel.add_all.click()
    assert agenda.asked == [(0, PAGE), (PAGE, 2 * PAGE)]
    assert [s.proposal.followup_id for s in everything.args[0]] == list(range(3 * PAGE))
