"""The access export (AVG inzage): every record that names the person is in it."""

import json
import zipfile

import pytest

from overleg.cli.main import main
from overleg.domain.errors import NotFoundError

NAME = "Anouk Jansen"


def _naming(db, person_id: int) -> set[tuple[str, int]]:
    """Every (table, row) that names the person, found here independently: any text
    column holding the name or her address, or a reference to her record."""
    found = set()
    email = db.execute("SELECT email FROM people WHERE id = ?", [person_id]).fetchone()[0]
    tables = [r[0] for r in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE "
        "VIRTUAL%' AND name NOT LIKE '%fts%' AND name NOT LIKE 'sqlite%' AND name NOT IN "
        "('_sqlite_migrations', 'change_log', 'audit_log')")]
    for t in tables:
        cols = [c[1] for c in db.execute(f"PRAGMA table_info([{t}])")]
        for rowid, *values in db.execute(f"SELECT rowid, {', '.join(cols)} FROM [{t}]"):
            if any(isinstance(v, str) and (NAME.lower() in v.lower() or email in v)
                   for v in values):
                found.add((t, rowid))
    for t, c in (("attendance", "person_id"), ("body_members", "person_id"),
                 ("followups", "owner_person_id")):
        found |= {(t, r[0]) for r in db.execute(f"SELECT id FROM {t} WHERE {c} = ?",
                                                 [person_id])}
    return found


def _exported(path) -> tuple[set[tuple[str, int]], str, list[str]]:
    files = {"persoon": "people", "lidmaatschappen": "body_members",
             "aanwezigheid": "attendance", "actiepunten": "followups"}
    got = set()
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        for stem, table in files.items():
            got |= {(table, r["id"]) for r in json.loads(z.read(f"{stem}.json"))}
        got |= {(r["tabel"], r["id"]) for r in json.loads(z.read("vermeldingen.json"))}
        return got, z.read("overzicht.md").decode("utf-8"), names


def test_the_export_holds_every_record_that_names_the_person(demo, tmp_path):
    s = demo
    person = s.bodies.people.find_person(NAME)
    s.ctx.audit("people", person.uuid, "updated", field="function", old="adviseur",
                new="beleidsadviseur onderwijs")
    expected = _naming(s.db, person.id)
    assert {t for t, _ in expected} >= {"people", "attendance", "body_members",
                                        "followups", "agenda_items"}
    out = tmp_path / "inzage.zip"
    s.person_data.export(NAME, out)
    got, overview, names = _exported(out)
    assert expected <= got, expected - got
    assert "## Aanwezigheid (3)" in overview and "a.jansen@lelystad.example" in overview
    assert {"overzicht.md", "audittrail.json", "audittrail.csv"} <= set(names)
    with zipfile.ZipFile(out) as z:
        trail = json.loads(z.read("audittrail.json"))
    assert [r["field"] for r in trail] == ["function"]


def test_the_command_writes_the_zip_and_refuses_an_unknown_name(tmp_path, capsys):
    path, out = tmp_path / "demo.db", tmp_path / "inzage.zip"
    assert main(["demo", "--db", str(path)]) == 0
    assert main(["person", "export", "--db", str(path), "--person", NAME,
                 "--out", str(out)]) == 0
    assert "3 aanwezigheid" in capsys.readouterr().out
    assert zipfile.is_zipfile(out)
    assert main(["person", "export", "--db", str(path), "--person", "Niemand",
                 "--out", str(tmp_path / "x.zip")]) == 1
    assert "niets opgeslagen over 'Niemand'" in capsys.readouterr().err
    assert not (tmp_path / "x.zip").exists()


def test_nothing_stored_is_refused(demo, tmp_path):
    with pytest.raises(NotFoundError):
        demo.person_data.export("Niemand Bekend", tmp_path / "x.zip")
