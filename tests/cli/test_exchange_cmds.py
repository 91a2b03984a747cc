"""`overleg exchange export|import` on the command line: the scope options, the text and
JSON listings, and a second import that finds nothing left to take over."""

import json
import shutil
import zipfile
from pathlib import Path

from overleg.cli.main import main
from overleg.storage.database import open_database

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "schema_v8.db"


def _copy(tmp_path, name):
    path = tmp_path / f"{name}.db"
    shutil.copy(FIXTURE, path)
    return path


def _records(package: Path) -> dict:
    with zipfile.ZipFile(package) as z:
        return json.loads(z.read("records.json"))


def test_export_by_meeting_body_or_all(tmp_path, capsys):
    db = _copy(tmp_path, "a")
    for args, name in ((["--meeting", "8"], "m"), (["--body", "SWZ"], "b"), (["--all"], "x")):
        assert main(["exchange", "export", "--db", str(db), *args,
                     "--out", str(tmp_path / f"{name}.overleg")]) == 0
        assert "records en" in capsys.readouterr().out
    one, body, everything = (_records(tmp_path / f"{n}.overleg") for n in "mbx")
    assert len(one["meetings"]) == 1
    assert len(one["meetings"]) < len(body["meetings"]) < len(everything["meetings"])
    assert all("id" not in row and "_version" in row for row in everything["agenda_items"])
    assert main(["exchange", "export", "--db", str(db), "--body", "GEEN",
                 "--out", str(tmp_path / "n.overleg")]) == 1
    assert "Er is geen overlegorgaan 'GEEN'" in capsys.readouterr().err
    assert not (tmp_path / "n.overleg").exists()


def test_a_new_database_takes_everything_once(tmp_path, capsys):
    source, target = _copy(tmp_path, "bron"), tmp_path / "leeg.db"
    package = tmp_path / "alles.overleg"
    assert main(["exchange", "export", "--db", str(source), "--all", "--out",
                 str(package)]) == 0
    open_database(target).close()  # a new, empty database to read into
    assert main(["exchange", "import", "--db", str(target), str(package), "--dry-run"]) == 0
    listing = capsys.readouterr().out
    assert "er is niets veranderd" in listing
    assert main(["exchange", "import", "--db", str(target), str(package),
                 "--accept-all"]) == 0
    capsys.readouterr()
    assert main(["exchange", "import", "--db", str(target), str(package), "--json"]) == 0
    again = json.loads(capsys.readouterr().out)["differences"]
    assert [d for d in again if d["theirs"]] == []  # all taken over, nothing doubled
    import sqlite3

    conn = sqlite3.connect(target)
    try:
        for table in ("meetings", "agenda_items", "decisions", "followups"):
            counts = [c.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                      for c in (conn, sqlite3.connect(source))]
            assert counts[0] == counts[1], table
    finally:
        conn.close()


def test_a_body_made_on_both_sides_under_its_own_uuid_is_one_body(tmp_path, capsys):
    """The other party created the same body (same code) itself: it is referred to, not
    added again; its meetings come in under it."""
    source, target = _copy(tmp_path, "bron"), _copy(tmp_path, "doel")
    import sqlite3

    with sqlite3.connect(source) as conn:
        conn.execute("UPDATE bodies SET uuid = '00000000-0000-4000-8000-000000000001' "
                     "WHERE code = 'STT'")
        conn.execute("UPDATE meetings SET uuid = '00000000-0000-4000-8000-000000000002' "
                     "WHERE id = 8")
    conn.close()
    package = tmp_path / "m.overleg"
    assert main(["exchange", "export", "--db", str(source), "--meeting", "8", "--out",
                 str(package)]) == 0
    capsys.readouterr()
    assert main(["exchange", "import", "--db", str(target), str(package), "--json",
                 "--accept-all"]) == 0
    found = json.loads(capsys.readouterr().out)["differences"]
    assert not [d for d in found if d["table"] == "bodies"]
    conn = sqlite3.connect(target)
    try:
        assert conn.execute("SELECT count(*) FROM bodies WHERE code = 'STT'").fetchone()[0] == 1
        assert conn.execute("SELECT b.code FROM meetings m JOIN bodies b ON b.id = m.body_id "
                            "WHERE m.uuid = '00000000-0000-4000-8000-000000000002'"
                            ).fetchone()[0] == "STT"
    finally:
        conn.close()
