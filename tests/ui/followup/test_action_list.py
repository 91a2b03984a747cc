from datetime import date, datetime

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QDateTimeEdit

from overleg.domain.enums import FollowUpStatus
from overleg.domain.followups import FollowUp, Target
from overleg.storage.followup_repo import FollowUpRepo
from overleg.ui.followup.action_list_screen import ActionListScreen
from overleg.ui.followup.action_model import ID_ROLE, PAGE
from tests.conftest import NOW
from tests.ui.fakes import FakePrompts


def open_screen(qtbot, services, prompts=None) -> ActionListScreen:
    screen = ActionListScreen(services, prompts or FakePrompts())
    qtbot.addWidget(screen)
    screen.resize(1200, 600)
    screen.show()
    screen.refresh()
    return screen


def type_date(qtbot, edit, digits: str) -> None:
    """Type a date as a user does after clicking into the day: 'ddmmyyyy'."""
    edit.setSelectedSection(QDateTimeEdit.Section.DaySection)
    qtbot.keyClicks(edit, digits)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def shown(screen, column: int) -> list[str]:
    m = screen.model
    return [m.data(m.index(r, column)) for r in range(m.rowCount())]


def row_of_owner(screen, owner: str) -> int:
    return shown(screen, 1).index(owner)


def test_overdue_as_of_20_january_2014_shows_the_late_follow_ups_marked(qtbot, demo, dutch):
    screen = open_screen(qtbot, demo)
    type_date(qtbot, screen.as_of_edit, "20012014")
    assert screen.as_of_edit.date().toPython() == date(2014, 1, 20)
    qtbot.mouseClick(screen.overdue_check, Qt.MouseButton.LeftButton)
    assert screen.overdue_check.isChecked()

    owners = shown(screen, 1)
    assert "Peter Kok" in owners and "Ingrid Bos" in owners
    assert sorted(owners) == ["Ingrid Bos", "Peter Kok", "Sandra Mulder", "Sandra Mulder",
                              "Tom Verbeek", "Yvonne Bakker"]
    assert set(shown(screen, 4)) == {"Te laat"}  # in words, not by colour alone
    m = screen.model
    row = row_of_owner(screen, "Peter Kok")
    assert m.data(m.index(row, 2)) == "Concept-ondersteuningsplan PO toezenden aan de gemeente"
    assert m.data(m.index(row, 0)) == "15-01-2014"
    assert m.data(m.index(row, 0), Qt.ItemDataRole.BackgroundRole) is not None
    assert m.data(m.index(row, 4), Qt.ItemDataRole.ToolTipRole) == "Te laat: termijn was 15-01-2014"
    assert screen.count_label.text() == "Actiepunten: 6"


def test_open_follow_ups_that_are_not_late_are_not_marked(qtbot, demo, dutch):
    screen = open_screen(qtbot, demo)
    type_date(qtbot, screen.as_of_edit, "20012014")
    m = screen.model
    row = row_of_owner(screen, "Jan de Vries")  # due 01-02-2014
    assert m.data(m.index(row, 4)) == "Open"
    assert m.data(m.index(row, 4), Qt.ItemDataRole.BackgroundRole) is None
    assert m.data(m.index(row, 4), Qt.ItemDataRole.FontRole) is None


def test_typing_in_the_filter_field_narrows_the_rows_per_keystroke(qtbot, demo):
    screen = open_screen(qtbot, demo)
    everything = screen.model.rowCount()
    assert everything == 9
    qtbot.keyClicks(screen.text_filter, "ondersteuningsplan")
    assert sorted(shown(screen, 1)) == ["Ingrid Bos", "Peter Kok", "Tom Verbeek"]
    qtbot.keyClicks(screen.text_filter, " po")
    assert shown(screen, 1) == ["Peter Kok"]
    qtbot.keyClicks(screen.text_filter, "x")
    assert screen.model.rowCount() == 0
    screen.text_filter.selectAll()
    qtbot.keyClick(screen.text_filter, Qt.Key.Key_Delete)
    assert screen.model.rowCount() == everything


def test_the_text_filter_finds_owners_too(qtbot, demo):
    screen = open_screen(qtbot, demo)
    qtbot.keyClicks(screen.text_filter, "mulder")
    assert shown(screen, 1) == ["Sandra Mulder", "Sandra Mulder"]


