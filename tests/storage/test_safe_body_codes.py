"""Migration 0006: a body code the rule refuses ('PO/VO', stored by an older version or
another program) becomes a safe code derived from it; every link stays, the rename is in
the audit trail, and the body's listings, archive and mail drafts work again."""

import shutil
import sqlite3
import zipfile
from pathlib import Path

import pytest

from overleg.domain.errors import ValidationError
from overleg.domain.fields import derived_code, safe_code
from overleg.services.archive_service import export_archive, word_documents
from overleg.services.audit_service import check_trail
from overleg.services.container import build_services
from overleg.storage.database import open_database, schema_version
from overleg.storage.migrations import SCHEMA_VERSION
from tests.conftest import NOW

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "schema_v5.db"
MEETING = 7  # Stuurgroep Welzijn en Zorg (SWZ), 21 November 2013, minutes a draft
ADOPTED = 4  # SWZ, 9 September 2013, minutes adopted


@pytest.mark.parametrize(("stored", "taken", "expected"), [
    ("PO/VO", set(), "PO-VO"),
    ("PO/VO", {"po-vo"}, "PO-VO-2"),
    ("po\\vo:*", set(), "PO-VO"),
    ("...", set(), "ORGAAN"),
    ("A" * 30 + "/B", {"A" * 20}, "A" * 18 + "-2"),
])
def test_a_derived_code_is_one_the_rule_accepts_and_unique(stored, taken, expected):
    with pytest.raises(ValidationError):
        safe_code(stored)
    assert derived_code(stored, taken) == expected == safe_code(expected)


@pytest.fixture
def old_file(tmp_path):
    """A version-5 file in which SWZ was stored as 'PO/VO' and STT as 'PO-VO'."""
    path = tmp_path / "overleg.db"
    shutil.copy(FIXTURE, path)
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE bodies SET code = 'PO/VO' WHERE code = 'SWZ'")
        conn.execute("UPDATE bodies SET code = 'PO-VO' WHERE code = 'STT'")
        conn.execute("UPDATE decisions SET number = 'PO/VO' || substr(number, 4) "
                     "WHERE number LIKE 'SWZ-%'")
    before = {r[0]: r[1:] for r in conn.execute(
        "SELECT uuid, id, name FROM bodies")}
    links = conn.execute("SELECT count(*) FROM meetings m JOIN bodies b ON b.id = m.body_id "
                         "WHERE b.name = 'Stuurgroep Welzijn en Zorg'").fetchone()[0]
    conn.close()
    return path, before, links


def test_the_migration_renames_refused_codes_and_keeps_every_link(old_file):
    path, before, links = old_file
    db = open_database(path)
    assert schema_version(db) == SCHEMA_VERSION
    codes = {r["name"]: r["code"] for r in db.query("SELECT name, code FROM bodies")}
    assert codes["Stuurgroep Welzijn en Zorg"] == "PO-VO-2"  # 'PO-VO' was taken
    assert codes["Stuurgroep Talentontwikkeling"] == "PO-VO"
    assert {r["uuid"]: (r["id"], r["name"]) for r in db.query(
        "SELECT uuid, id, name FROM bodies")} == before
    swz = next(r["id"] for r in db.query(
        "SELECT id FROM bodies WHERE name = 'Stuurgroep Welzijn en Zorg'"))
    assert db.execute("SELECT count(*) FROM meetings WHERE body_id = ?",
                      [swz]).fetchone()[0] == links > 0
    numbers = {r["meeting_id"]: r["number"] for r in db.query(
        "SELECT meeting_id, number FROM decisions WHERE body_id = ?", [swz])}
    assert numbers[MEETING].startswith("PO-VO-2-2013")  # a draft follows the code
    assert numbers[ADOPTED].startswith("PO/VO-2013")  # adopted as it was numbered
    trail = list(db.query("SELECT * FROM audit_log WHERE table_name = 'bodies' "
                          "AND field = 'code'"))
    assert [(r["old_value"], r["new_value"]) for r in trail] == [("PO/VO", "PO-VO-2")]
    assert trail[0]["reason"] and trail[0]["hash"]
    db.close()


def test_after_the_migration_listings_archive_and_both_mail_drafts_work(old_file, tmp_path):
    path, _before, _links = old_file
    s = build_services(open_database(path), now=lambda: NOW, user="tester")
    try:
        assert "PO-VO-2" in {b.code for b in s.bodies.all()}
        assert any(x.body_code == "PO-VO-2" for x in s.meetings.listings())
        out = tmp_path / "archief.zip"
        export_archive(s.db, out, word_documents(s.ctx))
        assert s.ctx.skipped_records() == []
        with zipfile.ZipFile(out) as z:
            assert any(n.startswith("documenten/PO-VO-2-2013-11-21") for n in z.namelist())
        invitation = s.mail.invitation(MEETING, tmp_path)
        minutes = s.mail.draft_minutes(MEETING, tmp_path)
        for draft in invitation + minutes:
            assert draft.path.exists() and "PO-VO-2" in draft.path.name
        assert check_trail(s.db, path).sound
    finally:
        s.db.close()
