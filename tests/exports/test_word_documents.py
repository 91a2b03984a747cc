"""The four documents read back with python-docx: structure, named styles, Dutch text,
and what the public version leaves out."""

from datetime import date

from docx.oxml.ns import qn

from overleg.domain.enums import MeetingStatus, OogoSubject
from overleg.exports.word import (
    Scope,
    render_action_list,
    render_agenda,
    render_decision_list,
    render_minutes,
)
from tests.exports.word_records import (
    action_entries,
    body_text,
    decision_entries,
    footer_xml,
    header_text,
    meeting_scope,
    record,
    reread,
    styled,
)

SECRET = "Drie individuele situaties"


def test_minutes_have_title_block_items_decisions_and_lists_in_named_styles():
    doc = reread(render_minutes(record()))
    text = body_text(doc)
    assert styled(doc, "Title") == ["Verslag"]
    assert styled(doc, "Subtitle") == ["Stuurgroep Talentontwikkeling"]
    assert styled(doc, "Heading 1") == [
        "1\tOnderwerp 1", "2\tAanpak thuiszitters", "3\tOnderwerp 3", "Besluitenlijst",
        "Actielijst"]
    facts = styled(doc, "Overleg Gegevens")
    assert "Datum:\tdonderdag 19 september 2013" in facts
    assert "Tijd:\t15.00 – 17.00 uur" in facts
    assert "Voorzitter:\tMarieke de Boer (Lelystad)" in facts
    assert "Aanwezig:\tPeter Kok (SWV PO Lelystad)" in facts
    assert "Afgemeld:\tJan de Vries" in facts
    assert "Gasten:\tRuud Smits" in facts
    assert "Besluit STT-20130919-01: De stuurgroep onderschrijft de notitie." in text
    assert "Uitkomst: overeenstemming bereikt." in text
    assert ("Actie: Interventies toetsen aan de criteria (Ruud Smits; terug in Stuurgroep "
            "Talentontwikkeling 28-11-2013)") in text
    assert "Actie: Casusoverleg thuiszitters inrichten (Anouk Jansen; uiterlijk 1 november " \
           "2013)" in text
    assert SECRET in text  # the full version is for members
    tables = doc.tables
    assert [t.style.name for t in tables] == ["Overleg Tabel", "Overleg Tabel"]
    assert [c.text for c in tables[0].rows[0].cells] == ["Nummer", "Agendapunt", "Besluit"]
    assert [c.text for c in tables[0].rows[1].cells] == [
        "STT-20130919-01", "Onderwerp 1", "De stuurgroep onderschrijft de notitie."]
    assert [c.text for c in tables[1].rows[0].cells] == [
        "Nr.", "Actiepunt", "Eigenaar", "Termijn"]
    assert len(tables[1].rows) == 3


def test_draft_minutes_say_concept_in_the_header_and_page_x_of_y_in_the_footer():
    doc = reread(render_minutes(record(MeetingStatus.MINUTES_DRAFT)))
    assert "Stuurgroep Talentontwikkeling\tCONCEPT" in header_text(doc)
    assert "Status:\tconcept, nog niet vastgesteld" in styled(doc, "Overleg Gegevens")
    footer = footer_xml(doc)
    assert "pagina" in footer and " PAGE " in footer and " NUMPAGES " in footer


def test_adopted_minutes_say_where_and_when_they_were_adopted():
    doc = reread(render_minutes(record(MeetingStatus.MINUTES_ADOPTED)))
    assert "CONCEPT" not in header_text(doc)
    assert ("Status:\tvastgesteld op donderdag 28 november 2013 in de vergadering van "
            "Stuurgroep Talentontwikkeling") in styled(doc, "Overleg Gegevens")


def test_public_minutes_say_only_that_a_closed_item_was_dealt_with():
    doc = reread(render_minutes(record(), public=True))
    text = body_text(doc)
    assert "2\tBesloten agendapunt" in styled(doc, "Heading 1")
    assert "Dit agendapunt is in beslotenheid behandeld." in text
    for secret in (SECRET, "Aanpak thuiszitters", "Geheim besluit", "STT-20130919-02",
                   "Casusoverleg thuiszitters"):
        assert secret not in text, secret
    assert "Openbare versie" in header_text(doc)
    assert len(doc.tables[0].rows) == 2 and len(doc.tables[1].rows) == 2


def test_full_version_is_marked_as_holding_closed_information():
    assert "Bevat besloten informatie" in header_text(reread(render_minutes(record())))


def test_agenda_lists_items_with_times_kind_presenter_and_numbered_documents():
    doc = reread(render_agenda(record()))
    assert styled(doc, "Title") == ["Agenda"]
    assert styled(doc, "Heading 1") == ["1\tOnderwerp 1", "2\tAanpak thuiszitters",
                                        "3\tOnderwerp 3"]
    remarks = styled(doc, "Overleg Toelichting")
    assert remarks[0] == "15.00 uur · ter besluitvorming · inbreng: Anouk Jansen"
    assert remarks[1].startswith("15.10 uur") and remarks[1].endswith("besloten")
    assert styled(doc, "List Number")[:2] == ["Notitie samenhang", "Bijlage 2"]
    assert "Genodigden:\tPeter Kok (SWV PO Lelystad), Jan de Vries (SOOL)" in styled(
        doc, "Overleg Gegevens")
    # each item's documents are numbered from 1: every list has its own restarted number
    num_ids = {p._p.pPr.numPr.numId.val for p in doc.paragraphs
               if p.style.name == "List Number"}
    assert len(num_ids) == 3


