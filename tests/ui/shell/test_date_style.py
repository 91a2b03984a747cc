"""The date style chosen in the settings shows in the lists."""

from datetime import date

from overleg.ui.common.dates import set_list_date_style
from overleg.ui.followup.action_model import ActionTableModel
from overleg.ui.meetings.meeting_table_model import MeetingTableModel, Period


def first_column(model) -> list[str]:
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_short_dates_by_default_and_long_ones_when_chosen(qapp, demo):
    set_list_date_style("short")
    meetings = MeetingTableModel(demo)
    meetings.set_filter(None, Period.ALL)
    short = first_column(meetings)
    assert "do 19-09-2013" in short
    set_list_date_style("long")
    try:
        meetings.reload()
        assert "donderdag 19 september 2013" in first_column(meetings)
        actions = ActionTableModel(demo.followups)
        actions.set_filter(demo.followups.filter(as_of=date(2014, 1, 20)))
        assert any(t.startswith("woensdag 15 januari 2014") for t in first_column(actions))
    finally:
        set_list_date_style("short")
