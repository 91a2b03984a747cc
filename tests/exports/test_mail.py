"""Mail drafts parsed back with the standard library, as a mail program reads them."""

from datetime import datetime
from email import message_from_bytes
from email.policy import default

from hypothesis import given
from hypothesis import strategies as st

from overleg.exports.mail.draft import DOCX_MIME, ICS_MIME, Attachment, Recipient, draft_message
from overleg.exports.mail.texts import invitation_subject, invitation_text


def parse(data: bytes):
    return message_from_bytes(data, policy=default)


def test_a_draft_is_addressed_unsent_and_carries_its_attachments():
    data = draft_message(
        [Recipient("Anouk Jansen", "a.jansen@lelystad.nl"), Recipient("Jan Één", "jan@x.nl")],
        "Uitnodiging Stuurgroep Talentontwikkeling, donderdag 19 september 2013",
        "Geachte leden,\n\nTot donderdag.",
        [Attachment("Agenda STT 19-09-2013.docx", b"PK\x03\x04docx", DOCX_MIME),
         Attachment("Vergadering STT 19-09-2013.ics", b"BEGIN:VCALENDAR", ICS_MIME)])
    msg = parse(data)
    assert msg["X-Unsent"] == "1"
    assert msg["Subject"] == ("Uitnodiging Stuurgroep Talentontwikkeling, donderdag "
                              "19 september 2013")
    assert [a.addr_spec for a in msg["To"].addresses] == ["a.jansen@lelystad.nl", "jan@x.nl"]
    assert msg["To"].addresses[1].display_name == "Jan Één"
    assert msg.get_body(("plain",)).get_content().startswith("Geachte leden,")
    parts = {p.get_filename(): p for p in msg.iter_attachments()}
    assert parts["Agenda STT 19-09-2013.docx"].get_content() == b"PK\x03\x04docx"
    assert parts["Agenda STT 19-09-2013.docx"].get_content_type() == DOCX_MIME
    assert parts["Vergadering STT 19-09-2013.ics"].get_content_type() == "text/calendar"


def test_the_invitation_text_is_dutch_and_complete():
    start = datetime(2013, 9, 19, 15, 0)
    text = invitation_text("Stuurgroep Talentontwikkeling", start, datetime(2013, 9, 19, 17),
                           "Stadhuis Lelystad", ["1. Opening"], ["Agenda.docx", "Vergadering.ics"],
                           "Marieke Visser\nsecretaris")
    assert invitation_subject("Stuurgroep Talentontwikkeling", start) == (
        "Uitnodiging Stuurgroep Talentontwikkeling, donderdag 19 september 2013")
    assert ("op donderdag 19 september 2013, 15.00 – 17.00 uur, in Stadhuis Lelystad."
            in text)
    assert "- Agenda.docx" in text and "1. Opening" in text
    assert text.endswith("Met vriendelijke groet,\n\nMarieke Visser\nsecretaris")


@given(subject=st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1,
                       max_size=120),
       body=st.text(st.one_of(st.characters(blacklist_categories=("Cs", "Cc")),
                              st.just("\n")), max_size=300))
def test_any_subject_and_text_survive_the_round_trip(subject, body):
    msg = parse(draft_message([Recipient("A", "a@b.nl")], subject, body))
    assert " ".join(msg["Subject"].split()) == " ".join(subject.split())
    got = msg.get_body(("plain",)).get_content()
    assert got.replace("\r\n", "\n").rstrip("\n") == body.rstrip("\n")  # CRLF on the wire
