"""`overleg check` verifies the audit chain: a row edited, deleted or inserted with
sqlite3 is reported by number, and so is a chain recomputed after an edit (it disagrees
with the anchors kept outside the file)."""

import shutil
import sqlite3
from datetime import date

import pytest

from overleg.cli.main import main
from overleg.domain.audit_chain import row_hash
from overleg.domain.followups import Target
from overleg.services.container import build_services
from overleg.services.demo import build_demo
from overleg.storage.database import open_database
from tests.helpers import editable_followup


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out + err


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    path = tmp_path_factory.mktemp("check") / "overleg.db"
    s = build_services(open_database(path))
    s.schemas.ensure_builtin()
    build_demo(s)
    s.db.close()
    return path


@pytest.fixture
def db_file(template, tmp_path):
    """The example, opened and closed once by Overleg here: its anchor is recorded."""
    path = tmp_path / "overleg.db"
    shutil.copy(template, path)
    build_services(open_database(path)).db.close()
    return path


def sql(path, statement, *params):
    conn = sqlite3.connect(path)
    try:
        conn.execute(statement, params)
        conn.commit()
    finally:
        conn.close()


def rows(path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT max(id) FROM audit_log").fetchone()[0]
    finally:
        conn.close()


def recompute_from(path, first: int) -> None:
    """What a careful forger does after an edit: every later hash made to fit again."""
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    try:
        prev = conn.execute("SELECT hash FROM audit_log WHERE id = ?", [first - 1]).fetchone()[0]
        for r in conn.execute("SELECT * FROM audit_log WHERE id >= ? ORDER BY id",
                              [first]).fetchall():
            h = row_hash(prev, r["id"], dict(r))
            conn.execute("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?",
                         [prev, h, r["id"]])
            prev = h
        conn.commit()
    finally:
        conn.close()


def test_an_untouched_trail_is_in_order(capsys, db_file):
    code, text = run(capsys, "check", "--db", db_file)
    assert code == 0
    assert f"Audittrail: in orde ({rows(db_file)} rijen, keten sluitend; 1 anker" in text


def test_an_edited_row_is_reported_by_number(capsys, db_file):
    sql(db_file, "UPDATE audit_log SET user = 'wethouder Jansen', host = 'RAADHUIS-PC' "
                 "WHERE id = 10")
    code, text = run(capsys, "check", "--db", db_file)
    assert code == 1 and "Audittrail: NIET in orde" in text
    assert "Rij 10 van het audittrail is buiten Overleg gewijzigd." in text


def test_a_deleted_row_is_reported_by_number(capsys, db_file):
    sql(db_file, "DELETE FROM audit_log WHERE id = 12")
    code, text = run(capsys, "check", "--db", db_file)
    assert code == 1
    assert "Tussen rij 11 en rij 13 van het audittrail ontbreekt een rij." in text


def test_an_inserted_row_is_reported_by_number(capsys, db_file):
    last = rows(db_file)
    sql(db_file, "INSERT INTO audit_log (at, user, table_name, record_uuid, action, field, "
                 "old_value, new_value) VALUES ('2013-10-01T09:00:00', 'wethouder Jansen', "
                 "'decisions', 'x', 'edited', 'text', 'a', 'b')")
    code, text = run(capsys, "check", "--db", db_file)
    assert code == 1
    assert f"Rij {last + 1} van het audittrail is niet door Overleg geschreven" in text


def test_the_last_rows_deleted_are_caught_by_the_anchor(capsys, db_file):
    last = rows(db_file)
    sql(db_file, "DELETE FROM audit_log WHERE id >= ?", last - 1)
    code, text = run(capsys, "check", "--db", db_file)
    assert code == 1
    assert (f"Het audittrail eindigt bij rij {last - 2}, maar het register van "
            f"gecontroleerde bestanden op deze computer legde rij {last} vast") in text


def test_an_edit_with_the_chain_recomputed_is_caught_by_the_anchors(capsys, db_file):
    assert run(capsys, "backup", "--db", db_file)[0] == 0  # anchors the first rows
    backed_up = rows(db_file)
    s = build_services(open_database(db_file), user="secretaris")
    f = editable_followup(s)
    s.followups.edit_text(f.id, f.text + " (aangevuld)")
    s.followups.retarget(f.id, Target(due_date=date(2014, 3, 1)))
    s.db.close()  # the new head is anchored in the record of verified files
    last = rows(db_file)
    assert last > backed_up

    sql(db_file, "UPDATE audit_log SET new_value = 'iets anders' WHERE id = ?", backed_up + 1)
    recompute_from(db_file, backed_up + 1)
    code, text = run(capsys, "check", "--db", db_file)
    assert code == 1
    assert (f"Rij {last} van het audittrail wijkt af van het register van gecontroleerde "
            f"bestanden op deze computer: een rij na rij {backed_up} en tot en met rij "
            f"{last} is veranderd en de keten herberekend.") in text

    # Working on in the rewritten file does not make the rewrite the new truth.
    s = build_services(open_database(db_file), user="secretaris")
    s.followups.edit_text(f.id, f.text)
    s.db.close()
    code, text = run(capsys, "check", "--db", db_file)
    assert code == 1 and f"Rij {last} van het audittrail wijkt af" in text
