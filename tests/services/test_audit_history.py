"""Restores and archive imports in the audit trail: a restore records itself and moves
the anchor, a file put back without it shows as a rewind; audit rows from an archive are
kept as imported history, marked with their source, a forged one included."""

import json
import shutil
import zipfile
from datetime import datetime
from pathlib import Path

import pytest

from overleg.services.archive_service import export_archive, import_archive
from overleg.services.audit_service import check_trail
from overleg.services.backup_service import restore_file
from overleg.services.container import build_services
from overleg.services.demo import build_demo
from overleg.storage import audit_anchors
from overleg.storage.audit_repo import AuditRepo
from overleg.storage.database import open_database, open_memory
from tests.conftest import NOW
from tests.helpers import editable_followup

LATER = datetime(2013, 12, 2, 9, 0)


@pytest.fixture
def on_disk(tmp_path):
    path = tmp_path / "overleg.db"
    s = build_services(open_database(path), now=lambda: NOW, user="secretaris")
    s.schemas.ensure_builtin()
    build_demo(s)
    yield s, path
    s.db.close()


def trail_length(s) -> int:
    return s.db.execute("SELECT max(id) FROM audit_log").fetchone()[0]


def work_on(s, n: int = 3) -> None:
    f = editable_followup(s)
    for i in range(n):
        s.followups.edit_text(f.id, f"{f.text} ({i})")


def test_a_restore_records_itself_and_the_check_holds(on_disk):
    s, path = on_disk
    backup = s.backups.backup_now()
    at_backup = trail_length(s)
    work_on(s)
    before_restore = trail_length(s)
    s.ctx.now = lambda: LATER
    s.backups.restore(backup)

    last = s.audit.repo.events("database")[-1]
    assert (last.action, last.reason) == ("restored", f"hersteld uit reservekopie {backup.name}")
    assert (last.old_value, last.new_value) == (f"{before_restore} rijen", f"{at_backup} rijen")
    assert last.id == at_backup + 1 == trail_length(s)
    assert audit_anchors.recorded(path).row_id == at_backup + 1
    report = check_trail(s.db, path)
    assert report.breaks == [] and report.anchors >= 3  # record, backup, before-restore copy
    assert [e.action for e in report.events] == ["restored"]


def test_a_restore_from_the_command_line_records_itself(on_disk):
    s, path = on_disk
    backup = s.backups.backup_now()
    at_backup = trail_length(s)
    work_on(s)
    s.db.close()
    restore_file(path, backup, "beheerder", now=LATER)
    s.ctx.db = open_database(path)  # closed by the fixture
    last = AuditRepo(s.db).events("database")[-1]
    assert (last.user, last.id, last.reason) == (
        "beheerder", at_backup + 1, f"hersteld uit reservekopie {backup.name}")
    assert check_trail(s.db, path).breaks == []


def test_a_file_put_back_without_a_restore_shows_as_a_rewind(on_disk, tmp_path):
    s, path = on_disk
    old_copy = tmp_path / "oud.db"
    s.db.execute(f"VACUUM INTO '{old_copy}'")  # a copy as it stands, 49 rows, say
    work_on(s)
    last = trail_length(s)
    s.db.close()  # anchored at the new head
    shutil.copy(old_copy, path)  # 48 again, nothing recorded
    s.ctx.db = open_database(path)
    report = check_trail(s.db, path)
    assert report.breaks and report.breaks[0].row_id == last
    assert "ongemerkt teruggezet" in report.breaks[0].message


def forged_archive(source: Path, out: Path, uuid: str) -> None:
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(out, "w") as dst:
        for name in src.namelist():
            data = src.read(name)
            if name == "tabellen/audit_log.json":
                rows = json.loads(data)
                rows.append({**rows[-1], "id": rows[-1]["id"] + 1, "at": "2013-11-30T23:00:00",
                             "user": "wethouder Jansen", "host": "RAADHUIS-PC",
                             "table_name": "decisions", "record_uuid": uuid,
                             "action": "edited", "field": "text", "old_value": "x",
                             "new_value": "y", "hash": "0" * 64, "source": ""})
                data = json.dumps(rows).encode()
            dst.writestr(name, data)


def test_a_forged_audit_row_in_an_archive_is_kept_as_imported_history(demo, tmp_path):
    archive, forged = tmp_path / "archief.zip", tmp_path / "vervalst.zip"
    export_archive(demo.db, archive)
    decision = demo.db.execute("SELECT uuid FROM decisions LIMIT 1").fetchone()[0]
    forged_archive(archive, forged, decision)

    target = build_services(open_memory(), now=lambda: LATER, user="archivaris")
    import_archive(target.ctx, forged)
    trail = target.audit.for_record(decision)
    fake = next(e for e in trail if e.user == "wethouder Jansen")
    assert fake.imported and fake.source == "vervalst.zip"
    assert fake.imported_at == "2013-12-02T09:00:00"
    assert all(e.imported for e in trail)  # nothing from the archive is local history
    event = target.audit.repo.events("database")[-1]
    assert event.action == "archive_imported" and event.new_value == "vervalst.zip"
    assert event.user == "archivaris"
    assert "de keten in het archief klopt niet" in event.reason
    assert check_trail(target.db, None).breaks == []  # the local chain holds, marks included


def test_the_archive_carries_the_anchor_and_an_honest_one_verifies(demo, tmp_path):
    archive = tmp_path / "archief.zip"
    export_archive(demo.db, archive)
    with zipfile.ZipFile(archive) as z:
        anchor = json.loads(z.read("schema.json"))["audit_anchor"]
    assert anchor["rij"] == demo.db["audit_log"].count
    target = build_services(open_memory(), now=lambda: LATER, user="archivaris")
    import_archive(target.ctx, archive)
    import_archive(target.ctx, archive)  # nothing doubled, the second import recorded
    events = target.audit.repo.events("database")
    assert [e.action for e in events] == ["archive_imported"] * 2
    assert "de keten in het archief is sluitend" in events[0].reason
    assert events[1].reason.startswith("0 rijen audittrail")
    imported = target.db.execute("SELECT count(*) FROM audit_log WHERE source = "
                                 "'archief.zip'").fetchone()[0]
    assert imported == demo.db["audit_log"].count


def test_a_backup_from_an_older_version_restored_in_the_open_app_is_chained(on_disk):
    s, path = on_disk
    older = Path(__file__).resolve().parents[1] / "fixtures" / "schema_v3.db"
    s.backups.restore(older)
    last = s.audit.repo.events("database")[-1]
    assert last.reason == "hersteld uit reservekopie schema_v3.db"
    assert check_trail(s.db, path).breaks == []
