"""The OOGO statement, the status matrix and the dispute notice from the services, and
the audience rule on them: closed points, their positions and disputes stay out of
public versions."""

from datetime import date

import docx
import openpyxl

from overleg.domain.audience import Audience
from tests.services.oogo_cycle import SECRET, support_plan_cycle


def doc_text(path) -> str:
    d = docx.Document(str(path))
    cells = [c.text for t in d.tables for r in t.rows for c in r.cells]
    return "\n".join([p.text for p in d.paragraphs] + cells)


def test_the_statement_lists_meetings_parties_versions_outcomes_and_disputes(services):
    c = support_plan_cycle(services)
    st = services.oogo.statement(c.procedure_id)
    assert st.parties == ("Gemeente Lelystad", "Gemeente Dronten")
    assert [m.day for m in st.meetings] == [date(2014, 2, 10), date(2014, 2, 11)]
    assert "Gemeente Lelystad" in st.meetings[0].parties_present
    assert st.versions()["Gemeente Lelystad"] == ["concept 0.3"]
    assert st.versions()["Gemeente Dronten"] == ["concept 0.4", "vertrouwelijke bijlage"]
    outcomes = [p.outcome for m in st.meetings for p in m.points]
    assert "overeenstemming bereikt" in outcomes and "geschil" in outcomes
    assert len([d for d in st.disputes if d.open]) == 2
    assert st.disputes[0].next_step.startswith("Kennisgeving")


def test_the_public_statement_leaves_the_closed_point_and_its_dispute_out(services,
                                                                         tmp_path):
    c = support_plan_cycle(services)
    st = services.oogo.statement(c.procedure_id, public=True)
    assert st.left_out == 1 and len(st.disputes) == 1
    assert st.versions()["Gemeente Dronten"] == ["concept 0.4"]
    text = doc_text(services.oogo.write_statement(c.procedure_id, tmp_path / "v.docx",
                                                  public=True))
    for secret in (SECRET, "Geheime afweging", "vertrouwelijke bijlage"):
        assert secret not in text
    assert "Eén besloten punt is niet opgenomen." in text
    full = doc_text(services.oogo.write_statement(c.procedure_id, tmp_path / "f.docx"))
    assert SECRET in full and "Thuiszitters onvoldoende uitgewerkt" in full
    for town in ("Gemeente Lelystad", "Gemeente Dronten"):
        assert town in full
    for step in st.steps:
        assert step.title in full


def test_the_matrix_has_a_row_per_municipality_and_a_column_per_step(services, tmp_path):
    c = support_plan_cycle(services)
    m = services.oogo.matrix(c.swv)
    block = m.blocks[0]
    assert [party for party, _ in block.rows] == ["Gemeente Lelystad", "Gemeente Dronten"]
    assert block.steps[1] == "OOGO over het concept-ondersteuningsplan"
    lelystad, dronten = (cells[1] for _, cells in block.rows)
    assert lelystad.done_on == date(2014, 2, 10) and lelystad.versions == ("concept 0.3",)
    assert lelystad.outcome == "overeenstemming bereikt" and lelystad.open_disputes == 0
    assert dronten.outcome == "geschil" and dronten.open_disputes == 2
    public = services.oogo.matrix(c.swv, public=True).blocks[0].rows[1][1][1]
    assert public.open_disputes == 1 and public.versions == ("concept 0.4",)
    text = doc_text(services.oogo.write_matrix(c.swv, tmp_path / "m.docx"))
    sheet = openpyxl.load_workbook(services.oogo.write_matrix(c.swv, tmp_path / "m.xlsx"))
    flat = [[cell.value for cell in row] for row in sheet["OOGO-status"].iter_rows()]
    for town in ("Gemeente Lelystad", "Gemeente Dronten"):
        assert town in text and any(row[1] == town for row in flat)
    for step in block.steps:
        assert step in text and any(row[2] == step for row in flat)
    row = next(r for r in flat if r[1] == "Gemeente Dronten" and r[2] == block.steps[1])
    assert row[5] == "concept 0.4, vertrouwelijke bijlage" and row[7] == 2
    public_sheet = openpyxl.load_workbook(services.oogo.write_matrix(
        c.swv, tmp_path / "p.xlsx", public=True))
    values = [str(cell.value) for ws in public_sheet for row in ws.iter_rows()
              for cell in row]
    assert not any("vertrouwelijke" in v for v in values)


def test_the_dispute_notice_names_the_point_the_positions_and_the_deadlines(services,
                                                                          tmp_path):
    c = support_plan_cycle(services)
    text = doc_text(services.oogo.write_dispute_notice(c.dispute_id, tmp_path / "k.docx"))
    assert "Kennisgeving van een geschil" in text
    assert "Thuiszitters onvoldoende uitgewerkt" in text
    assert "Antwoord van de andere partij (binnen twee weken)" in text
    assert "11-03-2014" in text  # the answer: two weeks after the notice of 25 February


def test_searching_positions_leaves_closed_points_out_of_a_public_search(services):
    support_plan_cycle(services)
    assert [x.party for x in services.positions.search("afweging")] == ["Gemeente Dronten"]
    assert services.positions.search("afweging", audience=Audience.PUBLIC) == []
    hits = services.search.find("thuiszitters")
    assert any(h.kind == "position" for h in hits.hits)
    public = services.search.find("afweging", audience=Audience.PUBLIC)
    assert public.hits == []
    assert [h.kind for h in services.search.find("afweging").hits] == ["position"]


def test_the_milestones_calendar_leaves_a_closed_points_dispute_out(services):
    c = support_plan_cycle(services)
    ics = services.milestones.ics(include_done=True).decode("utf-8").replace("\r\n ", "")
    assert SECRET not in ics
    assert "Procedure: Geschil: OOGO over het concept-ondersteuningsplan" in ics
    everything = len(services.milestones.listing(include_done=True))
    closed_track = len(services.procedures.view(c.closed_dispute_id).steps)
    assert ics.count("BEGIN:VEVENT") == everything - closed_track


def test_the_example_shows_the_support_plan_oogo_of_the_po_swv(demo):
    lead = demo.oogo.lead_named("SWV PO Lelystad")
    m = demo.oogo.matrix(lead)
    (block,) = m.blocks
    assert [party for party, _ in block.rows] == ["Gemeente Lelystad", "Gemeente Dronten"]
    lelystad, dronten = (cells[1] for _, cells in block.rows)
    assert lelystad.due == dronten.due == date(2014, 2, 20)
    assert dronten.versions == lelystad.versions == ("concept 0.9 van 15-01-2014",)
    st = demo.oogo.statement(demo.oogo.procedures_of(lead)[0].id)
    assert [(x.day, x.body) for x in st.meetings] == [
        (date(2014, 2, 13), "Bestuurlijk Overleg Passend Onderwijs")]
    transport = next(p for p in st.meetings[0].points if p.title == "Leerlingenvervoer")
    assert [x.party for x in transport.positions] == ["Gemeente Dronten"]
