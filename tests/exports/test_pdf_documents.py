"""The PDF/A-2b agenda, minutes, decision and action lists, checked with other tools than
the writer: PDF/A identification, OutputIntent, embedded fonts, language (pikepdf),
qpdf --check, pages rendered (pdftoppm), the text as pypdf reads it."""

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from overleg.domain.enums import MeetingStatus
from overleg.exports.pdf import action_list_pdf, agenda_pdf, decision_list_pdf, minutes_pdf
from tests.exports.pdf_checks import (
    outline_titles,
    page_texts,
    pdfa_problems,
    qpdf_check,
    rendered_pages,
    text,
)
from tests.exports.word_records import action_entries, decision_entries, meeting_scope, record

AS_OF = date(2013, 12, 1)


def _all(public: bool) -> dict[str, bytes]:
    r = record()
    return {"agenda": agenda_pdf(r, public=public, author="Fatima El Amrani"),
            "minutes": minutes_pdf(r, public=public),
            "decisions": decision_list_pdf(decision_entries(r), meeting_scope(r), public=public),
            "actions": action_list_pdf(action_entries(r), meeting_scope(r), AS_OF, public=public)}


def test_every_document_identifies_as_pdfa_2b_and_passes_qpdf(tmp_path):
    for public in (False, True):
        for kind, data in _all(public).items():
            assert pdfa_problems(data) == [], kind
            path = tmp_path / f"{kind}-{public}.pdf"
            path.write_bytes(data)
            qpdf_check(path)
            folder = tmp_path / f"{kind}-{public}"
            folder.mkdir()
            assert rendered_pages(path, folder), kind


def test_the_agenda_reads_like_the_word_agenda_with_dutch_dates_and_page_numbers():
    data = agenda_pdf(record(MeetingStatus.AGENDA_SENT))
    pages = page_texts(data)
    assert "Agenda" in pages[0] and "donderdag 19 september 2013" in pages[0]
    assert "Onderwerp 1" in pages[0] and "Aanpak thuiszitters" in pages[0]
    assert "Notitie samenhang" in pages[0]  # the item's documents, numbered
    assert f"pagina 1 van {len(pages)}" in pages[0]
    assert "Bevat besloten informatie" in pages[0]
    assert outline_titles(data) == ["1 Onderwerp 1", "2 Aanpak thuiszitters",
                                    "3 Onderwerp 3"]


def test_the_public_versions_leave_closed_items_out_and_say_so():
    for kind, data in _all(public=True).items():
        found = text(data)
        assert "Openbare versie" in found, kind
        for secret in ("Drie individuele situaties", "Geheim besluit",
                       "Casusoverleg thuiszitters"):
            assert secret not in found, (kind, secret)
    agenda = text(_all(public=True)["agenda"])
    assert "Aanpak thuiszitters" not in agenda
    assert "Eén besloten punt is niet opgenomen." in agenda


def test_draft_minutes_carry_concept_on_every_page_and_adopted_ones_do_not():
    r = record(n_items=30)  # several pages
    pages = page_texts(minutes_pdf(r))
    assert len(pages) > 1 and all("CONCEPT" in p for p in pages)
    adopted = text(minutes_pdf(record(MeetingStatus.MINUTES_ADOPTED)))
    assert "CONCEPT" not in adopted and "vastgesteld op donderdag 28 november 2013" in adopted


def test_bulleted_note_lines_become_bullets():
    r = record()
    r.items[0].notes = "Inleiding.\n- eerste punt\n- tweede punt"
    found = text(minutes_pdf(r))
    assert "• eerste punt" in found and "• tweede punt" in found
    assert "- eerste" not in found


def test_the_decision_list_has_its_table_with_the_header_row():
    found = text(_all(public=False)["decisions"])
    assert "Nummer Agendapunt Besluit" in found
    assert "STT-20130919-01" in found and "De stuurgroep onderschrijft" in found


@settings(max_examples=25, deadline=None)
@given(st.text(max_size=200))
def test_any_typed_text_gives_a_pdfa_document(typed):
    r = record(n_items=2)
    r.items[0].title, r.items[0].notes = typed or "x", typed
    r.meeting.location = typed
    data = minutes_pdf(r)
    assert data.startswith(b"%PDF-1.7") and pdfa_problems(data) == []
