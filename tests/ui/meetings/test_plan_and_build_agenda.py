"""The walk a new user makes on the example data: plan the next Stuurgroep
Talentontwikkeling, build its agenda from the standard agenda, the Lelystad schema and
the returning follow-ups, reorder it, undo, and see the overrun warning."""

from datetime import date, datetime

from PySide6.QtCore import QModelIndex, Qt

from overleg.domain.enums import StandardItem
from overleg.ui.agenda import agenda_model as cols


def click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def click_action(qtbot, editor, action):
    click(qtbot, editor.toolbar.widgetForAction(action))


def titles(services, meeting_id):
    return [i.title for i in services.agenda.agenda(meeting_id)]


def shown_titles(editor):
    m = editor.model
    return [m.data(m.index(r, cols.TITLE)) for r in range(m.rowCount())]


def plan_stt(qtbot, screen, demo):
    stt = demo.bodies.find("STT")
    screen.set_filter(stt.id, screen.period_filter.currentData())
    click(qtbot, screen.plan_button)
    dialog = screen.dialog
    assert dialog.isVisible() and dialog.body.currentText() == "Stuurgroep Talentontwikkeling"
    dialog.set_day(date(2014, 2, 6))
    return stt, dialog


def test_plan_the_next_stt_meeting_and_build_its_agenda(qtbot, screen, demo, qtmodeltester):
    stt, dialog = plan_stt(qtbot, screen, demo)
    members = [p.name for _r, p in demo.bodies.members(stt.id)]
    invited = [dialog.invitees.list.item(n).text().split(" — ")[0]
               for n in range(dialog.invitees.list.count())]
    assert invited == members  # invitees default to the body's members
    # the secretary leaves one member out and invites a guest
    row = invited.index("Jan de Vries")
    dialog.invitees.list.item(row).setSelected(True)
    click(qtbot, dialog.invitees.remove)
    dialog.invitees.others.setCurrentIndex(dialog.invitees.others.findText("Ruud Smits"))
    click(qtbot, dialog.invitees.add)
    assert dialog.times.start.time().toString("HH.mm") == "15.00"  # as the body usually meets
    click(qtbot, dialog.ok)
    assert not dialog.isVisible()

    meeting = demo.meetings.listings(body_id=stt.id, start=date(2014, 2, 6))[0].meeting
    assert (meeting.starts_at, meeting.ends_at) == (datetime(2014, 2, 6, 15),
                                                      datetime(2014, 2, 6, 17))
    assert meeting.location == "Stadhuis Lelystad, raadzaal"
    people = {demo.bodies.person(a.person_id).name for a in demo.meetings.attendance(meeting.id)}
    assert people == set(members) - {"Jan de Vries"} | {"Ruud Smits"}
    detail, editor = screen.detail, screen.detail.agenda
    assert detail.meeting_id == meeting.id
    assert detail.heading.text() == "Stuurgroep Talentontwikkeling"
    assert detail.when.text().startswith("donderdag 6 februari 2014")
    qtmodeltester.check(editor.model)
    qtmodeltester.check(screen.model)

    # the standard agenda is there, with start times from 15.00
    standard = [i.standard for i in demo.agenda.agenda(meeting.id)]
    assert standard == list(StandardItem)
    assert shown_titles(editor) == titles(demo, meeting.id)
    assert editor.model.data(editor.model.index(3, cols.START)) == "15.20"

    # two themes from the Lelystad schema, with their criteria checklist
    click_action(qtbot, editor, editor.theme_action)
    editor.picker.select_codes("W3", "W6")
    click(qtbot, editor.picker.add_button)
    agenda = demo.agenda.agenda(meeting.id)
    assert [i.title for i in agenda][3:5] == [
        "Consequenties van passend onderwijs voor het leerlingenvervoer", "Aanpak thuiszitters"]
    assert len(agenda[4].checklist) == 8 and "Bespreekvragen" in agenda[4].description
    assert [i.standard for i in agenda][-2:] == [StandardItem.ANY_OTHER_BUSINESS,
                                                 StandardItem.CLOSING]
    assert shown_titles(editor) == [i.title for i in agenda]
    assert editor.table.dragDropMode() == editor.table.DragDropMode.InternalMove

    # every open STT follow-up comes back: due 15-01-2014 and 01-02-2014, and the one due
    # 31-03-2014 too (this is the body's next planned meeting)
    panel = editor.proposals
    offered = [s.label for s in panel.suggestions]
    assert any(x.startswith("Concept-ondersteuningsplan PO toezenden") for x in offered)
    assert any(x.startswith("Inventarisatie huisvestingsaanpassingen") for x in offered)
    assert any(x.startswith("Uitwerking tweede tranche leerlingenvervoer") for x in offered)
    assert any("Ondersteuningsplan besproken in OOGO" in x for x in offered)  # milestone
    panel.select_rows(0)
    click(qtbot, panel.add_one)
    assert len(panel.suggestions) == len(offered) - 1
    click(qtbot, panel.add_all)
    assert panel.suggestions == [] and demo.agenda.proposals(meeting.id) == []
    returning = [i for i in demo.agenda.agenda(meeting.id) if i.source_followup_id]
    assert len(returning) == 4
    assert "Ondersteuningsplan besproken in OOGO" in titles(demo, meeting.id)
    qtmodeltester.check(editor.model)


