"""The invitation carries the items' documents up to the configured size, names what it
left out and why, and gives guests only the public documents."""

import os
from email import message_from_bytes
from email.policy import default

from overleg.domain.enums import AttendanceStatus
from overleg.domain.organisations import Person
from tests.services.attachment_fixtures import STT_NOV, a_pdf, item_of, service


def _files(path):
    msg = message_from_bytes(path.read_bytes(), policy=default)
    files = {p.get_filename(): p.get_payload(decode=True) for p in msg.iter_attachments()}
    return files, msg.get_body(("plain",)).get_content()


def test_members_get_every_document_guests_the_public_ones(demo, tmp_path):
    att = service(demo, tmp_path)
    demo.mail.attachments = att
    guest = demo.bodies.add_person(Person("Gast van buiten", email="gast@example.org"))
    demo.meetings.set_attendance(STT_NOV, guest.id, AttendanceStatus.GUEST)
    item = item_of(demo, n=1)
    open_doc = a_pdf(tmp_path, "open.pdf", "Openbaar stuk")
    att.attach(item, open_doc, title="Open notitie")
    att.attach(item, a_pdf(tmp_path, "geheim.pdf", "Geheim stuk"), title="Geheime notitie",
               confidential=True)
    members, guests = demo.mail.invitation(STT_NOV, tmp_path / "uit")
    m_files, m_text = _files(members.path)
    g_files, g_text = _files(guests.path)
    assert {"2 open.pdf", "2 geheim.pdf"} <= set(m_files)
    assert m_files["2 open.pdf"] == open_doc.read_bytes()
    assert "2 open.pdf" in g_files and "2 geheim.pdf" not in g_files
    assert "Geheime notitie" not in g_text and "geheim.pdf" not in g_text
    assert "Eén vertrouwelijk stuk is niet meegestuurd." in g_text
    assert "vertrouwelijk" not in m_text


def test_documents_beyond_the_size_limit_are_named_as_left_out(demo, tmp_path):
    att = service(demo, tmp_path)
    demo.mail.attachments = att
    demo.ctx.mail_documents_limit = 1024 * 1024
    item = item_of(demo, n=1)
    big = tmp_path / "begroting.xlsx.bin"
    big.write_bytes(os.urandom(900 * 1024))
    att.attach(item, big, title="Begroting")
    second = tmp_path / "tweede.bin"
    second.write_bytes(os.urandom(300 * 1024))
    att.attach(item, second, title="Bijlage twee")
    small = a_pdf(tmp_path, "klein.pdf", "Klein")
    att.attach(item, small, title="Klein stuk")
    [members] = demo.mail.invitation(STT_NOV, tmp_path / "uit")
    files, text = _files(members.path)
    assert "2 begroting.xlsx.bin" in files and "2 klein.pdf" in files
    assert "2 tweede.bin" not in files
    assert "groter zouden worden dan 1,0 MB: 'Bijlage twee' (punt 2, 300 kB)" in text
