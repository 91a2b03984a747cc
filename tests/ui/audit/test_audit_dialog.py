"""The change history of a record, as a secretary opens it from a decision or a meeting."""

from overleg.domain.enums import MeetingStatus
from overleg.ui.audit.audit_dialog import AuditDialog
from tests.helpers import body_with_members, meeting
from tests.ui.fakes import FakePrompts


def test_the_history_of_reopened_minutes_shows_who_what_and_why(qtbot, qtmodeltester,
                                                                services):
    s = services
    s.ctx.host = "LAPTOP-SECR"
    body = body_with_members(s)
    first, second = meeting(s, body, (2013, 9, 19)), meeting(s, body, (2013, 11, 28))
    s.meetings.set_status(first, MeetingStatus.MINUTES_DRAFT)
    s.minutes.adopt(first, second)
    s.minutes.reopen(first, "Naam van de voorzitter verkeerd gespeld")
    dialog = AuditDialog(s, FakePrompts(), "meeting", first)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    model = dialog.model
    rows = [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]
    assert rows[1] == ["01-12-2013 10.00", "tester (LAPTOP-SECR)", "minutes reopened",
                       "status", "verslag vastgesteld", "conceptverslag",
                       "Naam van de voorzitter verkeerd gespeld"]
    assert rows[0][2] == "minutes adopted"
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.grab().save("/tmp/trust_audit_dialog.png")
    dialog.close()


def test_a_long_text_is_shortened_on_screen_but_whole_in_the_tooltip(qtbot, services):
    s = services
    mid = meeting(s, body_with_members(s), (2013, 9, 19))
    d = s.minutes.take_decision(mid, "Lang besluit. " * 30)
    dialog = AuditDialog(s, FakePrompts(), "decision", d.id)
    qtbot.addWidget(dialog)
    shown = dialog.model.index(0, 5)
    assert shown.data().endswith("…") and len(shown.data()) == 118
    assert shown.data(3) == d.text  # Qt.ToolTipRole
    assert dialog.model.rowCount() == 1


def test_a_record_without_changes_says_so(qtbot, services):
    s = services
    mid = meeting(s, body_with_members(s), (2013, 9, 19))
    dialog = AuditDialog(s, FakePrompts(), "meeting", mid)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 0 and "No changes" in dialog.summary.text()