def test_public_agenda_leaves_closed_items_out_and_keeps_the_numbers():
    doc = reread(render_agenda(record(), public=True))
    assert styled(doc, "Heading 1") == ["1\tOnderwerp 1", "3\tOnderwerp 3"]
    assert "thuiszitters" not in body_text(doc)
    assert "Eén besloten punt is niet opgenomen." in styled(doc, "Overleg Toelichting")


def test_decision_list_public_and_full():
    r = record()
    full = reread(render_decision_list(decision_entries(r), meeting_scope(r)))
    assert styled(full, "Title") == ["Besluitenlijst"]
    assert styled(full, "Subtitle") == [
        "Stuurgroep Talentontwikkeling, vergadering van donderdag 19 september 2013"]
    assert len(full.tables[0].rows) == 3
    public = reread(render_decision_list(decision_entries(r), meeting_scope(r), public=True))
    assert "Geheim besluit" not in body_text(public)
    assert len(public.tables[0].rows) == 2


def test_decision_list_over_a_period_groups_by_meeting():
    r = record()
    doc = reread(render_decision_list(decision_entries(r), Scope(
        start=date(2013, 1, 1), end=date(2013, 12, 31))))
    assert styled(doc, "Subtitle") == [
        "Alle overlegorganen, 1 januari 2013 tot en met 31 december 2013"]
    assert styled(doc, "Heading 2") == [
        "Stuurgroep Talentontwikkeling, donderdag 19 september 2013"]


def test_action_list_groups_by_target_meeting_and_marks_overdue():
    r = record()
    doc = reread(render_action_list(action_entries(r), Scope(body_name=r.body.name),
                                    date(2013, 11, 15)))
    assert styled(doc, "Heading 2") == [
        "Terug in: Stuurgroep Talentontwikkeling, donderdag 28 november 2013",
        "Met een datum als termijn"]
    overdue_row = doc.tables[1].rows[1]
    assert overdue_row.cells[4].text == "TE LAAT"
    assert doc.tables[0].rows[1].cells[4].text == "open"
    assert "Stand per 15 november 2013" in styled(doc, "Overleg Toelichting")
    public = reread(render_action_list(action_entries(r), Scope(body_name=r.body.name),
                                       date(2013, 11, 15), public=True))
    assert "Casusoverleg" not in body_text(public)
    assert styled(public, "Heading 2") == [
        "Terug in: Stuurgroep Talentontwikkeling, donderdag 28 november 2013"]


def test_empty_lists_say_so():
    doc = reread(render_decision_list([], Scope(body_name="X")))
    assert "Er zijn geen besluiten in deze periode." in body_text(doc)
    doc = reread(render_action_list([], Scope(), date(2013, 1, 1)))
    assert "Er zijn geen actiepunten." in body_text(doc)


def test_document_properties_carry_the_title():
    doc = reread(render_minutes(record()))
    assert doc.core_properties.title == (
        "Verslag Stuurgroep Talentontwikkeling donderdag 19 september 2013")


def test_decision_list_of_draft_minutes_is_marked_concept():
    r = record()
    scope = Scope(body_name=r.body.name, meeting_starts=r.meeting.starts_at, draft=True)
    doc = reread(render_decision_list(decision_entries(r), scope))
    assert "CONCEPT" in header_text(doc)
    assert "CONCEPT" not in header_text(reread(render_decision_list(
        decision_entries(r), meeting_scope(r))))


def test_right_to_left_notes_are_laid_out_right_to_left():
    r = record()
    r.items[0].notes = "مرحبا بالعالم (Arabisch)\nNederlandse regel met שלום erin"
    doc = reread(render_minutes(r))
    arabic = next(p for p in doc.paragraphs if p.text.startswith("مرحبا"))
    dutch = next(p for p in doc.paragraphs if p.text.startswith("Nederlandse regel"))
    assert arabic._p.pPr.find(qn("w:bidi")) is not None
    assert dutch._p.pPr is None or dutch._p.pPr.find(qn("w:bidi")) is None


def test_an_oogo_meeting_names_its_subject_and_a_returning_point_is_not_repeated():
    r = record()
    r.meeting.subject = OogoSubject.SUPPORT_PLAN_PO
    r.items[0].description = r.items[0].title
    doc = reread(render_agenda(r))
    assert "OOGO over:\tondersteuningsplan PO" in styled(doc, "Overleg Gegevens")
    assert body_text(doc).count("Onderwerp 1") == 1
    assert "OOGO over:\tondersteuningsplan PO" in styled(reread(render_minutes(r)),
                                                         "Overleg Gegevens")
