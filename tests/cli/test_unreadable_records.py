"""Finding 5 of issue 11: one stored record the app would refuse (written with sqlite3 by
another program) is left out of listings and exports with a warning naming it, instead of
making them fail; an action on that record fails with a sentence naming it."""

import sqlite3
import zipfile

import pytest

from overleg.cli.main import main
from overleg.services.container import build_services
from overleg.storage.database import open_database
from overleg.storage.unreadable import UnreadableRecord

BAD = {  # (table, column, value) a program other than Overleg wrote
    "status": ("followups", "status", "gehackt"),
    "long text": ("followups", "text", "x" * 50_000_000),
    "bad date": ("followups", "done_on", "gisteren"),
}


def _spoil(path, table, column, value, row_id=3) -> str:
    with sqlite3.connect(path) as con:
        con.execute(f"UPDATE {table} SET {column} = ? WHERE id = ?", [value, row_id])
        return con.execute(f"SELECT uuid FROM {table} WHERE id = ?", [row_id]).fetchone()[0]


@pytest.fixture
def demo_db(tmp_path, capsys):
    path = tmp_path / "demo.db"
    assert main(["demo", "--db", str(path)]) == 0
    capsys.readouterr()
    return path


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("bad", sorted(BAD))
def test_action_list_and_its_exports_leave_out_the_bad_followup_and_name_it(
        capsys, demo_db, tmp_path, bad):
    uuid = _spoil(demo_db, *BAD[bad])
    code, out, err = run(capsys, "actions", "--db", demo_db)
    assert code == 0 and len(out.splitlines()) > 5
    warning = [line for line in err.splitlines() if uuid in line]
    assert len(warning) == 1 and "followups" in warning[0] and "overgeslagen" in warning[0]
    for argv in (["export", "actions", "--out", tmp_path / "a.docx"],
                 ["export", "xlsx", "actions", "--out", tmp_path / "a.xlsx"]):
        code, _, err = run(capsys, *argv, "--db", demo_db)
        assert code == 0, err
        assert uuid in err and "Onverwachte fout" not in err
    assert (tmp_path / "a.docx").stat().st_size > 0 and (tmp_path / "a.xlsx").exists()


def test_export_archive_still_works_with_a_bad_followup_and_keeps_its_row(
        capsys, demo_db, tmp_path):
    uuid = _spoil(demo_db, "followups", "status", "gehackt")
    code, _, err = run(capsys, "export-archive", "--db", demo_db, "--out", tmp_path / "a.zip")
    assert code == 0, err
    assert uuid in err
    with zipfile.ZipFile(tmp_path / "a.zip") as z:
        assert "actielijst.docx" in [n.rsplit("/", 1)[-1] for n in z.namelist()]


def test_a_bad_meeting_is_left_out_of_the_meetings_list(capsys, demo_db):
    uuid = _spoil(demo_db, "meetings", "status", "gehackt", row_id=2)
    code, out, err = run(capsys, "meetings", "--db", demo_db)
    assert code == 0 and len(out.splitlines()) == 9
    assert uuid in err and "meetings" in err


def test_a_person_with_a_name_in_the_address_does_not_stop_documents_or_mail(
        capsys, demo_db, tmp_path):
    _spoil(demo_db, "people", "email", "Ingrid Bos <i.bos@lelystad.example>", row_id=1)
    code, _, err = run(capsys, "export-archive", "--db", demo_db, "--out", tmp_path / "a.zip")
    assert code == 0, err
    s = build_services(open_database(demo_db))
    try:
        meeting = s.meetings.listings()[-1].meeting
        draft = s.mail.invitation_draft(meeting.id, tmp_path)
        assert draft.path.exists()
    finally:
        s.db.close()


def test_a_body_code_with_a_slash_does_not_break_export_archive(capsys, demo_db, tmp_path):
    uuid = _spoil(demo_db, "bodies", "code", "STT/PO", row_id=1)
    code, _, err = run(capsys, "export-archive", "--db", demo_db, "--out", tmp_path / "a.zip")
    assert code == 0, err
    assert uuid in err
    with zipfile.ZipFile(tmp_path / "a.zip") as z:
        assert all(n.count("/") == 1 for n in z.namelist() if n.startswith("documenten/"))


def test_an_action_on_the_bad_record_is_refused_with_its_name(demo_db):
    uuid = _spoil(demo_db, "followups", "status", "gehackt")
    s = build_services(open_database(demo_db))
    try:
        with pytest.raises(UnreadableRecord, match=f"actiepunt {uuid} .*gehackt"):
            s.followups.mark_done(3, "klaar")
        assert s.followups.get(4).id == 4  # the others still work
        listed = s.followups.all(s.followups.filter())
        assert 3 not in [x.followup.id for x in listed]
        assert [uuid in w for w in s.ctx.skipped_records()] == [True]
    finally:
        s.db.close()


def test_an_unreadable_attendee_is_left_out_of_the_minutes_and_named(demo_db, tmp_path):
    with sqlite3.connect(demo_db) as con:
        meeting_id, person_id = con.execute(
            "SELECT meeting_id, person_id FROM attendance WHERE status = 'present' "
            "ORDER BY meeting_id, person_id").fetchone()
        names = [n for (n,) in con.execute(
            "SELECT p.name FROM attendance a JOIN people p ON p.id = a.person_id "
            "WHERE a.meeting_id = ? AND a.status = 'present' AND p.id != ?",
            [meeting_id, person_id])]
    uuid = _spoil(demo_db, "people", "name", "", row_id=person_id)
    s = build_services(open_database(demo_db))
    try:
        present = s.documents.meeting_record(meeting_id).people.present
        assert names and len(present) == len(names)
        assert all(any(p.startswith(n) for p in present) for n in names)
        assert s.documents.minutes(meeting_id, tmp_path / "v.docx").exists()
        assert any(uuid in w for w in s.ctx.skipped_records())
    finally:
        s.db.close()
