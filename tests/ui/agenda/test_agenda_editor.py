"""The agenda editor on the example data: edits saved at once and undoable, deletes
confirmed, read-only meetings refused visibly."""

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QModelIndex, Qt

from overleg.domain.enums import ItemKind
from overleg.domain.text import clean_line

SWZ3 = 9  # Stuurgroep Welzijn en Zorg, 16 January 2014: planned, agenda with theme W1
STT1 = 5  # Stuurgroep Talentontwikkeling, 19 September 2013: minutes adopted
CTRL = Qt.KeyboardModifier.ControlModifier


def open_meeting(screen, meeting_id):
    assert screen.show_record("meeting", meeting_id)
    return screen.detail.agenda


def titles(services, meeting_id):
    return [i.title for i in services.agenda.agenda(meeting_id)]


def test_a_free_item_is_added_edited_and_undone_step_by_step(qtbot, screen, demo, prompts):
    editor = open_meeting(screen, SWZ3)
    before = titles(demo, SWZ3)
    prompts.answer("Jaarplanning 2014")
    qtbot.mouseClick(editor.toolbar.widgetForAction(editor.add_action), Qt.MouseButton.LeftButton)
    added = titles(demo, SWZ3)
    assert "Jaarplanning 2014" in added and added[-2:] == ["Rondvraag", "Sluiting"]
    assert editor.form.title.text() == "Jaarplanning 2014"  # the new item is selected

    # fields are saved when their edit finishes, no save button
    editor.form.title.setFocus()
    editor.form.title.selectAll()
    qtbot.keyClicks(editor.form.title, "Jaarplanning stuurgroep 2014")
    qtbot.keyClick(editor.form.title, Qt.Key.Key_Return)
    editor.form.kind.setCurrentIndex(editor.form.kind.findData(str(ItemKind.DECISION)))
    editor.form.kind.activated.emit(editor.form.kind.currentIndex())
    qtbot.mouseClick(editor.form.confidential, Qt.MouseButton.LeftButton)
    item = demo.agenda.item(editor.current_item_id())
    assert (item.title, item.kind, item.confidential) == (
        "Jaarplanning stuurgroep 2014", ItemKind.DECISION, True)
    row = editor.model.row_of(item.id)
    assert editor.model.data(editor.model.index(row, 6)) == "closed"

    # undo the three edits, then the addition; redo brings all of it back
    for _ in range(3):
        qtbot.keyClick(editor.table, Qt.Key.Key_Z, CTRL)
    assert demo.agenda.item(item.id).title == "Jaarplanning 2014"
    qtbot.keyClick(editor.table, Qt.Key.Key_Z, CTRL)
    assert titles(demo, SWZ3) == before
    for _ in range(4):
        qtbot.keyClick(editor.table, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    again = [i for i in demo.agenda.agenda(SWZ3) if i.title.startswith("Jaarplanning")]
    assert [(i.title, i.kind, i.confidential) for i in again] == [
        ("Jaarplanning stuurgroep 2014", ItemKind.DECISION, True)]


def test_deleting_asks_first_and_names_what_goes_with_it(qtbot, screen, demo, prompts):
    editor = open_meeting(screen, 8)  # STT 28 November 2013, draft minutes with follow-ups
    item = next(i for i in demo.agenda.agenda(8) if i.title.startswith("Consequenties"))
    editor.select_item(item.id)
    prompts.answer(False)
    qtbot.mouseClick(editor.toolbar.widgetForAction(editor.delete_action),
                     Qt.MouseButton.LeftButton)
    assert "follow-ups (1)" in prompts.asked[-1]
    assert demo.agenda.item(item.id).title == item.title  # kept
    prompts.answer(True)
    qtbot.mouseClick(editor.toolbar.widgetForAction(editor.delete_action),
                     Qt.MouseButton.LeftButton)
    assert item.title not in titles(demo, 8)
    assert not [f for f in demo.minutes.followups_of(8) if f.item_id == item.id]
    assert editor.model.row_of(item.id) is None


def test_adopted_minutes_make_the_agenda_visibly_read_only(qtbot, screen, demo, qtmodeltester):
    editor = open_meeting(screen, STT1)
    assert editor.banner.isVisible() and "adopted" in editor.banner.text()
    assert not editor.add_action.isEnabled() and not editor.theme_action.isEnabled()
    assert editor.form.title.isReadOnly() and not editor.form.minutes.isEnabled()
    before = titles(demo, STT1)
    model = editor.model
    mime = model.mimeData([model.index(3, 0)])
    assert not model.dropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    editor.table.setFocus()
    qtbot.keyClick(editor.table, Qt.Key.Key_Up, CTRL)
    assert titles(demo, STT1) == before
    assert not editor.proposals.isVisible()  # nothing is proposed for a held meeting
    # it overran by ten minutes in 2013, and still says so
    assert editor.timing.text().startswith("The agenda runs 10 minute(s) past")
    qtmodeltester.check(model)


def test_search_and_lists_open_an_item_in_its_meeting(qtbot, screen, demo):
    item = next(i for i in demo.agenda.agenda(STT1) if i.title == "Aanpak thuiszitters")
    screen.set_filter(demo.bodies.find("PFO").id, screen.period_filter.currentData())
    assert screen.model.row_of(STT1) is None
    assert screen.show_record("item", item.id)
    assert screen.current_meeting_id() == STT1
    assert screen.detail.tabs.currentIndex() == 0
    assert screen.detail.agenda.current_item_id() == item.id
    assert screen.detail.agenda.form.title.text() == "Aanpak thuiszitters"
    assert not screen.show_record("item", 999_999)
    assert not screen.show_record("decision", 1)


def test_any_typed_title_is_saved_cleaned_or_refused_in_one_sentence(qtbot, demo):
    from overleg.ui.agenda.agenda_editor import AgendaEditor
    from tests.ui.fakes import FakePrompts

    prompts = FakePrompts()
    editor = AgendaEditor(demo, prompts)
    qtbot.addWidget(editor)
    editor.set_meeting(SWZ3)
    item_id = editor.current_item_id()
    old = demo.agenda.item(item_id).title

    @settings(max_examples=40)
    @given(title=st.text(max_size=80))
    def typed(title):
        prompts.errors.clear()
        editor.form.title.setText(title)
        editor.form.commit()
        stored = demo.agenda.item(item_id).title
        try:
            expected = clean_line(title, field="titel", required=True)
        except ValueError:
            assert stored == old and len(prompts.errors) == 1
            assert "\n" not in prompts.errors[0]
            assert editor.form.title.text() == old  # the refused text is not left standing
        else:
            assert stored == expected and prompts.errors == []
            assert editor.form.title.text() == expected
        finally:
            demo.agenda.update_item(item_id, title=old)
            editor.refresh()

    typed()
