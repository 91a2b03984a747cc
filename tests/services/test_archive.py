"""Promise 7: the archive is complete, documented and open (JSON in a ZIP), rebuilds an
identical database, and merges by UUID without duplicates."""

import json
import threading
import zipfile

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from overleg.services.archive_service import export_archive, import_archive
from overleg.services.container import build_services
from overleg.services.progress import Cancelled
from overleg.storage import archive_tables
from overleg.storage.database import integrity_problems, open_memory
from overleg.storage.errors import NewerDatabase, NotOverlegDatabase
from overleg.storage.migrations import SCHEMA_VERSION
from tests.conftest import NOW
from tests.helpers import body_with_members, meeting


def contents(db) -> dict[str, list[dict]]:
    """Every record table but the audit trail, which an import extends (imported history
    and the import itself; see tests/services/test_audit_history.py)."""
    return {t: archive_tables.rows(db, t) for t in archive_tables.record_tables(db)
            if t != "audit_log"}


def audit_content(db) -> list[tuple]:
    return [(r["at"], r["user"], r["record_uuid"], r["action"], r["old_value"],
             r["new_value"]) for r in db.query(
                 "SELECT * FROM audit_log WHERE table_name != 'database' ORDER BY id")]


def fresh():
    return build_services(open_memory(), now=lambda: NOW, user="archivaris")


@pytest.fixture
def archive(demo, tmp_path):
    out = tmp_path / "archief.zip"
    export_archive(demo.db, out, documents=lambda: [("verslag-PFO-20130402.docx", b"PK..")])
    return out


def test_the_archive_is_documented_open_json_and_owner_only(demo, archive):
    assert archive.stat().st_mode & 0o077 == 0
    with zipfile.ZipFile(archive) as z:
        names = set(z.namelist())
        schema = json.loads(z.read("schema.json"))
        assert "LEESMIJ.txt" in names
        assert "documenten/verslag-PFO-20130402.docx" in names
        assert schema["schema_version"] == SCHEMA_VERSION
        for table, desc in schema["tables"].items():
            assert desc["description"], f"{table} is not described"
            rows = json.loads(z.read(desc["file"]))
            assert len(rows) == desc["rows"] == demo.db[table].count
            names_in_schema = [c["name"] for c in desc["columns"]]
            assert all(set(r) == set(names_in_schema) for r in rows)
        assert {"meetings", "decisions", "followups", "audit_log"} <= set(schema["tables"])
        assert not any("_fts" in t for t in schema["tables"])
        decision_cols = {c["name"]: c for c in schema["tables"]["decisions"]["columns"]}
        assert decision_cols["meeting_id"]["references"] == "meetings.id"


def test_import_into_an_empty_database_rebuilds_it_identically(demo, archive, tmp_path):
    target = fresh()
    summary = import_archive(target.ctx, archive)
    assert summary.records == sum(len(r) for r in contents(demo.db).values()) \
        + demo.db["audit_log"].count
    assert contents(target.db) == contents(demo.db)
    assert audit_content(target.db) == audit_content(demo.db)
    assert integrity_problems(target.db) == []
    assert [h.uuid for h in target.search.search("thuiszitters")] == \
        [h.uuid for h in demo.search.search("thuiszitters")]
    again = tmp_path / "opnieuw.zip"
    export_archive(target.db, again)
    with zipfile.ZipFile(archive) as a, zipfile.ZipFile(again) as b:
        tables = [n for n in a.namelist() if n.startswith("tabellen/") and "audit" not in n]
        assert all(a.read(n) == b.read(n) for n in tables)


def test_import_merges_by_uuid_without_duplicates(demo, archive):
    target = fresh()
    target.schemas.ensure_builtin()  # same schemas, other ids: matched, not doubled
    own = body_with_members(target, "EIG")
    import_archive(target.ctx, archive)
    # Part of the records goes missing, then the same archive comes in again.
    gone = target.meetings.listings()[3].meeting
    target.db.execute("DELETE FROM meetings WHERE id = ?", [gone.id])
    summary = import_archive(target.ctx, archive)
    assert summary.records > 0 and summary.existing > 0
    for table in ("bodies", "meetings", "agenda_items", "decisions", "followups",
                  "people", "milestones"):
        uuids = [r["uuid"] for r in target.db.query(f"SELECT uuid FROM {table}")]
        assert len(uuids) == len(set(uuids)), table
        expected = {r["uuid"] for r in demo.db.query(f"SELECT uuid FROM {table}")}
        assert expected <= set(uuids), table
    assert target.db["meetings"].count == demo.db["meetings"].count
    assert target.db["decisions"].count == demo.db["decisions"].count
    assert target.db["schemas"].count == demo.db["schemas"].count  # matched on code+version
    assert target.db["schema_themes"].count == demo.db["schema_themes"].count
    assert audit_content(target.db) == audit_content(demo.db)  # none doubled
    assert target.bodies.get(own).code == "EIG"
    assert integrity_problems(target.db) == []
    back = target.meetings.listings()[3].meeting
    assert back.uuid == gone.uuid and target.agenda.agenda(back.id)


def test_a_damaged_or_newer_archive_is_refused_and_nothing_changes(archive, tmp_path):
    target = fresh()
    bad = tmp_path / "kapot.zip"
    bad.write_bytes(archive.read_bytes()[:500])
    with pytest.raises(NotOverlegDatabase, match="geen \\(volledig\\) archief"):
        import_archive(target.ctx, bad)
    newer = tmp_path / "nieuwer.zip"
    with zipfile.ZipFile(archive) as src, zipfile.ZipFile(newer, "w") as dst:
        for name in src.namelist():
            data = src.read(name)
            if name == "schema.json":
                schema = json.loads(data)
                schema["migrations"].append("0099_future")
                data = json.dumps(schema).encode()
            dst.writestr(name, data)
    with pytest.raises(NewerDatabase):
        import_archive(target.ctx, newer)
    assert target.db["meetings"].count == 0


@settings(max_examples=25)
@given(text=st.text(min_size=1, max_size=200).filter(lambda t: t.strip()))
def test_any_text_survives_the_round_trip(tmp_path_factory, text):
    s = fresh()
    mid = meeting(s, body_with_members(s, "STT", n=1), (2013, 9, 19))
    try:
        s.minutes.take_decision(mid, text)
    except Exception:
        return  # refused by the domain's text rules: nothing to archive
    out = tmp_path_factory.mktemp("rt") / "a.zip"
    export_archive(s.db, out)
    target = fresh()
    import_archive(target.ctx, out)
    assert contents(target.db) == contents(s.db)


def test_each_table_is_written_as_indented_json_reports_progress_and_a_cancel_leaves_nothing(
        demo, archive, tmp_path):
    with zipfile.ZipFile(archive) as z:  # streamed, yet as json.dumps(rows, indent=1)
        data = z.read("tabellen/followups.json")
    assert data == json.dumps(json.loads(data), ensure_ascii=False, indent=1).encode("utf-8")
    reports: list[tuple[int, int]] = []
    again = tmp_path / "opnieuw.zip"
    export_archive(demo.db, again, progress=lambda done, total: reports.append((done, total)))
    assert reports and reports[-1][0] <= reports[-1][1] == sum(
        demo.db[t].count for t in archive_tables.record_tables(demo.db))
    cancel = threading.Event()
    cancel.set()
    stopped = tmp_path / "afgebroken.zip"
    with pytest.raises(Cancelled):
        export_archive(demo.db, stopped, cancel=cancel)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["archief.zip", "opnieuw.zip"]
