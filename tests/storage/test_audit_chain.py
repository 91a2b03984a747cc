"""The audit trail is a hash chain: rows written by Overleg verify, migrated rows get
chained, and appending reads only the last row."""

import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from overleg.domain.audit_chain import GENESIS, value_digest, verify
from overleg.storage.audit_repo import AuditEntry, AuditRepo
from overleg.storage.database import open_database
from tests.helpers import editable_followup

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("schema_v*.db")),
                         ids=lambda p: p.stem)
def test_the_migration_chains_the_rows_of_every_released_version(tmp_path, fixture):
    path = tmp_path / "overleg.db"
    shutil.copy(fixture, path)
    old = sqlite3.connect(fixture)
    before = old.execute("SELECT id, action, old_value, new_value FROM audit_log "
                         "ORDER BY id").fetchall()
    old.close()
    assert len(before) > 10
    db = open_database(path)
    try:
        repo = AuditRepo(db)
        rows = list(repo.chain_rows())
        assert [(r["id"], r["action"], r["old_value"], r["new_value"]) for r in rows] == before
        assert all(r["hash"] and r["source"] == "" for r in rows)
        assert rows[0]["prev_hash"] == GENESIS
        assert all(b["prev_hash"] == a["hash"] for a, b in zip(rows, rows[1:], strict=False))
        assert verify(repo.chain_rows()) == []
    finally:
        db.close()


def _steps_to_append(db) -> int:
    steps = [0]

    def count() -> int:
        steps[0] += 1
        return 0
    db.conn.set_progress_handler(count, 10)
    try:
        AuditRepo(db).record(AuditEntry(at=datetime(2013, 12, 1), user="u",
                                        table_name="followups", record_uuid="x",
                                        action="edited"))
    finally:
        db.conn.set_progress_handler(None, 10)
    return steps[0]


def test_appending_costs_the_same_on_a_long_trail(tmp_path):
    db = open_database(tmp_path / "overleg.db")
    try:
        short = _steps_to_append(db)
        db.conn.executemany(
            "INSERT INTO audit_log (at, user, table_name, record_uuid, action, hash) "
            "VALUES ('2013-01-01T00:00:00', 'u', 't', ?, 'edited', 'h')",
            [(str(i),) for i in range(20_000)])
        db.conn.commit()
        assert _steps_to_append(db) < 2 * short  # a scan would take thousands more steps
        assert verify(AuditRepo(db).chain_rows())  # those rows were not chained by Overleg
    finally:
        db.close()


def test_the_example_trail_verifies(demo):
    assert demo.db["audit_log"].count > 20
    assert verify(AuditRepo(demo.db).chain_rows()) == []
    assert AuditRepo(demo.db).head()[0] == demo.db["audit_log"].count


def test_a_recorded_erasure_keeps_the_chain_verifiable(demo):
    """The design the AVG issue builds on: a name replaced by a pseudonym, the digest of
    the original kept, the erasure itself a chained event."""
    repo = AuditRepo(demo.db)
    open_point = editable_followup(demo)
    demo.followups.edit_text(open_point.id, "Besluit, op verzoek van Anouk Jansen aangepast.")
    demo.followups.edit_text(open_point.id, "Besluit aangepast.")
    target = repo.head()[0]
    repo.erase({target - 1: {"new_value": "Besluit, op verzoek van [persoon 1] aangepast.",
                             "user": "[gebruiker 1]"},
                target: {"old_value": "Besluit, op verzoek van [persoon 1] aangepast."}},
               AuditEntry(at=datetime(2014, 1, 6), user="functionaris", table_name="",
                          record_uuid="", action="", reason="verzoek AVG"))
    assert verify(repo.chain_rows()) == []
    stored = demo.db.execute("SELECT * FROM audit_log").fetchall()
    assert not any("Anouk Jansen" in str(v) for row in stored for v in row)

    # An 'erased' marker without a recorded erasure is an edit, even with the right digest.
    original = demo.db.execute("SELECT reason FROM audit_log WHERE id = 3").fetchone()[0]
    demo.db.execute("UPDATE audit_log SET erased = ?, reason = 'verzonnen' WHERE id = 3",
                    ['{"reason": "' + value_digest(original) + '"}'])
    assert [(b.row_id, b.message) for b in verify(repo.chain_rows())] == [
        (3, "Rij 3 van het audittrail is buiten Overleg gewijzigd (als gewist gemarkeerd "
            "zonder registratie).")]
