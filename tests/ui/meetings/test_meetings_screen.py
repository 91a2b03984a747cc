"""The meetings list and a meeting's header: filters, Dutch dates and statuses, the
history of moved and cancelled meetings, and planning refused with one sentence."""

from datetime import date, datetime, time

from PySide6.QtCore import Qt

from overleg.domain.enums import MeetingStatus, OogoSubject
from overleg.ui.meetings.meeting_table_model import DATE, STATUS, Period

SWZ3 = 9  # Stuurgroep Welzijn en Zorg, Thursday 16 January 2014, planned


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def column(model, col):
    return [model.data(model.index(r, col)) for r in range(model.rowCount())]


def test_the_list_filters_by_body_and_period_in_dutch(qtbot, screen, demo, qtmodeltester):
    model = screen.model
    assert model.rowCount() == 10
    assert column(model, DATE)[0] == "do 13-02-2014"  # newest first
    qtmodeltester.check(model)
    stt = demo.bodies.find("STT")
    screen.set_filter(stt.id, Period.ALL)
    assert column(model, DATE) == ["do 28-11-2013", "do 19-09-2013"]
    assert column(model, STATUS) == ["draft minutes", "minutes adopted"]
    screen.set_filter(None, Period.UPCOMING)  # 'today' is 1 December 2013 in the tests
    assert column(model, DATE) == ["do 16-01-2014", "do 13-02-2014"]  # soonest first
    screen.set_filter(None, Period.PAST)
    assert len(column(model, DATE)) == 8 and column(model, DATE)[0] == "do 28-11-2013"
    qtmodeltester.check(model)


def test_the_header_says_where_the_minutes_were_adopted(qtbot, screen, demo):
    screen.show_record("meeting", 5)
    d = screen.detail
    assert d.heading.text() == "Stuurgroep Talentontwikkeling"
    assert d.when.text() == ("donderdag 19 september 2013 · 15.00 – 17.00 uur · "
                             "Stadhuis Lelystad, raadzaal")
    assert ("Minutes adopted in Stuurgroep Talentontwikkeling on donderdag 28 november 2013."
            in d.history.text())
    assert not screen.move_button.isEnabled() and not screen.cancel_button.isEnabled()


def test_an_end_before_the_start_is_refused_in_one_sentence(qtbot, screen, demo):
    click(qtbot, screen.plan_button)
    dialog = screen.dialog
    dialog.times.set_values(date(2014, 2, 6), time(15, 0), time(14, 0))
    assert dialog.times.error.isVisible()
    assert dialog.times.error.text() == ("The meeting cannot end before it starts: choose "
                                         "an end time after the start.")
    assert not dialog.ok.isEnabled()
    dialog.accept()  # even when forced, nothing is planned
    assert dialog.isVisible() and screen.model.rowCount() == 10
    dialog.times.set_values(date(2014, 2, 6), time(15, 0), time(16, 30))
    assert not dialog.times.error.isVisible() and dialog.ok.isEnabled()
    dialog.reject()


def test_the_oogo_subject_is_asked_only_for_an_oogo_body(qtbot, screen, demo):
    click(qtbot, screen.plan_button)
    dialog = screen.dialog
    dialog.body.setCurrentIndex(dialog.body.findText("Stuurgroep Talentontwikkeling"))
    assert not dialog.subject.isVisible()
    dialog.body.setCurrentIndex(dialog.body.findText("Bestuurlijk Overleg Passend Onderwijs"))
    assert dialog.subject.isVisible()
    dialog.subject.setCurrentIndex(dialog.subject.findData(str(OogoSubject.SUPPORT_PLAN_VO)))
    dialog.set_day(date(2014, 2, 27))
    dialog.title_edit.setText("OOGO concept-ondersteuningsplan VO")
    click(qtbot, dialog.ok)
    meeting = demo.meetings.get(screen.current_meeting_id())
    assert meeting.subject is OogoSubject.SUPPORT_PLAN_VO and meeting.day == date(2014, 2, 27)
    assert "OOGO on support plan (secondary)" in screen.detail.when.text()
    assert screen.detail.heading.text() == ("Bestuurlijk Overleg Passend Onderwijs — "
                                            "OOGO concept-ondersteuningsplan VO")


def test_a_moved_meeting_keeps_its_history_and_hands_over_its_agenda(qtbot, screen, demo):
    agenda = [i.title for i in demo.agenda.agenda(SWZ3)]
    screen.show_record("meeting", SWZ3)
    click(qtbot, screen.move_button)
    dialog = screen.dialog
    dialog.times.set_values(date(2014, 1, 23), time(14, 0), time(16, 0))
    click(qtbot, dialog.ok)
    new_id = screen.current_meeting_id()
    assert new_id != SWZ3
    new, old = demo.meetings.get(new_id), demo.meetings.get(SWZ3)
    assert old.status is MeetingStatus.MOVED and old.moved_to_id == new_id
    assert new.starts_at == datetime(2014, 1, 23, 14) and new.location == old.location
    assert [i.title for i in demo.agenda.agenda(new_id)] == agenda
    assert "Moved here from donderdag 16 januari 2014." in screen.detail.history.text()
    screen.show_record("meeting", SWZ3)
    assert "Moved to donderdag 23 januari 2014." in screen.detail.history.text()
    assert screen.detail.agenda.banner.isVisible()
    row = screen.model.row_of(SWZ3)
    assert screen.model.data(screen.model.index(row, STATUS)) == "moved"


