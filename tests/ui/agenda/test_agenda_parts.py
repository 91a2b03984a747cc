"""The pieces of the agenda editor: the schema picker, the milestone suggestions, and a
half-typed field surviving the window being closed."""

from datetime import datetime

from PySide6.QtCore import Qt

from overleg.ui.agenda.proposals_panel import milestone_suggestions
from overleg.ui.agenda.theme_picker import ThemePicker

SWZ3 = 9


def test_the_picker_shows_each_theme_with_its_column_and_description(qtbot, demo):
    picker = ThemePicker(demo.schemas.all())
    qtbot.addWidget(picker)
    top = picker.tree.topLevelItem(0)
    assert top.text(0) == "Werkagenda passend onderwijs en jeugdzorg Lelystad (versie 2013.1) " \
                          "— Lelystad"
    rows = {top.child(n).text(0): top.child(n) for n in range(top.childCount())}
    assert rows["W3  Consequenties van passend onderwijs voor het leerlingenvervoer"].text(1) \
        == "municipality"
    assert not picker.add_button.isEnabled()
    picker.select_codes("W6")
    assert picker.add_button.isEnabled()
    assert "leerplicht" in picker.details.toPlainText()
    assert [picker.themes[t].code for t in picker.chosen()] == ["W6"]


def test_milestones_are_offered_until_the_body_meets_again(demo):
    stt = demo.bodies.find("STT")
    m = demo.meetings.plan(stt.id, datetime(2014, 2, 6, 15), datetime(2014, 2, 6, 17))
    assert [x.title for x in milestone_suggestions(demo, m.id)] == [
        "Ondersteuningsplan besproken in OOGO", "Ondersteuningsplan naar de inspectie"]
    # a next STT meeting in March cuts off what it can handle itself
    demo.meetings.plan(stt.id, datetime(2014, 3, 20, 15), datetime(2014, 3, 20, 17))
    assert [x.title for x in milestone_suggestions(demo, m.id)] == [
        "Ondersteuningsplan besproken in OOGO"]
    # linked to a meeting: offered there even when far ahead (BOPO carries the OOGO);
    # the PO support-plan procedure's steps only there, in the body that handles them
    assert [x.title for x in milestone_suggestions(demo, 10)] == [
        "OOGO over het concept-ondersteuningsplan — Gemeente Lelystad",
        "OOGO over het concept-ondersteuningsplan — Gemeente Dronten",
        "Ondersteuningsplan besproken in OOGO",
        "Vaststelling door het bestuur van het samenwerkingsverband",
        "Ondersteuningsplan naar de inspectie",
        "Ondersteuningsplan naar de inspectie (vóór 1 mei)"]
    demo.agenda.add_item(m.id, "Ondersteuningsplan besproken in OOGO")
    assert milestone_suggestions(demo, m.id) == []
    # matched against the titles of this meeting's items alone
    assert demo.agenda.titles(m.id) == {"Ondersteuningsplan besproken in OOGO"}
    assert demo.agenda.titles(SWZ3) == {i.title for i in demo.agenda.agenda(SWZ3)}


def test_a_half_typed_description_is_saved_when_the_window_closes(qtbot, window, demo):
    screen = window.screen_at(0)
    screen.show_record("meeting", SWZ3)
    editor = screen.detail.agenda
    item_id = editor.current_item_id()
    editor.form.description.setFocus()
    qtbot.keyClicks(editor.form.description, "Graag vooraf lezen.")
    window.close()
    assert demo.agenda.item(item_id).description.endswith("Graag vooraf lezen.")


def test_the_panel_says_when_nothing_comes_back(qtbot, screen, demo):
    stt = demo.bodies.find("STT")
    m = demo.meetings.plan(stt.id, datetime(2013, 6, 6, 15), datetime(2013, 6, 6, 17))
    demo.agenda.start_from_standard(m.id)
    screen.refresh()
    screen.show_record("meeting", m.id)
    panel = screen.detail.agenda.proposals
    assert panel.isVisible()
    assert panel.title() == "Returning points: nothing comes back at this meeting."
    assert not panel.list.isVisible() and not panel.add_all.isVisible()


def test_tab_walks_the_item_form_top_to_bottom(qtbot, screen):
    screen.show_record("meeting", SWZ3)
    form = screen.detail.agenda.form
    form.title.setFocus()
    seen = []
    for _ in range(6):
        qtbot.keyClick(form.focusWidget() or form.title, Qt.Key.Key_Tab)
        seen.append(form.focusWidget())
    assert seen == [form.kind, form.presenter, form.minutes, form.confidential,
                    form.description, form.documents]


def test_refreshing_keeps_what_is_being_typed(qtbot, window, demo):
    screen = window.screen_at(0)
    screen.show_record("meeting", SWZ3)
    editor = screen.detail.agenda
    item_id = editor.current_item_id()
    editor.form.presenter.setFocus()
    qtbot.keyClicks(editor.form.presenter, "Fatima El Amrani")
    window.refresh_all()  # File > Refresh while the field still has focus
    assert demo.agenda.item(item_id).presenter == "Fatima El Amrani"
    assert editor.form.presenter.text() == "Fatima El Amrani"


def test_a_toolbar_click_saves_the_field_being_typed_first(qtbot, screen, demo):
    screen.show_record("meeting", SWZ3)
    editor = screen.detail.agenda
    item_id = editor.model.items[3].id  # the W1 theme
    editor.select_item(item_id)
    editor.form.title.setFocus()
    editor.form.title.selectAll()
    qtbot.keyClicks(editor.form.title, "Samenhang onderwijs en jeugdhulp")
    qtbot.mouseClick(editor.toolbar.widgetForAction(editor.up_action), Qt.MouseButton.LeftButton)
    moved = demo.agenda.item(item_id)
    assert (moved.title, moved.position) == ("Samenhang onderwijs en jeugdhulp", 3)
    assert editor.form.title.text() == "Samenhang onderwijs en jeugdhulp"


def test_a_long_presenter_is_elided_and_leaves_the_title_its_room(qtbot, window, demo):
    """Issue 21: the 'Inbreng' column grew to its longest text and squeezed 'Titel'."""
    from overleg.ui.agenda import agenda_model as cols
    from overleg.ui.agenda.agenda_table import PRESENTER_CHARS

    window.resize(1280, 800)
    screen = window.screen_at(0)
    screen.show_record("meeting", SWZ3)
    editor = screen.detail.agenda
    item_id = editor.current_item_id()
    long = "Gemeente Lelystad, samenwerkingsverbanden PO en VO en de GGD Flevoland"
    editor.form.presenter.setFocus()
    qtbot.keyClicks(editor.form.presenter, long)
    editor.table.setFocus()
    qtbot.waitUntil(lambda: demo.agenda.item(item_id).presenter == long)
    table = editor.table
    row = next(r for r in range(table.model().rowCount())
               if table.model().index(r, cols.PRESENTER).data() == long)
    cap = table.fontMetrics().averageCharWidth() * PRESENTER_CHARS
    assert table.columnWidth(cols.PRESENTER) <= cap
    assert table.columnWidth(cols.TITLE) > table.columnWidth(cols.PRESENTER)
    # hovering the elided presenter shows it whole
    from PySide6.QtWidgets import QStyleOptionViewItem

    index = table.model().index(row, cols.PRESENTER)
    option = QStyleOptionViewItem()
    table.initViewItemOption(option)
    option.rect = table.visualRect(index)
    assert table.itemDelegate().whole_text(option, index) == long