def test_marking_done_asks_the_result_and_stores_it(qtbot, demo, dutch):
    prompts = FakePrompts().answer("Concept ontvangen en doorgestuurd naar de wethouder.")
    screen = open_screen(qtbot, demo, prompts)
    row = row_of_owner(screen, "Peter Kok")
    rect = screen.table.visualRect(screen.model.index(row, 2))
    qtbot.mouseClick(screen.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    followup_id = screen.selected_id()
    assert screen.done_button.isEnabled()
    qtbot.mouseClick(screen.done_button, Qt.MouseButton.LeftButton)

    assert "Concept-ondersteuningsplan PO" in prompts.asked[0]
    stored = demo.followups.get(followup_id)
    assert stored.status is FollowUpStatus.DONE
    assert stored.result == "Concept ontvangen en doorgestuurd naar de wethouder."
    assert stored.done_on == NOW.date()
    m = screen.model
    assert m.data(m.index(row, 4)) == "Afgerond"
    assert m.data(m.index(row, 5)) == ("01-12-2013 — Concept ontvangen en doorgestuurd naar "
                                       "de wethouder.")
    assert not screen.done_button.isEnabled() and screen.reopen_button.isEnabled()
    assert screen.detail.text() == (
        "Peter Kok: Concept-ondersteuningsplan PO toezenden aan de gemeente\n"
        "Afgesproken in Stuurgroep Talentontwikkeling op 19-09-2013\n"
        "Resultaat: Concept ontvangen en doorgestuurd naar de wethouder.")


def test_giving_no_answer_to_the_result_question_changes_nothing(qtbot, demo):
    prompts = FakePrompts().answer(None)
    screen = open_screen(qtbot, demo, prompts)
    screen.table.selectRow(0)
    followup_id = screen.selected_id()
    qtbot.mouseClick(screen.done_button, Qt.MouseButton.LeftButton)
    assert demo.followups.get(followup_id).status is FollowUpStatus.OPEN


def test_cancelling_asks_a_reason_and_reopen_undoes_it(qtbot, demo):
    prompts = FakePrompts().answer("Niet meer nodig na het besluit van het college.")
    screen = open_screen(qtbot, demo, prompts)
    screen.table.selectRow(0)
    followup_id = screen.selected_id()
    qtbot.mouseClick(screen.cancel_button, Qt.MouseButton.LeftButton)
    stored = demo.followups.get(followup_id)
    assert stored.status is FollowUpStatus.CANCELLED
    assert stored.result == "Niet meer nodig na het besluit van het college."
    assert screen.model.data(screen.model.index(0, 4)) == "Cancelled"
    qtbot.mouseClick(screen.reopen_button, Qt.MouseButton.LeftButton)
    assert demo.followups.get(followup_id).status is FollowUpStatus.OPEN


def test_a_refused_change_is_one_sentence_on_screen(qtbot, demo):
    prompts = FakePrompts().answer("klaar")
    screen = open_screen(qtbot, demo, prompts)
    screen.table.selectRow(0)
    followup_id = screen.selected_id()
    demo.followups.mark_done(followup_id, "elders afgerond")  # another window did it
    screen.mark_done()  # the row still shows it open
    assert prompts.errors == ["Alleen een open actiepunt kan worden afgerond."]


def test_open_meeting_goes_to_the_follow_ups_item_in_the_minutes(qtbot, demo):
    screen = open_screen(qtbot, demo)
    row = row_of_owner(screen, "Peter Kok")
    followup = demo.followups.get(screen.model.data(screen.model.index(row, 0), ID_ROLE))
    screen.table.setFocus()
    screen.table.selectRow(row)
    with qtbot.waitSignal(screen.navigate) as signal:
        qtbot.mouseClick(screen.meeting_button, Qt.MouseButton.LeftButton)
    assert followup.item_id is not None
    assert signal.args == ["minutes_followups", followup.item_id]
    assert demo.agenda.item(followup.item_id).meeting_id == followup.meeting_id
    assert demo.meetings.listing(followup.meeting_id).body_name == \
        "Stuurgroep Talentontwikkeling"


def test_filters_by_body_owner_target_meeting_and_status(qtbot, demo):
    screen = open_screen(qtbot, demo)
    swz = next(b for b in demo.bodies.all() if b.code == "SWZ")
    screen.body_box.select(swz.id)
    assert set(shown(screen, 3)) == {"Stuurgroep Welzijn en Zorg"}
    screen.body_box.select(None)
    kok = next(p for p in demo.bodies.all_people() if p.name == "Peter Kok")
    screen.owner_box.select(f"person:{kok.id}")
    assert shown(screen, 1) == ["Peter Kok"]
    screen.owner_box.select(None)
    bopo = next(x for x in demo.meetings.listings() if x.body_code == "BOPO")
    screen.target_box.select(bopo.meeting.id)
    assert shown(screen, 1) == ["Ingrid Bos"]
    screen.target_box.select(None)
    screen.status_box.select(FollowUpStatus.DONE)
    assert set(shown(screen, 4)) == {"Done"} and screen.model.rowCount() > 0


def test_the_meeting_choices_are_read_when_opened_and_again_after_a_refresh(qtbot, demo):
    screen = open_screen(qtbot, demo)
    assert screen.target_box.count() == 1  # nothing read before a user opens the list
    screen.target_box.showPopup()
    meetings = screen.target_box.count() - 1
    screen.target_box.hidePopup()
    assert meetings == len(demo.meetings.listings())
    body = demo.bodies.all()[0]
    demo.meetings.plan(body.id, datetime(2014, 6, 5, 14, 0))
    screen.refresh()
    screen.target_box.showPopup()
    screen.target_box.hidePopup()
    assert screen.target_box.count() - 1 == meetings + 1


def test_sorting_by_owner_through_the_header(qtbot, demo):
    screen = open_screen(qtbot, demo)
    screen.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    owners = shown(screen, 1)
    assert owners == sorted(owners, key=str.lower)
    screen.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert shown(screen, 1) == sorted(owners, key=str.lower, reverse=True)


def test_show_record_finds_a_follow_up_even_when_filtered_out(qtbot, demo):
    screen = open_screen(qtbot, demo)
    done = demo.followups.all(demo.followups.filter(status=FollowUpStatus.DONE))[0]
    assert screen.show_record("followup", done.followup.id)
    assert screen.selected_id() == done.followup.id
    assert not screen.show_record("meeting", 1)


def test_the_action_model_passes_the_model_tester(qtbot, qtmodeltester, demo):
    screen = open_screen(qtbot, demo)
    qtmodeltester.check(screen.model)


def add_many(services, n: int) -> None:
    repo = FollowUpRepo(services.db)
    meetings = [x.meeting.id for x in services.meetings.listings()]
    people = [p.id for p in services.bodies.all_people()]
    with services.db.atomic():
        for i in range(n):
            target = (Target(due_date=date(2013, 1 + i % 12, 1 + i % 28)) if i % 2 else
                      Target(meeting_id=meetings[i % len(meetings)]))
            repo.add(FollowUp(text=f"Gegenereerd actiepunt {i}", meeting_id=meetings[0],
                              owner_person_id=people[i % len(people)], target=target,
                              created_on=date(2013, 1, 1)))


def test_thousands_of_follow_ups_are_fetched_a_page_at_a_time(qtbot, demo):
    add_many(demo, 3000)
    screen = open_screen(qtbot, demo)
    m = screen.model
    assert m.total() == 3000 + 9  # the example's open ones too
    assert m.rowCount() <= PAGE
    assert m.canFetchMore(QModelIndex())
    first = m.rowCount()
    m.fetchMore(QModelIndex())
    assert m.rowCount() == first + PAGE
    qtbot.keyClicks(screen.text_filter, "actiepunt 299")  # 299 and 2990..2999
    assert m.total() == 11 and m.rowCount() == 11 and not m.canFetchMore(QModelIndex())
    dues = [(m.listing(r).followup.target.due, m.listing(r).followup.id) for r in range(11)]
    assert dues == sorted(dues)  # still in the list's order (due day, then id)


def _first_rows(model) -> list[int]:
    return [model.listing(r).followup.id for r in range(model.rowCount())]


def test_each_keystroke_shows_what_a_fresh_list_shows_and_resets_only_when_it_must(
        qtbot, demo):
    from overleg.ui.followup.action_model import ActionTableModel

    add_many(demo, 300)
    screen = open_screen(qtbot, demo)
    m = screen.model
    resets: list[str] = []
    m.modelReset.connect(lambda: resets.append(m.text))
    typed = "gegenereerd actiepunt 29"
    for n in range(1, len(typed) + 1):
        qtbot.keyClicks(screen.text_filter, typed[n - 1])
        fresh = ActionTableModel(demo.followups)
        fresh.set_filter(m.filter)
        fresh.set_text(typed[:n])
        assert (_first_rows(m), m.total()) == (_first_rows(fresh), fresh.total()), typed[:n]
        assert screen.count_label.text().endswith(f": {m.total()}")
    assert m.total() == 11  # 29 and 290..299
    # 'gegenereerd' and 'gegenereerd actiepunt' match the same 300: those keys kept the rows
    assert 0 < len(resets) < len(typed) - len("ereerd actiepunt")


def test_a_refresh_shows_a_changed_text_even_when_the_same_rows_match(qtbot, demo):
    screen = open_screen(qtbot, demo)
    qtbot.keyClicks(screen.text_filter, "ondersteuningsplan")
    followup_id = screen.model.listing(0).followup.id
    demo.db.execute("UPDATE followups SET text = 'Ondersteuningsplan herzien' WHERE id = ?",
                    [followup_id])
    screen.refresh()
    assert screen.model.listing(0).followup.id == followup_id
    assert shown(screen, 2)[0] == "Ondersteuningsplan herzien"


def test_owner_and_status_fit_their_texts_and_only_grow_while_typing(qtbot, demo):
    screen = open_screen(qtbot, demo)
    table, m, header = screen.table, screen.model, screen.table.horizontalHeader()

    def fitted(column: int) -> int:  # what ResizeToContents measured over these rows
        return max([header.sectionSizeHint(column)] + [
            table.sizeHintForIndex(m.index(r, column)).width() + 1
            for r in range(m.rowCount())])

    assert (header.sectionSize(1), header.sectionSize(4)) == (fitted(1), fitted(4))
    wide = header.sectionSize(1)
    qtbot.keyClicks(screen.text_filter, "mulder")  # only Sandra Mulder's: a shorter name
    assert header.sectionSize(1) == wide > fitted(1)
    screen.refresh()  # not typing: no room wasted
    assert header.sectionSize(1) == fitted(1) < wide


def test_keys_that_find_what_the_last_one_found_look_nothing_up(qtbot, demo, monkeypatch):
    from overleg.ui.followup.action_model import ActionTableModel

    add_many(demo, 300)
    screen = open_screen(qtbot, demo)
    m = screen.model
    looked_up: list[object] = []
    real = demo.followups.ids_of_match
    monkeypatch.setattr(demo.followups, "ids_of_match",
                        lambda match: looked_up.append(match) or real(match))

    def same_as_fresh() -> None:
        before = len(looked_up)
        fresh = ActionTableModel(demo.followups)
        fresh.set_filter(m.filter)
        fresh.set_text(m.text)
        del looked_up[before:]  # only the screen's look-ups count
        assert (_first_rows(m), m.total()) == (_first_rows(fresh), fresh.total()), m.text
        assert screen.count_label.text().endswith(f": {m.total()}")

    typed = "gegenereerd"  # past 'gegen' it spells out 'gegenereerd' alone
    for key in typed:
        qtbot.keyClicks(screen.text_filter, key)
        same_as_fresh()
    assert m.total() == 300
    keys = len(looked_up)
    assert 0 < keys < len(typed) - 3
    assert all(a != b for a, b in zip(looked_up, looked_up[1:], strict=False))
    for _ in range(4):  # back to 'gegener': the same words, nothing looked up
        qtbot.keyClick(screen.text_filter, Qt.Key.Key_Backspace)
        same_as_fresh()
    assert len(looked_up) == keys
    screen.refresh()  # a reload looks the text up again
    same_as_fresh()
    assert len(looked_up) == keys + 1
