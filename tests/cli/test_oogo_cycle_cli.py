"""A support-plan OOGO cycle with two municipalities on the command line, from an empty
database: procedure, meetings, positions, a dispute, warnings at the right days."""

import json

import docx
import openpyxl
import pytest

from overleg.cli.main import main


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def cycle(tmp_path, capsys):
    db = tmp_path / "leeg.db"
    code, out, err = run(capsys, "procedures", "new", "ondersteuningsplan", "--year", 2027,
                         "--lead", "SWV PO Flevoland", "--party", "Gemeente Lelystad",
                         "--party", "Gemeente Dronten", "--db", db)
    assert code == 0, err
    return db


def docx_text(path) -> str:
    d = docx.Document(str(path))
    return "\n".join([p.text for p in d.paragraphs]
                     + [c.text for t in d.tables for r in t.rows for c in r.cells])


def steps(capsys, db, *extra):
    code, out, err = run(capsys, "milestones", "--db", db, "--json", "--all", *extra)
    assert code == 0, err
    return {(r["title"]): r for r in json.loads(out)}


def test_the_support_plan_steps_from_an_empty_database(capsys, cycle):
    rows = steps(capsys, cycle)
    inspection = rows["Ondersteuningsplan naar de inspectie (vóór 1 mei)"]
    assert inspection["due"] == "2027-05-01" and inspection["due_mark"] == "zaterdag"
    parties = {r["party"] for r in rows.values() if r["procedure_id"] == 1}
    assert {"Gemeente Lelystad", "Gemeente Dronten"} <= parties
    assert rows["Volgend ondersteuningsplan naar de inspectie (uiterlijk vier jaar later)"][
        "due"] == "2031-05-01"


@pytest.mark.parametrize("as_of, status, days", [("2027-04-30", "soon", 1),
                                                 ("2027-05-01", "today", 0),
                                                 ("2027-05-02", "overdue", -1)])
def test_warnings_before_on_and_after_the_inspection_deadline(capsys, cycle, as_of, status,
                                                              days):
    rows = steps(capsys, cycle, "--as-of", as_of, "--due-within", 14)
    inspection = rows["Ondersteuningsplan naar de inspectie (vóór 1 mei)"]
    assert (inspection["status"], inspection["days_left"]) == (status, days)
    assert "Volgend ondersteuningsplan naar de inspectie (uiterlijk vier jaar later)" not in rows
    code, out, _ = run(capsys, "milestones", "--db", cycle, "--as-of", as_of)
    first = out.splitlines()[0]
    assert first.startswith("Termijnen:") and "te laat" in first  # the earlier steps
    if status == "overdue":
        assert "TE LAAT" in next(line for line in out.splitlines() if "inspectie (vóór" in line)


def test_a_step_without_a_meeting_warns_until_one_is_planned(capsys, cycle):
    rows = steps(capsys, cycle, "--as-of", "2027-01-20")
    oogo = rows["OOGO over het concept-ondersteuningsplan — Gemeente Lelystad"]
    assert oogo["meeting_needed_by"] == "2027-02-18"
    code, out, _ = run(capsys, "procedures", "meeting", oogo["id"], "--at", "2027-02-10 14:00",
                       "--db", cycle)
    assert code == 0
    rows = steps(capsys, cycle, "--as-of", "2027-01-20")
    assert rows["OOGO over het concept-ondersteuningsplan — Gemeente Lelystad"][
        "meeting_needed_by"] is None
    assert rows["OOGO over het concept-ondersteuningsplan — Gemeente Dronten"][
        "meeting_needed_by"] == "2027-02-18"


