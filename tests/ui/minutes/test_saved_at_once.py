"""Nothing is lost: notes are saved when the view is hidden or another meeting is opened,
any pasted text round-trips, every save tells the embedding screen, and Tab walks the
fields of an item in reading order."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from overleg.domain.text import clean_text
from tests.ui.minutes.conftest import meeting_of


def test_typing_is_saved_when_the_view_is_hidden_or_another_meeting_opened(qtbot, minutes):
    m = minutes
    item_id = m.go_to("Rondvraag")
    notes = m.view.page.notes
    notes.setFocus()
    qtbot.keyClicks(notes, "Laatste woorden")
    m.view.hide()  # the window closes
    assert m.services.agenda.item(item_id).notes == "Laatste woorden"
    m.view.show()
    m.go_to("Sluiting")
    notes.setFocus()
    qtbot.keyClicks(notes, "De voorzitter sluit om 17.05 uur.")
    m.view.set_meeting(meeting_of(m.services, "SWZ", 11))
    assert m.services.agenda.agenda(m.meeting_id)[-1].notes == \
        "De voorzitter sluit om 17.05 uur."
    assert m.view.header.title.text().startswith("Stuurgroep Welzijn en Zorg")
    # One history for the window: undo still reaches the other meeting's typing.
    assert m.view.undo_action.text() == "Undo Notes"
    m.view.undo()
    assert m.services.agenda.agenda(m.meeting_id)[-1].notes == ""


def test_every_saved_change_signals_the_embedding_screen(qtbot, minutes):
    m = minutes
    m.go_to("Rondvraag")
    with qtbot.waitSignal(m.view.changed, timeout=2000):
        qtbot.keyClicks(m.view.page.notes, "x")
    with qtbot.waitSignal(m.view.changed, timeout=500):
        qtbot.mouseClick(m.view.page.outcome.buttons[list(m.view.page.outcome.buttons)[1]],
                         Qt.MouseButton.LeftButton)


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=300))
def test_any_pasted_text_is_stored_as_cleaned_and_undone_exactly(minutes, text):
    m = minutes
    page = m.view.page
    item_id = page.item.id if page.item else m.go_to("Rondvraag")
    before = m.services.agenda.item(item_id).notes
    page.notes.setPlainText(text)
    page.flush()
    page.notes.end_burst()
    stored = m.services.agenda.item(item_id).notes
    assert stored == (clean_text(page.notes.markdown(), field="notes"))
    if stored != before:
        m.view.undo()
        assert m.services.agenda.item(item_id).notes == before


def test_tab_walks_the_fields_of_an_item_in_reading_order(qtbot, minutes):
    m = minutes
    m.go_to("Consequenties van passend onderwijs voor het leerlingenvervoer")
    p = m.view.page
    p.notes.setFocus()
    visited = [QApplication.focusWidget()]
    for _ in range(20):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
    radios = [w for w in visited if w in p.outcome.buttons.values()]
    assert radios  # the outcome is reached from the notes; arrows move within it
    expected = [p.notes, radios[0], p.checklist.table, p.decisions.table, p.decisions.new_text,
                p.decisions.add_button, p.followups.table, p.followups.text, p.followups.owner]
    assert not p.decisions.table.isVisible()  # no decisions yet: a line says so instead
    expected.remove(p.decisions.table)
    positions = [visited.index(w) for w in expected]
    assert positions == sorted(positions), [type(w).__name__ for w in visited]


def test_an_item_deleted_elsewhere_is_reported_in_one_sentence_not_a_crash(qtbot, minutes):
    m = minutes
    item_id = m.go_to("Rondvraag")
    qtbot.keyClicks(m.view.page.notes, "Geen vragen")
    m.view.page.flush()
    m.services.agenda.delete_item(item_id)  # the agenda editor, meanwhile
    m.view.undo()  # the step is dropped with a note; the rest of the history stays
    [error] = m.prompts.errors
    assert "intussen verwijderd" in error and "\n" not in error
    m.view.set_meeting(m.meeting_id)  # what the meetings screen does after an agenda change
    assert [m.view.walk_model.item_at(r).title for r in range(1, m.view.walk_model.rowCount())
            ][-2:] == ["Consequenties van passend onderwijs voor de onderwijshuisvesting",
                       "Sluiting"]
