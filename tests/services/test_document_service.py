"""The document service on the example data: the 19 September 2013 Stuurgroep
Talentontwikkeling meeting in all four documents, both versions, and template choice."""

from datetime import date

import docx
import pytest

from overleg.domain.bodies import Body
from overleg.exports.word import TemplateError
from tests.exports.word_records import body_text, header_text, styled


@pytest.fixture
def stt(demo):
    meeting = next(x.meeting for x in demo.meetings.listings()
                   if x.body_code == "STT" and x.meeting.day == date(2013, 9, 19))
    return demo, meeting


def _read(path):
    return docx.Document(str(path))


def test_minutes_of_the_example_meeting(stt, tmp_path):
    s, m = stt
    doc = _read(s.documents.minutes(m.id, tmp_path / "verslag.docx"))
    facts = styled(doc, "Overleg Gegevens")
    assert "Datum:\tdonderdag 19 september 2013" in facts
    assert "Voorzitter:\tMarieke de Boer (Lelystad)" in facts
    assert "Afgemeld:\tJan de Vries (SOOL)" in facts
    assert "Gasten:\tRuud Smits (Lelystad)" in facts
    assert ("Status:\tvastgesteld op donderdag 28 november 2013 in de vergadering van "
            "Stuurgroep Talentontwikkeling") in facts
    text = body_text(doc)
    assert "Uitkomst: aangehouden tot de vergadering van donderdag 28 november 2013." in text
    assert "Besluit STT-20130919-01:" in text
    assert "individuele situaties van langdurig thuiszitten" in text
    assert "CONCEPT" not in header_text(doc)


def test_public_minutes_of_the_example_leave_the_closed_item_out(stt, tmp_path):
    s, m = stt
    doc = _read(s.documents.minutes(m.id, tmp_path / "verslag.docx", public=True))
    text = body_text(doc)
    assert "Dit agendapunt is in beslotenheid behandeld." in text
    assert "thuiszitten" not in text and "Casusoverleg" not in text
    assert "Openbare versie" in header_text(doc)


def test_draft_minutes_are_marked(demo, tmp_path):
    draft = next(x.meeting for x in demo.meetings.listings()
                 if x.body_code == "STT" and x.meeting.day == date(2013, 11, 28))
    doc = _read(demo.documents.minutes(draft.id, tmp_path / "v.docx"))
    assert "CONCEPT" in header_text(doc)


def test_agenda_decisions_and_actions_of_one_meeting(stt, tmp_path):
    s, m = stt
    agenda = _read(s.documents.agenda(m.id, tmp_path / "a.docx", public=True))
    assert "Aanpak thuiszitters" not in body_text(agenda)
    assert "Genodigden:" in "\n".join(styled(agenda, "Overleg Gegevens"))
    decisions = _read(s.documents.decisions(tmp_path / "b.docx", meeting_id=m.id))
    assert len(decisions.tables[0].rows) == 3
    actions = _read(s.documents.actions(tmp_path / "c.docx", meeting_id=m.id,
                                        as_of=date(2014, 1, 20)))
    statuses = [row.cells[4].text for t in actions.tables for row in t.rows[1:]]
    assert statuses.count("TE LAAT") == 2
    public = _read(s.documents.actions(tmp_path / "d.docx", meeting_id=m.id, public=True,
                                       as_of=date(2014, 1, 20)))
    assert "Casusoverleg" in body_text(actions) and "Casusoverleg" not in body_text(public)


def test_lists_for_a_body_over_a_period_and_for_all_bodies(demo, tmp_path):
    body = demo.bodies.find("PFO")
    doc = _read(demo.documents.decisions(tmp_path / "b.docx", body_id=body.id,
                                         start=date(2013, 7, 1), end=date(2013, 7, 31)))
    assert styled(doc, "Subtitle") == [
        "PFO Sociaal Drechtsteden, 1 juli 2013 tot en met 31 juli 2013"]
    assert styled(doc, "Heading 2") == ["PFO Sociaal Drechtsteden, dinsdag 2 juli 2013"]
    everything = _read(demo.documents.actions(tmp_path / "c.docx", as_of=date(2013, 12, 1)))
    groups = styled(everything, "Heading 2")
    assert groups[0] == "Terug in: PFO Sociaal Drechtsteden, dinsdag 2 juli 2013"
    assert groups[-1] == "Met een datum als termijn"


def test_a_meeting_and_a_body_together_is_refused(stt, tmp_path):
    s, m = stt
    with pytest.raises(Exception, match="niet allebei"):
        s.documents.decisions(tmp_path / "x.docx", meeting_id=m.id, body_id=m.body_id)
    assert not (tmp_path / "x.docx").exists()


def test_the_bodys_own_template_is_used_and_an_unusable_one_is_not_replaced(stt, tmp_path):
    s, m = stt
    template = tmp_path / "gemeente.docx"
    own = docx.Document()
    own.styles["Normal"].font.name = "Verdana"
    own.save(template)
    body = s.bodies.get(m.body_id)
    s.bodies.update_body(Body(**{**body.__dict__, "template_path": str(template)}))
    doc = _read(s.documents.minutes(m.id, tmp_path / "v.docx"))
    assert doc.styles["Normal"].font.name == "Verdana"
    template.write_text("dit is geen Word-bestand")
    with pytest.raises(TemplateError, match="gemeente.docx"):
        s.documents.minutes(m.id, tmp_path / "w.docx")
    assert not (tmp_path / "w.docx").exists()
    # an explicit template wins over the body's
    doc = _read(s.documents.minutes(m.id, tmp_path / "x.docx",
                                    template=s.documents.template_for("", None)))
    assert doc.styles["Normal"].font.name == "Arial"
