"""Issue 11, 'every entrance validates with the same rules': archives someone else wrote.
Each hostile archive is refused as a whole, naming table, record and field, and the
database file stays byte-identical; a UUID that exists here with other content is
reported field by field and the local record is kept. The same bad value gives the same
sentence through a service, the archive import and the spreadsheet import."""

import hashlib
import json
import uuid as uuidlib
import zipfile

import pytest

from overleg.cli.main import main
from overleg.domain.errors import ValidationError
from overleg.domain.organisations import Person
from overleg.services.archive_service import export_archive, import_archive
from overleg.services.container import build_services
from overleg.services.intake.report import IntakeRefused
from overleg.storage.database import open_database


@pytest.fixture
def source(tmp_path, capsys):
    """The example database as a file, and its archive."""
    db = tmp_path / "bron.db"
    assert main(["demo", "--db", str(db)]) == 0
    s = build_services(open_database(db))
    out = tmp_path / "bron.zip"
    export_archive(s.db, out)
    s.db.close()
    capsys.readouterr()
    return db, out


@pytest.fixture
def target(tmp_path, capsys):
    """A database of its own with a body, so a refusal has something to leave alone."""
    db = tmp_path / "doel.db"
    assert main(["demo", "--db", str(db)]) == 0
    capsys.readouterr()
    return db


def spoiled(archive, out, table, change):
    """A copy of the archive with the rows of one table changed as another program
    might; `change` returns the uuid of the record it spoiled."""
    with zipfile.ZipFile(archive) as src, zipfile.ZipFile(out, "w") as dst:
        for name in src.namelist():
            data = src.read(name)
            if name == f"tabellen/{table}.json":
                rows = json.loads(data)
                spoiled.uuid = change(rows)
                data = json.dumps(rows).encode()
            dst.writestr(name, data)
    return out, spoiled.uuid


def _set(column, value, *, new_uuid=True, index=2):
    def change(rows):
        row = rows[index]
        row[column] = value
        if new_uuid:  # a record this database lacks: it would be added
            row["uuid"] = str(uuidlib.uuid4())
        return row.get("uuid")
    return change


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


HOSTILE = {
    "wrong enum value": ("followups", _set("status", "gehackt"), "status", "gehackt"),
    "wrong meeting status": ("meetings", _set("status", "vergaderd"), "status", "vergaderd"),
    "over-long text": ("agenda_items", _set("notes", "x" * 2_000_001), "aantekeningen",
                       "te lang"),
    "over-long abbreviation": ("organisations", _set("short_name", "A" * 41), "afkorting",
                               "te lang"),
    "invalid e-mail": ("people", _set("email", "Ingrid Bos <i.bos@lelystad.example>"),
                       "e-mail", "geen geldig e-mailadres"),
    "path-like body code": ("bodies", _set("code", "../../STT"), "code", "mag geen /"),
    "path-like uuid": ("decisions", _set("uuid", "../../etc/passwd", new_uuid=False),
                       "uuid", "geen geldige UUID"),
    "date that is none": ("milestones", _set("due", "binnenkort"), "datum", "geen geldige datum"),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_a_hostile_archive_is_refused_naming_the_record_and_nothing_changes(
        source, target, tmp_path, capsys, case):
    table, change, field, words = HOSTILE[case]
    bad, record = spoiled(source[1], tmp_path / "vijandig.zip", table, change)
    before = digest(target)
    code = main(["import-archive", "--db", str(target), str(bad)])
    _out, err = capsys.readouterr()
    assert code == 1
    refused = [line for line in err.splitlines() if line.startswith("geweigerd:")]
    assert len(refused) == 1, err
    assert f"{table} {record}, veld '{field}'" in refused[0] and words in refused[0]
    assert "niet ingelezen" in err and "niets veranderd" in err
    assert digest(target) == before


def test_a_hostile_archive_into_a_new_database_leaves_it_empty(source, tmp_path):
    bad, _ = spoiled(source[1], tmp_path / "vijandig.zip", "followups",
                     _set("status", "gehackt"))
    s = build_services(open_database(tmp_path / "nieuw.db", create=True))
    try:
        with pytest.raises(IntakeRefused):
            import_archive(s.ctx, bad)
        assert s.db["followups"].count == 0 and s.db["meetings"].count == 0
    finally:
        s.db.close()


def test_a_uuid_that_collides_with_other_content_is_reported_and_the_local_one_kept(
        source, tmp_path, capsys):
    db, archive = source
    bad, record = spoiled(archive, tmp_path / "botsing.zip", "followups",
                          _set("text", "Vervalst actiepunt", new_uuid=False))
    s = build_services(open_database(db))
    local_text = next(s.db.query("SELECT text FROM followups WHERE uuid = ?", [record]))["text"]
    s.db.close()
    code = main(["import-archive", "--db", str(db), str(bad)])
    out, err = capsys.readouterr()
    assert code == 0, err
    kept = [line for line in out.splitlines() if line.startswith("niet overgenomen:")]
    assert len(kept) == 1 and f"followups {record}" in kept[0] and "(text)" in kept[0]
    assert "niet overschreven" in out
    s = build_services(open_database(db))
    try:
        rows = list(s.db.query("SELECT text FROM followups WHERE uuid = ?", [record]))
        assert [r["text"] for r in rows] == [local_text]
    finally:
        s.db.close()


def test_the_same_bad_value_gives_the_same_sentence_on_every_path(source, tmp_path):
    """An owner's name of 501 characters: typed (service), archived, in a spreadsheet."""
    long_name = "Karin de Wit " + "x" * 488
    db, archive = source
    s = build_services(open_database(db))
    try:
        with pytest.raises(ValidationError) as typed:
            s.bodies.add_person(Person(long_name))
        bad, _ = spoiled(archive, tmp_path / "lang.zip", "people", _set("name", long_name))
        with pytest.raises(IntakeRefused) as archived:
            import_archive(s.ctx, bad)
        sheet = tmp_path / "acties.csv"
        sheet.write_text(f"Actiepunt;Eigenaar\nNotitie opstellen;{long_name}\n",
                         encoding="utf-8")
        with pytest.raises(IntakeRefused) as imported:
            s.imports.import_file(sheet)
    finally:
        s.db.close()
    sentence = str(typed.value)
    assert "'naam' is te lang" in sentence
    assert [r.sentence for r in archived.value.refusals] == [sentence]
    assert [r.sentence for r in imported.value.refusals] == [sentence]
    assert imported.value.refusals[0].record == "regel 2"
    assert archived.value.refusals[0].table == imported.value.refusals[0].table == "people"
