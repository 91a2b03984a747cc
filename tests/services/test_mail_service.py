"""Invitation and draft-minutes mails on the example data."""

from datetime import date
from email import message_from_bytes
from email.policy import default

import pytest
from icalendar import Calendar

from overleg.domain.errors import OverlegError
from overleg.exports.mail.draft import DOCX_MIME, Attachment


def _meeting(s, day):
    return next(x.meeting for x in s.meetings.listings() if x.meeting.day == day)


def test_the_invitation_goes_to_the_invitees_with_agenda_and_calendar_entry(demo, tmp_path):
    s = demo
    m = next(x.meeting for x in s.meetings.upcoming(after=date(2013, 12, 1)))
    agenda = Attachment("Agenda.docx", b"PK-fake-docx", DOCX_MIME)
    draft = s.mail.invitation_draft(m.id, tmp_path / "uitnodiging.eml", [agenda],
                                    signature="Marieke Visser")
    msg = message_from_bytes(draft.path.read_bytes(), policy=default)
    listing = s.meetings.listing(m.id)
    assert msg["Subject"].startswith(f"Uitnodiging {listing.body_name}, ")
    people = {a.person_id for a in s.meetings.attendance(m.id)}
    emails = {s.bodies.person(p).email for p in people} - {""}
    assert {a.addr_spec for a in msg["To"].addresses} == emails
    assert len(draft.recipients) + len(draft.without_email) == len(people)
    names = [p.get_filename() for p in msg.iter_attachments()]
    assert names[0] == "Agenda.docx" and names[1].endswith(".ics")
    ics = next(p for p in msg.iter_attachments() if p.get_filename().endswith(".ics"))
    [event] = Calendar.from_ical(ics.get_content()).walk("VEVENT")
    assert event.decoded("dtstart").replace(tzinfo=None) == m.starts_at
    assert msg.get_body(("plain",)).get_content().rstrip().endswith("Marieke Visser")
    assert s.mail.suggested_name(m.id) == (
        f"Uitnodiging {listing.body_code} {m.starts_at:%d-%m-%Y}.eml")


def test_no_invitation_for_a_cancelled_meeting(demo, tmp_path):
    s = demo
    m = next(x.meeting for x in s.meetings.upcoming(after=date(2013, 12, 1)))
    s.meetings.cancel(m.id)
    with pytest.raises(OverlegError, match="geannuleerd"):
        s.mail.invitation_draft(m.id, tmp_path / "x.eml")
    assert not (tmp_path / "x.eml").exists()


def test_the_draft_minutes_name_the_meeting_where_they_are_adopted(demo, tmp_path):
    s = demo
    held = _meeting(s, date(2013, 11, 28))
    draft = s.mail.minutes_draft(held.id, tmp_path,
                                 [Attachment("Conceptverslag.docx", b"PK", DOCX_MIME)])
    assert draft.path == tmp_path / "Conceptverslag STT 28-11-2013.eml"
    msg = message_from_bytes(draft.path.read_bytes(), policy=default)
    assert msg["Subject"] == ("Conceptverslag Stuurgroep Talentontwikkeling, donderdag "
                              "28 november 2013")
    assert msg["X-Unsent"] == "1"
    assert "conceptverslag van de vergadering" in msg.get_body(("plain",)).get_content()


def test_send_invitation_attaches_the_agenda_in_word_and_the_calendar_entry(demo, tmp_path):
    import io

    from docx import Document

    s = demo
    m = next(x.meeting for x in s.meetings.upcoming(after=date(2013, 12, 1)))
    [draft] = s.mail.invitation(m.id, tmp_path)  # members only: one draft
    msg = message_from_bytes(draft.path.read_bytes(), policy=default)
    parts = {p.get_filename(): p for p in msg.iter_attachments()}
    code = s.meetings.listing(m.id).body_code
    agenda = parts[f"Agenda {code} {m.starts_at:%d-%m-%Y}.docx"]
    assert agenda.get_content_type() == DOCX_MIME
    words = " ".join(p.text for p in Document(io.BytesIO(agenda.get_content())).paragraphs)
    titles = [i.title for i in s.agenda.agenda(m.id)]
    assert titles and all(t in words for t in titles if len(t) < 60)
    assert any(name.endswith(".ics") for name in parts)
    assert list(tmp_path.iterdir()) == [draft.path]  # no Word file left behind


def test_send_draft_minutes_attaches_the_minutes_in_word(demo, tmp_path):
    import io

    from docx import Document

    s = demo
    held = _meeting(s, date(2013, 11, 28))
    [draft] = s.mail.draft_minutes(held.id, tmp_path / "verslag.eml")
    msg = message_from_bytes(draft.path.read_bytes(), policy=default)
    [minutes] = list(msg.iter_attachments())
    assert minutes.get_filename() == "Conceptverslag STT 28-11-2013.docx"
    text = " ".join(p.text for p in Document(io.BytesIO(minutes.get_content())).paragraphs)
    assert "Stuurgroep Talentontwikkeling" in text


def test_adopted_minutes_go_out_as_adopted_signed_by_the_settings_secretary(demo, tmp_path):
    from overleg.domain.sender import Sender

    s = demo
    s.ctx.sender = Sender("Anna de Vries", "secretaris OOGO", "a.devries@lelystad.example")
    adopted = next(x.meeting for x in s.meetings.listings()
                   if x.meeting.minutes_adopted and s.meetings.attendance(x.meeting.id))
    [members, *_] = s.mail.draft_minutes(adopted.id, tmp_path)
    msg = message_from_bytes(members.path.read_bytes(), policy=default)
    assert msg["Subject"].startswith("Vastgesteld verslag ")
    assert members.path.name.startswith("Vastgesteld verslag ")
    body = msg.get_body(("plain",)).get_content().replace("\r\n", "\n")
    assert "conceptverslag" not in body.lower() and "is vastgesteld" in body
    assert body.rstrip().endswith("Anna de Vries\nsecretaris OOGO")
    names = [p.get_filename() for p in msg.iter_attachments()]
    assert names and names[0].startswith("Vastgesteld verslag ")


def test_draft_minutes_stay_draft_and_without_settings_the_secretariat_signs(demo, tmp_path):
    s = demo
    draft = next(x.meeting for x in s.meetings.listings()
                 if not x.meeting.minutes_adopted and x.meeting.starts_at.year == 2013
                 and str(x.meeting.status) != "cancelled"
                 and s.meetings.attendance(x.meeting.id))
    [members, *_] = s.mail.draft_minutes(draft.id, tmp_path)
    msg = message_from_bytes(members.path.read_bytes(), policy=default)
    assert msg["Subject"].startswith("Conceptverslag ")
    assert msg.get_body(("plain",)).get_content().rstrip().endswith("Het secretariaat")