def test_cancelling_asks_a_reason_and_shows_it(qtbot, screen, demo, prompts):
    screen.show_record("meeting", SWZ3)
    prompts.answer(None)  # the user closes the question: nothing happens
    click(qtbot, screen.cancel_button)
    assert demo.meetings.get(SWZ3).status is MeetingStatus.PLANNED
    prompts.answer("Te weinig aanmeldingen", False)  # no mail this time
    click(qtbot, screen.cancel_button)
    assert demo.meetings.get(SWZ3).status is MeetingStatus.CANCELLED
    assert "Reason for cancelling: Te weinig aanmeldingen." in screen.detail.history.text()
    assert "cancelled" in screen.detail.agenda.banner.text()
    assert not screen.cancel_button.isEnabled()


def test_cancelling_offers_the_cancellation_mail(qtbot, screen, demo, prompts, tmp_path):
    import email

    opened = []
    screen.export_menu.opener = opened.append
    screen.show_record("meeting", SWZ3)
    screen.export_menu.aboutToShow.emit()
    assert not screen.export_menu.cancellation_action.isEnabled()
    # the reason; yes, write the mail; where to save it
    prompts.answer("Zaal niet beschikbaar", True, tmp_path / "afzegging.eml")
    click(qtbot, screen.cancel_button)
    assert demo.meetings.get(SWZ3).status is MeetingStatus.CANCELLED
    [draft] = opened  # the members only: no guests invited
    message = email.message_from_bytes(draft.read_bytes())
    assert message["Subject"].startswith("Vergadering vervalt: Stuurgroep Welzijn en Zorg")
    assert any(p.get_filename().endswith(".ics") for p in message.walk() if p.get_filename())
    screen.export_menu.aboutToShow.emit()
    assert screen.export_menu.cancellation_action.isEnabled()
    assert prompts.errors == []


def test_ctrl_shift_n_plans_a_meeting_from_the_list(qtbot, screen):
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_N,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert screen.dialog is not None and screen.dialog.isVisible()
    screen.dialog.reject()


def test_an_empty_database_shows_no_meeting_and_says_why_none_can_be_planned(qtbot, services):
    from overleg.ui.meetings.meetings_screen import MeetingsScreen
    from tests.ui.fakes import FakePrompts

    prompts = FakePrompts()
    screen = MeetingsScreen(services, prompts)
    qtbot.addWidget(screen)
    screen.refresh()  # as the window does when it shows the screen
    assert screen.model.rowCount() == 0
    assert screen.detail.heading.text() == "No meeting chosen"
    assert not screen.detail.tabs.isEnabled()
    click(qtbot, screen.plan_button)
    assert prompts.errors == ["There is no consultation body yet to plan a meeting for; add "
                              "one first."]
    assert screen.dialog is None


def test_the_minutes_tab_shows_the_chosen_meeting_and_follows_the_list(qtbot, screen, demo):
    from overleg.ui.meetings.meeting_detail import MINUTES_TAB
    from overleg.ui.minutes.minutes_view import MinutesView
    from tests.ui.fakes import FakePrompts

    def walk_of(view) -> list[str]:
        model = view.walk_model
        return [model.data(model.index(r, 0)) for r in range(model.rowCount())]

    stt = demo.bodies.find("STT").id
    held = [x.meeting.id for x in demo.meetings.listings(body_id=stt)]
    alone = MinutesView(demo, FakePrompts())  # the same view outside the screen
    qtbot.addWidget(alone)
    expected = {}
    for meeting_id in held:
        alone.set_meeting(meeting_id)
        expected[meeting_id] = walk_of(alone)
    assert expected[held[0]] != expected[held[1]]
    screen.show_record("meeting", held[0])
    screen.detail.tabs.setCurrentIndex(MINUTES_TAB)
    view = screen.detail.tabs.currentWidget()
    assert isinstance(view, MinutesView) and walk_of(view) == expected[held[0]]
    # the meeting's name, date and status once, in the screen's header above the tabs
    assert screen.detail.isVisible() and not view.header.title.isVisibleTo(view)
    assert not view.header.status.isVisibleTo(view)
    assert alone.header.title.isVisibleTo(alone) and alone.header.status.isVisibleTo(alone)
    screen.show_record("meeting", held[1])
    assert screen.detail.tabs.currentWidget() is view
    assert walk_of(view) == expected[held[1]]
