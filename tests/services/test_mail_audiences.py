"""Mail drafts per recipient: a guest gets the public version and a text without closed
titles; the members get the full version (issue 11, on the example data)."""

import io
import re
import zipfile
from email import message_from_bytes
from email.policy import default

from overleg.domain.audience import Audience
from overleg.domain.enums import AttendanceStatus
from overleg.domain.organisations import Person

THUIS = "Casusoverleg thuiszitters inrichten met leerplicht en het samenwerkingsverband"
MEETING = 8  # Stuurgroep Talentontwikkeling, 28 November 2013; item 5 comes from a closed item


def every_text(eml: bytes) -> str:
    """Every part of the mail, with every XML part of each Word attachment."""
    msg = message_from_bytes(eml, policy=default)
    texts = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        content = part.get_payload(decode=True) or b""
        if zipfile.is_zipfile(io.BytesIO(content)):
            with zipfile.ZipFile(io.BytesIO(content)) as z:
                texts += [z.read(n).decode("utf-8", "replace") for n in z.namelist()
                          if n.endswith(".xml")]
        else:
            texts.append(content.decode("utf-8", "replace"))
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", " ".join(texts)).replace("\r\n ", ""))


def _with_guest(s):
    guest = s.bodies.add_person(Person("Gast van buiten", email="gast@example.org"))
    s.meetings.set_attendance(MEETING, guest.id, AttendanceStatus.GUEST)
    return guest


def test_a_guest_gets_the_public_invitation_and_the_members_the_full_one(demo, tmp_path):
    s = demo
    _with_guest(s)
    members, guests = s.mail.invitation(MEETING, tmp_path)
    assert (members.audience, guests.audience) == (Audience.MEMBERS, Audience.GUESTS)
    assert guests.recipients == ["Gast van buiten"]
    assert "Gast van buiten" not in members.recipients and members.recipients
    guest_text = every_text(guests.path.read_bytes())
    assert "Casusoverleg" not in guest_text and "thuiszitters" not in guest_text.lower()
    assert "Eén besloten punt is niet opgenomen." in guest_text
    assert THUIS in every_text(members.path.read_bytes())


def test_a_guest_gets_the_public_draft_minutes(demo, tmp_path):
    s = demo
    _with_guest(s)
    members, guests = s.mail.draft_minutes(MEETING, tmp_path / "verslag.eml")
    assert guests.path.name == "verslag (gasten).eml"
    assert "Casusoverleg" not in every_text(guests.path.read_bytes())
    assert THUIS in every_text(members.path.read_bytes())


def test_someone_on_the_list_who_is_not_a_member_is_a_guest(demo, tmp_path):
    s = demo
    outsider = s.bodies.add_person(Person("Niet-lid", email="niet-lid@example.org"))
    s.meetings.set_attendance(MEETING, outsider.id, AttendanceStatus.INVITED)
    drafts = s.mail.invitation(MEETING, tmp_path)
    assert [d.recipients for d in drafts if d.audience is Audience.GUESTS] == [["Niet-lid"]]


def _greeting(path) -> str:
    msg = message_from_bytes(path.read_bytes(), policy=default)
    return msg.get_body(("plain",)).get_content().splitlines()[0]


def test_a_guest_is_not_greeted_as_a_member(demo, tmp_path):
    s = demo
    _with_guest(s)
    for drafts in (s.mail.invitation(MEETING, tmp_path / "uitnodiging.eml"),
                   s.mail.draft_minutes(MEETING, tmp_path / "verslag.eml")):
        members, guests = drafts
        assert _greeting(members.path) == "Geachte leden,"
        assert _greeting(guests.path) == "Geachte heer, mevrouw,"