def test_the_whole_cycle_with_positions_and_a_dispute(capsys, cycle, tmp_path):
    rows = steps(capsys, cycle)
    ids = {r["title"].split(" — ")[-1]: r["id"] for r in rows.values()}
    concept = rows["Concept-ondersteuningsplan gereed voor OOGO"]["id"]
    adoption = rows["Vaststelling door het bestuur van het samenwerkingsverband"]["id"]
    assert run(capsys, "milestones", "done", concept, "--on", "2027-01-08", "--db", cycle)[0] == 0
    items = {}
    for town, day in (("Gemeente Lelystad", "2027-02-10"), ("Gemeente Dronten", "2027-02-11")):
        code, out, _ = run(capsys, "procedures", "meeting", ids[town], "--at", f"{day} 14:00",
                           "--db", cycle)
        items[town] = int(out.split("agendapunt ")[1].rstrip(".\n"))
    run(capsys, "positions", "set", items["Gemeente Lelystad"], "--party", "Gemeente Lelystad",
        "--stance", "akkoord", "--text", "Leerlingenvervoer goed geregeld", "--version",
        "concept 0.3", "--db", cycle)
    run(capsys, "positions", "set", items["Gemeente Dronten"], "--party", "Gemeente Dronten",
        "--stance", "niet akkoord", "--text", "Thuiszitters onvoldoende uitgewerkt",
        "--version", "concept 0.3", "--db", cycle)
    run(capsys, "positions", "set", items["Gemeente Dronten"], "--party", "SWV PO Flevoland",
        "--stance", "voorbehoud", "--version", "concept 0.3", "--db", cycle)
    code, out, _ = run(capsys, "positions", "--search", "thuiszit", "--db", cycle, "--json")
    assert [r["party"] for r in json.loads(out)] == ["Gemeente Dronten"]
    # Adoption is refused while OOGO with Dronten has not taken place.
    run(capsys, "milestones", "done", ids["Gemeente Lelystad"], "--on", "2027-02-10", "--db",
        cycle)
    code, _, err = run(capsys, "milestones", "done", adoption, "--db", cycle)
    assert code == 1 and "Gemeente Dronten" in err
    # Dronten ends in a dispute: its track runs from the meeting's day.
    assert run(capsys, "positions", "outcome", items["Gemeente Dronten"], "dispute", "--db",
               cycle)[0] == 0
    code, out, _ = run(capsys, "disputes", "--db", cycle)
    assert f"disputes open {items['Gemeente Dronten']}" in out
    code, out, err = run(capsys, "disputes", "open", items["Gemeente Dronten"], "--db", cycle)
    assert code == 0, err
    code, out, _ = run(capsys, "disputes", "--db", cycle, "--json")
    dispute = json.loads(out)[0]
    due = {s["step"]: s["due"] for s in dispute["steps"]}
    assert dispute["parent_id"] == 1 and due["ontstaan"] == "2027-02-11"
    code, out, err = run(capsys, "export", "dispute-notice", "--dispute", dispute["id"],
                         "--out", tmp_path / "kennisgeving.docx", "--db", cycle)
    assert code == 0, err
    notice = docx_text(tmp_path / "kennisgeving.docx")
    assert "Thuiszitters onvoldoende uitgewerkt" in notice and "25-02-2027" in notice
    assert due["kennisgeving"] == "2027-02-25" and due["antwoord"] == "2027-03-11"
    notice = next(s["id"] for s in dispute["steps"] if s["step"] == "kennisgeving")
    code, out, _ = run(capsys, "milestones", "done", notice, "--on", "2027-03-01", "--db", cycle)
    assert "15-03-2027" in out  # the answer is due two weeks after the actual notice
    rows = steps(capsys, cycle, "--as-of", "2027-03-16", "--due-within", 7)
    answer = rows["Antwoord van de andere partij (binnen twee weken)"]
    assert answer["status"] == "overdue" and answer["procedure"].startswith("Geschil")
    code, _, _ = run(capsys, "disputes", "close", dispute["id"], "--result",
                     "Bindend advies: plan aangevuld", "--on", "2027-03-20", "--db", cycle)
    assert code == 0
    rows = steps(capsys, cycle, "--as-of", "2027-03-21", "--due-within", 7)
    assert rows["Antwoord van de andere partij (binnen twee weken)"]["status"] == "done"
    # The statement: meetings, parties, versions, outcome per point, disputes.
    code, out, err = run(capsys, "export", "statement", "--procedure", 1, "--out",
                         tmp_path / "verklaring.docx", "--db", cycle)
    assert code == 0, err
    statement = docx_text(tmp_path / "verklaring.docx")
    for expected in ("woensdag 10 februari 2027", "donderdag 11 februari 2027",
                     "Gemeente Lelystad: akkoord (over concept 0.3): Leerlingenvervoer goed "
                     "geregeld", "Uitkomst: geschil.", "Bindend advies: plan aangevuld",
                     "Vaststelling door het bestuur van het samenwerkingsverband"):
        assert expected in statement, expected
    code, out, err = run(capsys, "export", "matrix", "--swv", "SWV PO Flevoland", "--out",
                         tmp_path / "status.xlsx", "--db", cycle)
    assert code == 0, err
    sheet = openpyxl.load_workbook(tmp_path / "status.xlsx")["OOGO-status"]
    towns = {row[1].value for row in sheet.iter_rows(min_row=2)}
    assert towns == {"Gemeente Lelystad", "Gemeente Dronten"}
    code, _, err = run(capsys, "export", "matrix", "--swv", "Onbekend SWV", "--out",
                       tmp_path / "x.docx", "--db", cycle)
    assert code == 1 and err.count("\n") == 1 and not (tmp_path / "x.docx").exists()


def test_milestones_by_hand(capsys, tmp_path):
    db = tmp_path / "hand.db"
    code, out, err = run(capsys, "milestones", "add", "Kadernota Jeugdzorg", "--due",
                         "2027-05-06", "--legal-basis", "Jeugdwet art. 2.2", "--db", db)
    assert code == 0, err
    rows = steps(capsys, db)
    m = rows["Kadernota Jeugdzorg"]
    assert m["due_mark"] == "Hemelvaartsdag" and m["kind"] == "statutory"
    run(capsys, "milestones", "edit", m["id"], "--due", "2027-05-07", "--kind", "policy",
        "--db", db)
    m = steps(capsys, db)["Kadernota Jeugdzorg"]
    assert (m["due"], m["due_mark"], m["kind"]) == ("2027-05-07", "", "policy")
    assert run(capsys, "milestones", "delete", m["id"], "--db", db)[0] == 0
    assert steps(capsys, db) == {}
    code, _, err = run(capsys, "milestones", "done", 99, "--db", db)
    assert code == 1 and err.count("\n") == 1


def test_milestones_as_a_calendar(capsys, cycle, tmp_path):
    out_file = tmp_path / "termijnen.ics"
    code, out, err = run(capsys, "export", "milestones", "--out", out_file, "--db", cycle)
    assert code == 0, err
    ics = out_file.read_bytes().decode("utf-8").replace("\r\n ", "").replace("\r\n", "\n")
    assert ics.count("BEGIN:VEVENT") == 6  # five steps, the OOGO one per municipality
    assert "DTSTART;VALUE=DATE:20270501" in ics
    assert "SUMMARY:Termijn: Ondersteuningsplan naar de inspectie (vóór 1 mei) (zaterdag)" \
        in ics
    with pytest.raises(SystemExit) as refused:
        run(capsys, "export", "milestones", "--out", tmp_path / "x.txt", "--db", cycle)
    assert refused.value.code == 2 and ".ics" in capsys.readouterr().err
