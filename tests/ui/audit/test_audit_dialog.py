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


def test_a_row_changed_outside_overleg_is_marked_and_the_break_named(qtbot, services):
    s = services
    mid = meeting(s, body_with_members(s), (2013, 9, 19))
    d = s.minutes.take_decision(mid, "Eerste tekst.")
    s.minutes.edit_decision(d.id, "Tweede tekst.")
    row_id = s.audit.for_record(d.uuid)[1].id
    s.db.execute("UPDATE audit_log SET user = 'wethouder Jansen' WHERE id = ?", [row_id])
    dialog = AuditDialog(s, FakePrompts(), "decision", d.id)
    qtbot.addWidget(dialog)
    assert not dialog.warning.isHidden()
    assert f"Rij {row_id} van het audittrail is buiten Overleg gewijzigd." in \
        dialog.warning.text()
    assert dialog.model.index(1, 1).data(9) is not None  # Qt.ForegroundRole: marked
    assert dialog.model.index(0, 1).data(9) is None
    assert dialog.model.index(1, 1).data(3).startswith(f"Rij {row_id}")  # tooltip says why


def test_imported_history_is_shown_with_its_source(qtbot, services):
    from overleg.services.audit_history import take_over_archived_audit

    s = services
    mid = meeting(s, body_with_members(s), (2013, 9, 19))
    d = s.minutes.take_decision(mid, "Besluit.")
    take_over_archived_audit(s.ctx, "archief.zip", [{
        "at": "2013-11-30T23:00:00", "user": "wethouder Jansen", "host": "RAADHUIS-PC",
        "table_name": "decisions", "record_uuid": d.uuid, "action": "edited",
        "field": "text", "old_value": "x", "new_value": "y"}])
    dialog = AuditDialog(s, FakePrompts(), "decision", d.id)
    qtbot.addWidget(dialog)
    assert "imported" not in dialog.model.index(0, 1).data()  # the local entry
    assert dialog.model.index(1, 1).data() == \
        "wethouder Jansen (RAADHUIS-PC), imported from archief.zip"
    assert dialog.warning.isHidden()