def test_reorder_by_keyboard_and_drop_undo_and_overrun(qtbot, screen, demo, qtmodeltester):
    _stt, dialog = plan_stt(qtbot, screen, demo)
    click(qtbot, dialog.ok)
    editor, mid = screen.detail.agenda, screen.detail.meeting_id
    editor.add_themes([t.id for s in demo.schemas.all() for t in s.themes
                       if t.code in ("W3", "W6")])
    before = titles(demo, mid)
    assert before[3:5] == ["Consequenties van passend onderwijs voor het leerlingenvervoer",
                           "Aanpak thuiszitters"]

    # keyboard: Ctrl+Up moves 'Aanpak thuiszitters' one up, at once in the database
    editor.select_item(editor.model.items[4].id)
    editor.table.setFocus()
    qtbot.keyClick(editor.table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    after_key = titles(demo, mid)
    assert after_key[3] == "Aanpak thuiszitters" and after_key[4].startswith("Consequenties")
    assert shown_titles(editor) == after_key
    assert editor.model.data(editor.model.index(3, cols.START)) == "15.20"
    assert editor.current_item_id() == editor.model.items[3].id  # selection follows

    # drag and drop through the model: 'Sluiting' dropped before row 0
    closing = editor.model.items[-1]
    mime = editor.model.mimeData([editor.model.index(len(after_key) - 1, 0)])
    assert editor.model.dropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    after_drop = titles(demo, mid)
    assert after_drop[0] == "Sluiting" and after_drop[1:] == after_key[:-1]
    assert demo.agenda.item(closing.id).position == 1
    qtmodeltester.check(editor.model)

    # Ctrl+Z undoes the drop, Ctrl+Shift+Z redoes it
    qtbot.keyClick(editor.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert titles(demo, mid) == after_key and shown_titles(editor) == after_key
    qtbot.keyClick(editor.table, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert titles(demo, mid) == after_drop
    qtbot.keyClick(editor.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert titles(demo, mid) == before  # the keyboard move is undone too

    # the agenda fits (65 of 120 minutes) until one item gets 80 minutes
    assert not editor.timing.text().startswith("The agenda runs")
    editor.select_item(editor.model.items[3].id)
    editor.form.minutes.setFocus()
    editor.form.minutes.selectAll()
    qtbot.keyClicks(editor.form.minutes, "80")
    qtbot.keyClick(editor.form.minutes, Qt.Key.Key_Return)
    assert demo.agenda.item(editor.model.items[3].id).planned_minutes == 80
    assert demo.agenda.overrun(mid).total_seconds() == 5 * 60
    assert editor.timing.text() == ("The agenda runs 5 minute(s) past the planned end (17.00): "
                                    "it would end at 17.05.")
    qtbot.keyClick(editor.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert demo.agenda.item(editor.model.items[3].id).planned_minutes == 20
    assert demo.agenda.overrun(mid).total_seconds() == 0
    assert "runs" not in editor.timing.text()
