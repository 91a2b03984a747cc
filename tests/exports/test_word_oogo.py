"""The OOGO statement, status matrix and dispute notice read back with python-docx: every
municipality and step is there, and a public version says what it left out."""

from overleg.exports.word import render_dispute_notice, render_statement, render_status_matrix
from tests.exports.oogo_records import STEPS, TOWNS, matrix, notice, statement
from tests.exports.word_records import body_text, reread, styled


def all_text(doc) -> str:
    return body_text(doc) + "\n" + "\n".join(c.text for t in doc.tables for r in t.rows
                                             for c in r.cells)


def test_the_statement_names_meetings_parties_versions_outcomes_and_disputes():
    doc = reread(render_statement(statement()))
    text = all_text(doc)
    assert styled(doc, "Title") == ["Verklaring op overeenstemming gericht overleg"]
    assert "Partijen:\tGemeente Lelystad, Gemeente Dronten" in styled(doc, "Overleg Gegevens")
    assert "Aanwezige partijen: Gemeente Dronten, SWV PO Flevoland" in text
    assert "Gemeente Dronten: niet akkoord (over concept 0.4): Thuiszitters" in text
    assert "1. OOGO met Lelystad. Uitkomst: overeenstemming bereikt." in text
    versions = doc.tables[0]
    assert [[c.text for c in r.cells] for r in versions.rows][1:] == [
        ["Gemeente Lelystad", "concept 0.3"], ["Gemeente Dronten", "concept 0.4"]]
    for town in TOWNS:
        assert town in text
    for step in STEPS:
        assert step in text
    assert "open; volgende stap: Kennisgeving van het geschil aan de andere partij, " \
           "uiterlijk 25-02-2014" in text


def test_the_public_statement_says_a_closed_point_was_left_out():
    text = all_text(reread(render_statement(statement(public=True))))
    assert text.count("Eén besloten punt is niet opgenomen.") == 2  # the meeting, the end
    assert "Openbare versie" in "".join(p.text for s in reread(render_statement(
        statement(public=True))).sections for p in s.header.paragraphs)


def test_the_matrix_has_a_row_per_municipality_and_a_column_per_step():
    doc = reread(render_status_matrix(matrix()))
    table = doc.tables[0]
    rows = [[c.text for c in r.cells] for r in table.rows]
    assert rows[0] == ["Gemeente", *STEPS]
    assert [r[0] for r in rows[1:]] == list(TOWNS)
    assert rows[1][2] == "afgerond 10-02-2014\nversie: concept 0.3\nuitkomst: " \
                         "overeenstemming bereikt"
    assert rows[2][2] == "te laat (uiterlijk 20-02-2014)\nversie: concept 0.4\n" \
                         "uitkomst: geschil\nopen geschil"
    assert rows[2][1] == "afgerond 08-01-2014"
    assert "Geschil: OOGO met Dronten" in all_text(doc)


def test_the_dispute_notice_names_the_parties_point_positions_and_deadlines():
    doc = reread(render_dispute_notice(notice()))
    text = all_text(doc)
    assert styled(doc, "Title") == ["Kennisgeving van een geschil"]
    assert "Aan:\tGemeente Dronten" in styled(doc, "Overleg Gegevens")
    assert "binnen twee weken" in text and "Geschillencommissie OOGO" in text
    assert "Antwoord van de andere partij (binnen twee weken) [Regeling Geschillencommissie " \
           "OOGO]" in text and "11-03-2014" in text
