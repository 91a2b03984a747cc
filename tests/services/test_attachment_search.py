"""A sentence inside an attached document is found by search, with the item and meeting
it belongs to; a confidential document (marked, or on a closed item) only by members."""

from overleg.domain.audience import Audience
from tests.services.attachment_fixtures import STT_NOV, a_pdf, item_of, service


def test_a_sentence_in_an_attached_pdf_is_found_with_item_and_meeting(demo, tmp_path):
    att = service(demo, tmp_path)
    item = item_of(demo, n=1)
    a = att.attach(item, a_pdf(tmp_path, "n.pdf", "Het zorgplatform Kwartiermaker komt",
                               "Tweede blad over de Rivierenwijk"), title="Notitie zorg")
    hits = [h for h in demo.search.search("kwartiermaker") if h.kind == "document"]
    assert [(h.record_id, h.meeting_id) for h in hits] == [(a.id, STT_NOV)]
    item_title = demo.agenda.item(item).title
    assert hits[0].title == f"Notitie zorg — {item_title}"
    assert "Kwartiermaker" in hits[0].snippet and hits[0].body_name
    assert demo.search.find("rivierenwijk").total == 1  # the second page too


def test_word_and_text_documents_are_searched(demo, tmp_path):
    from docx import Document

    att = service(demo, tmp_path)
    doc = Document()
    doc.add_paragraph("Afspraken over het leerlingenvervoer naar Zonnewijzer.")
    path = tmp_path / "afspraken.docx"
    doc.save(path)
    att.attach(item_of(demo), path)
    txt = tmp_path / "memo.txt"
    txt.write_text("Memo over de Kompasroute.", encoding="utf-8")
    att.attach(item_of(demo), txt)
    assert [h.kind for h in demo.search.search("zonnewijzer")] == ["document"]
    assert [h.kind for h in demo.search.search("kompasroute")] == ["document"]


def test_confidential_documents_are_not_found_in_public_search(demo, tmp_path):
    att = service(demo, tmp_path)
    open_item, closed_item = item_of(demo, n=1), item_of(demo, n=2)
    demo.db.execute("UPDATE agenda_items SET confidential = 1 WHERE id = ?", [closed_item])
    att.attach(open_item, a_pdf(tmp_path, "a.pdf", "Geheimwoord open"))
    att.attach(open_item, a_pdf(tmp_path, "b.pdf", "Geheimwoord gemarkeerd"),
               confidential=True)
    att.attach(closed_item, a_pdf(tmp_path, "c.pdf", "Geheimwoord besloten"))
    members = demo.search.find("geheimwoord")
    public = demo.search.find("geheimwoord", audience=Audience.PUBLIC)
    assert len(members.hits) == 3 and members.total == 3
    assert [h.snippet for h in public.hits] == ["[Geheimwoord] open"]
    assert public.total == 1
