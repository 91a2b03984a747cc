"""Exporting a meeting's Word documents from the meetings screen."""

from datetime import date

from docx import Document

from overleg.ui.meetings.export_menu import MeetingExportMenu
from tests.ui.fakes import FakePrompts


def stt_19_september(services) -> int:
    return next(x.meeting.id for x in services.meetings.listings()
                if x.meeting.day == date(2013, 9, 19))


def text_of(path) -> str:
    return "\n".join(p.text for p in Document(str(path)).paragraphs)


def test_every_menu_entry_writes_its_document_and_opens_it(qtbot, demo, tmp_path):
    prompts, opened = FakePrompts(), []
    meeting = stt_19_september(demo)
    menu = MeetingExportMenu(demo, prompts, lambda: meeting, opener=opened.append)
    qtbot.addWidget(menu)
    entries = [a for a in menu.actions() if not a.isSeparator()][:6]  # the Word documents
    assert [a.text() for a in entries][:4] == [
        "Agenda…", "Agenda, public version…", "Minutes…", "Minutes, public version…"]
    for n, action in enumerate(entries):
        prompts.answer(tmp_path / f"doc{n}")  # no suffix: .docx is added
        action.trigger()
    assert [p.name for p in opened] == [f"doc{n}.docx" for n in range(len(entries))]
    full, public = text_of(opened[2]), text_of(opened[3])
    assert "Aanpak thuiszitters" in full and "Aanpak thuiszitters" not in public
    assert "beslotenheid" in public
    assert prompts.errors == []


def test_the_separators_part_the_menu_into_its_groups(qtbot, demo):
    """Agenda, minutes, the meeting's lists, PDF/A, the calendar, the mails (issue 21: a
    separator stood between the minutes and their public version)."""
    menu = MeetingExportMenu(demo, FakePrompts(), lambda: None)
    qtbot.addWidget(menu)
    groups: list[list[str]] = [[]]
    for action in menu.actions():
        if action.isSeparator():
            groups.append([])
        else:
            groups[-1].append(action.text())
    assert groups == [
        ["Agenda…", "Agenda, public version…"],
        ["Minutes…", "Minutes, public version…"],
        ["Decision list of this meeting…", "Action list of this meeting…"],
        ["Agenda as PDF/A…", "Agenda, public version, as PDF/A…", "Minutes as PDF/A…",
         "Minutes, public version, as PDF/A…", "Decision list of this meeting as PDF/A…",
         "Action list of this meeting as PDF/A…", "Meeting pack (PDF)…",
         "Meeting pack, public version (PDF)…"],
        ["Calendar entry (.ics)…"],
        ["Send invitation…", "Send draft minutes…", "Send cancellation…"],
    ]


def test_a_refused_export_is_one_sentence_and_nothing_opens(qtbot, demo, tmp_path):
    prompts, opened = FakePrompts(), []
    meeting = stt_19_september(demo)
    menu = MeetingExportMenu(demo, prompts, lambda: meeting, opener=opened.append)
    qtbot.addWidget(menu)
    prompts.answer(tmp_path / "bestaat-niet" / "verslag.docx")
    menu.export("minutes", "Verslag")
    assert opened == [] and len(prompts.errors) == 1
    prompts.answer(None)  # the user cancels the file dialog
    assert menu.export("agenda", "Agenda") is None and opened == []


def test_the_meetings_screen_offers_the_export_for_the_selected_meeting(qtbot, demo):
    from overleg.ui.meetings.meetings_screen import MeetingsScreen

    screen = MeetingsScreen(demo, FakePrompts())
    qtbot.addWidget(screen)
    screen.refresh()  # as the window does when it shows the screen
    screen.show_record("meeting", stt_19_september(demo))
    assert screen.export_button.isEnabled()
    assert screen.export_menu.current_meeting() == stt_19_september(demo)


def test_a_body_added_elsewhere_appears_in_the_filter_on_refresh(qtbot, demo):
    from overleg.domain.bodies import Body
    from overleg.ui.meetings.meetings_screen import MeetingsScreen

    screen = MeetingsScreen(demo, FakePrompts())
    qtbot.addWidget(screen)
    screen.refresh()  # as the window does when it shows the screen
    stt = demo.bodies.find("STT").id
    screen.body_filter.setCurrentIndex(screen.body_filter.findData(stt))
    demo.bodies.add_body(Body("Werkgroep Thuiszitters", "WGT"))
    screen.refresh()
    names = [screen.body_filter.itemText(i) for i in range(screen.body_filter.count())]
    assert "Werkgroep Thuiszitters" in names
    assert screen.body_filter.currentData() == stt


