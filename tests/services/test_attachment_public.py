"""No confidential document reaches a public output: a document marked confidential, or
on a closed item (also one closed because it derives from a closed record), is in no
public document, no guests' mail and no public search; the members get all of them."""

from overleg.domain.audience import Audience
from overleg.domain.enums import AttendanceStatus
from overleg.domain.organisations import Person
from tests.services.attachment_fixtures import STT_NOV, item_of, service
from tests.services.public_outputs import mail_text, public_outputs


def _text_file(folder, name, word):
    path = folder / name
    path.write_text(f"Dit stuk noemt {word} uitdrukkelijk.", encoding="utf-8")
    return path


def test_confidential_documents_are_in_no_public_output(demo, tmp_path):
    att = service(demo, tmp_path)
    demo.mail.attachments = att
    guest = demo.bodies.add_person(Person("Gast", email="gast@example.org"))
    demo.meetings.set_attendance(STT_NOV, guest.id, AttendanceStatus.GUEST)
    open_item, closed_item = item_of(demo, n=1), item_of(demo, n=2)
    demo.db.execute("UPDATE agenda_items SET confidential = 1 WHERE id = ?", [closed_item])
    att.attach(open_item, _text_file(tmp_path, "open.txt", "Zonnebloemwoord"))
    att.attach(open_item, _text_file(tmp_path, "apart.txt", "Geheimwoordeen"),
               title="Apart vertrouwelijk", confidential=True)
    att.attach(closed_item, _text_file(tmp_path, "dicht.txt", "Geheimwoordtwee"),
               title="Bij besloten punt")
    items = demo.agenda.agenda(STT_NOV)
    derived = [i.id for i in items if i.source_followup_id is not None  # closed by what
               and i.id in att.closed.closed_items([i.id])]  # it comes from
    assert derived  # the example's item 5 comes from a closed item
    for item in derived:
        att.attach(item, _text_file(tmp_path, f"afgeleid{item}.txt", "Geheimwoorddrie"),
                   title="Afgeleid")
    outputs = public_outputs(demo, STT_NOV)
    guest_mail = outputs["invitation (guests)"]
    assert "Zonnebloemwoord" in guest_mail  # the public document travels
    for name, text in outputs.items():
        for secret in ("Geheimwoordeen", "Geheimwoordtwee", "Geheimwoorddrie",
                       "Apart vertrouwelijk", "Bij besloten punt", "apart.txt", "dicht.txt"):
            assert secret not in text, (name, secret)
    for secret in ("geheimwoordeen", "geheimwoordtwee", "geheimwoorddrie"):
        assert demo.search.search(secret, audience=Audience.PUBLIC) == []
        assert demo.search.search(secret, audience=Audience.GUESTS) == []
    assert demo.search.search("geheimwoordeen")  # members find it
    members = [p for p in demo.mail.invitation(STT_NOV, tmp_path / "leden")
               if p.audience is Audience.MEMBERS][0]
    assert "Geheimwoordeen" in mail_text(members.path.read_bytes())  # members get it
