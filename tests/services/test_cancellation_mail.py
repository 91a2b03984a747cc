"""The cancellation mail: to everyone invited, per audience, with the calendar
cancellation attached (issue 21)."""

from email import message_from_bytes
from email.policy import default

import pytest
from icalendar import Calendar

from overleg.domain.audience import Audience
from overleg.domain.enums import AttendanceStatus
from overleg.domain.errors import OverlegError
from overleg.domain.organisations import Person
from tests.services.public_outputs import mail_text

SWZ3 = 9  # Stuurgroep Welzijn en Zorg, Thursday 16 January 2014, planned
SECRET = "Personele bezetting leerplicht herzien"


@pytest.fixture
def cancelled(demo):
    demo.agenda.add_item(SWZ3, SECRET, confidential=True)
    guest = demo.bodies.add_person(Person("Gast van buiten", email="gast@example.org"))
    demo.meetings.set_attendance(SWZ3, guest.id, AttendanceStatus.GUEST)
    demo.meetings.cancel(SWZ3, "Te weinig aanmeldingen")
    return demo


def test_everyone_invited_gets_the_cancellation_with_the_calendar_cancel(cancelled, tmp_path):
    s = cancelled
    members, guests = s.cancellation_mail.cancellation(SWZ3, tmp_path, signature="M. Visser")
    assert (members.audience, guests.audience) == (Audience.MEMBERS, Audience.GUESTS)
    invited = {s.bodies.person(a.person_id).name for a in s.meetings.attendance(SWZ3)}
    assert set(members.recipients + members.without_email + guests.recipients
               + guests.without_email) == invited
    assert guests.recipients == ["Gast van buiten"]
    msg = message_from_bytes(members.path.read_bytes(), policy=default)
    assert msg["Subject"] == ("Vergadering vervalt: Stuurgroep Welzijn en Zorg, donderdag "
                              "16 januari 2014")
    assert msg["X-Unsent"] == "1"
    text = msg.get_body(("plain",)).get_content()
    assert "gaat niet door" in text and "Reden: Te weinig aanmeldingen." in text
    assert text.rstrip().endswith("M. Visser")
    [ics] = [p for p in msg.iter_attachments() if p.get_filename().endswith(".ics")]
    assert ics.get_param("method") == "CANCEL"
    cal = Calendar.from_ical(ics.get_content())
    assert str(cal["METHOD"]) == "CANCEL"
    assert [str(e["STATUS"]) for e in cal.walk("VEVENT")] == ["CANCELLED"]
    assert members.path.name == "Afzegging SWZ 16-01-2014.eml"
    assert guests.path.name == "Afzegging SWZ 16-01-2014 (gasten).eml"


def test_a_guest_does_not_read_the_closed_title(cancelled, tmp_path):
    members, guests = cancelled.cancellation_mail.cancellation(SWZ3, tmp_path)
    assert SECRET in mail_text(members.path.read_bytes())
    guest_text = mail_text(guests.path.read_bytes())
    assert SECRET not in guest_text
    assert "Eén besloten punt is niet opgenomen." in guest_text


def test_no_cancellation_mail_for_a_meeting_that_goes_ahead(demo, tmp_path):
    with pytest.raises(OverlegError, match="niet geannuleerd"):
        demo.cancellation_mail.cancellation(SWZ3, tmp_path)
    assert list(tmp_path.iterdir()) == []