def test_calendar_entry_and_invitation_draft_from_the_menu(qtbot, demo, tmp_path):
    import email

    from icalendar import Calendar

    from overleg.domain.enums import MeetingStatus

    prompts, opened = FakePrompts(), []
    bopo = next(x.meeting.id for x in demo.meetings.listings()
                if x.meeting.day == date(2014, 2, 13))
    demo.meetings.set_status(bopo, MeetingStatus.PLANNED)
    menu = MeetingExportMenu(demo, prompts, lambda: bopo, opener=opened.append)
    qtbot.addWidget(menu)
    prompts.answer(tmp_path / "bopo")
    ics = menu.export_ics()
    assert ics.name == "bopo.ics" and opened[-1] == ics
    event = next(c for c in Calendar.from_ical(ics.read_bytes()).walk("VEVENT"))
    assert "Passend Onderwijs" in str(event["SUMMARY"])
    prompts.answer(tmp_path / "uitnodiging")  # the draft's place; .eml is added
    prompts.answer(True)  # yes, mark the agenda as sent
    eml = menu.send("invitation")
    assert eml == tmp_path / "uitnodiging.eml"
    message = email.message_from_bytes(eml.read_bytes())
    assert message["X-Unsent"] == "1" and "Uitnodiging" in message["Subject"]
    names = [part.get_filename() for part in message.walk() if part.get_filename()]
    assert any(n.endswith(".docx") for n in names) and any(n.endswith(".ics") for n in names)
    assert demo.meetings.get(bopo).status is MeetingStatus.AGENDA_SENT
    assert prompts.errors == []


def test_a_draft_no_mail_program_opens_is_saved_where_chosen_and_said(qtbot, demo, tmp_path):
    prompts = FakePrompts()
    adopted = next(x.meeting.id for x in demo.meetings.listings()
                   if x.meeting.minutes_adopted and demo.meetings.attendance(x.meeting.id))
    menu = MeetingExportMenu(demo, prompts, lambda: adopted, opener=lambda _path: False)
    qtbot.addWidget(menu)
    assert menu._draft_name(adopted, "minutes").startswith("Vastgesteld verslag ")
    prompts.answer(tmp_path / "verslag.eml")
    eml = menu.send("minutes")
    assert eml == tmp_path / "verslag.eml" and eml.exists()
    assert str(eml) in prompts.infos[0] and "No mail program" in prompts.infos[0]


def test_the_pdf_entries_write_pdfa_documents_and_the_pack(qtbot, demo, tmp_path):
    from tests.exports.pdf_checks import outline_titles, pdfa_problems, text

    prompts, opened = FakePrompts(), []
    meeting = stt_19_september(demo)
    menu = MeetingExportMenu(demo, prompts, lambda: meeting, opener=opened.append)
    qtbot.addWidget(menu)
    entries = [a for a in menu.actions() if "PDF" in a.text()]
    assert [a.text() for a in entries] == [
        "Agenda as PDF/A…", "Agenda, public version, as PDF/A…", "Minutes as PDF/A…",
        "Minutes, public version, as PDF/A…", "Decision list of this meeting as PDF/A…",
        "Action list of this meeting as PDF/A…", "Meeting pack (PDF)…",
        "Meeting pack, public version (PDF)…"]
    for n, action in enumerate(entries):
        prompts.answer(tmp_path / f"doc{n}")  # no suffix: .pdf is added
        action.trigger()
    assert [p.name for p in opened] == [f"doc{n}.pdf" for n in range(len(entries))]
    assert prompts.errors == []
    for path in opened[:6]:
        assert pdfa_problems(path.read_bytes()) == [], path.name
    full, public = text(opened[2].read_bytes()), text(opened[3].read_bytes())
    assert "Aanpak thuiszitters" in full and "Aanpak thuiszitters" not in public
    public_pack = opened[7].read_bytes()
    assert "Aanpak thuiszitters" not in text(public_pack)
    assert outline_titles(public_pack)[:2] == ["Voorblad", "Agenda"]
