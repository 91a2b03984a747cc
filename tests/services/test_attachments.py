"""Documents per agenda item: kept once by content, replaced with history, deleted and
brought back by undo; bad files refused with one sentence and nothing stored."""

import hashlib
import os

import pytest

from overleg.domain.errors import NotFoundError, OverlegError
from overleg.storage.attachment_repo import AttachmentRepo
from tests.services.attachment_fixtures import (
    a_pdf,
    item_of,
    service,
    stored_files,
    zip_bomb,
)


def test_attach_keeps_record_bytes_and_text(demo, tmp_path):
    att = service(demo, tmp_path)
    item = item_of(demo)
    path = a_pdf(tmp_path, "Notitie passend onderwijs.pdf")
    a = att.attach(item, path, version="v2", title="Notitie")
    assert (a.title, a.version, a.file_name) == ("Notitie", "v2",
                                                  "Notitie passend onderwijs.pdf")
    assert a.size == path.stat().st_size and a.media_type == "application/pdf"
    assert a.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert att.path_of(a).read_bytes() == path.read_bytes()
    stored = AttachmentRepo(demo.db).get(a.id)
    assert "thuiszitters" in stored.text
    assert [x.id for x in att.for_item(item)] == [a.id]


def test_same_file_twice_is_kept_once(demo, tmp_path):
    att = service(demo, tmp_path)
    path = a_pdf(tmp_path)
    att.attach(item_of(demo, n=1), path)
    att.attach(item_of(demo, n=2), path)
    assert len(stored_files(att.store)) == 1


def test_replace_keeps_the_older_version(demo, tmp_path):
    att = service(demo, tmp_path)
    item = item_of(demo)
    first = att.attach(item, a_pdf(tmp_path, "a.pdf", "Versie een"), title="Notitie")
    newer = att.replace(first.id, att.prepare(a_pdf(tmp_path, "b.pdf", "Versie twee")),
                        version="2")
    assert [a.id for a in att.for_item(item)] == [newer.id]
    assert [a.id for a in att.versions(newer.id)] == [newer.id, first.id]
    assert newer.title == "Notitie" and not att.get(first.id).current
    with pytest.raises(OverlegError, match="nieuwste versie"):
        att.replace(first.id, att.prepare(a_pdf(tmp_path, "c.pdf", "Drie")))


def test_attach_and_delete_are_undone_and_redone(demo, tmp_path):
    att = service(demo, tmp_path)
    item = item_of(demo)
    prepared = att.prepare(a_pdf(tmp_path))
    done = demo.commands.run("Stuk toevoegen", lambda: att.add(item, prepared))
    a = done.result
    assert done.changes.touches("attachments")
    demo.commands.undo(done.changes)
    assert att.for_item(item) == []
    demo.commands.redo(done.changes)
    assert [x.uuid for x in att.for_item(item)] == [a.uuid]
    newer = att.replace(a.id, att.prepare(a_pdf(tmp_path, "b.pdf", "Nieuw")))
    gone = demo.commands.run("Stuk verwijderen", lambda: att.delete(newer.id))
    assert att.for_item(item) == []
    with pytest.raises(NotFoundError):
        att.get(a.id)  # the older version went with it
    demo.commands.undo(gone.changes)
    assert [x.uuid for x in att.for_item(item)] == [newer.uuid]
    assert [x.uuid for x in att.versions(newer.id)] == [newer.uuid, a.uuid]
    assert att.path_of(att.get(newer.id)).is_file()  # the bytes were never removed
    actions = [r[0] for r in demo.db.execute(
        "SELECT action FROM audit_log WHERE table_name = 'attachments' ORDER BY id")]
    assert "deleted" in actions and "undone" in actions


def test_confidential_flag_is_edited_and_audited(demo, tmp_path):
    att = service(demo, tmp_path)
    a = att.attach(item_of(demo), a_pdf(tmp_path))
    att.edit(a.id, confidential=True)
    assert att.get(a.id).confidential and att.is_confidential(att.get(a.id))
    assert demo.db.execute("SELECT count(*) FROM audit_log WHERE table_name = 'attachments' "
                           "AND field = 'confidential'").fetchone()[0] == 1


def _refused(att, path, match):
    before = stored_files(att.store)
    with pytest.raises(OverlegError, match=match) as info:
        att.prepare(path)
    assert "\n" not in str(info.value)
    assert stored_files(att.store) == before
    leftovers = [p for p in att.store.folder.glob(".*")] if att.store.folder.exists() else []
    assert leftovers == []


def test_bad_files_are_refused_and_nothing_is_stored(demo, tmp_path):
    att = service(demo, tmp_path)
    _refused(att, tmp_path / "weg.pdf", "geen bestand")
    _refused(att, tmp_path, "geen bestand")
    big = tmp_path / "groot.mp4"
    with big.open("wb") as fh:  # sparse: 2 GB on paper, nothing read
        fh.truncate(2 * 1024 ** 3)
    _refused(att, big, "groter dan 200 MB")
    damaged = tmp_path / "kapot.pdf"
    damaged.write_bytes(b"%PDF-1.4\nthis is not a pdf at all\n")
    _refused(att, damaged, "beschadigde PDF")
    _refused(att, zip_bomb(tmp_path / "bom.docx"), "zip-bom")
    _refused(att, zip_bomb(tmp_path / "bom.zip"), "zip-bom")


def test_encrypted_pdf_is_refused(demo, tmp_path):
    from pypdf import PdfReader, PdfWriter

    att = service(demo, tmp_path)
    writer = PdfWriter(clone_from=PdfReader(a_pdf(tmp_path)))
    writer.encrypt("geheim", algorithm="RC4-128")
    locked = tmp_path / "geheim.pdf"
    with locked.open("wb") as fh:
        writer.write(fh)
    _refused(att, locked, "versleutelde PDF")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs file modes")
def test_unreadable_file_is_one_sentence(demo, tmp_path):
    att = service(demo, tmp_path)
    path = a_pdf(tmp_path)
    path.chmod(0)
    _refused(att, path, "kan niet worden gelezen")


def test_windows_forbidden_name_is_stored_safely(demo, tmp_path):
    att = service(demo, tmp_path)
    path = tmp_path / 'agenda "concept" v2?.pdf'
    path.write_bytes(a_pdf(tmp_path).read_bytes())
    a = att.attach(item_of(demo), path)
    assert a.file_name == "agenda -concept- v2-.pdf"
    con = tmp_path / "CON.txt"
    con.write_text("Een kort stuk.", encoding="utf-8")
    assert att.attach(item_of(demo), con).file_name == "stuk-CON.txt"


def test_files_on_closed_items_stay_out_of_public_pack_inputs(demo, tmp_path):
    att = service(demo, tmp_path)
    open_item, closed_item = item_of(demo, n=1), item_of(demo, n=2)
    demo.db.execute("UPDATE agenda_items SET confidential = 1 WHERE id = ?", [closed_item])
    public = att.attach(open_item, a_pdf(tmp_path, "a.pdf", "Openbaar"), title="Open")
    att.attach(open_item, a_pdf(tmp_path, "b.pdf", "Geheim"), title="Apart besloten",
               confidential=True)
    att.attach(closed_item, a_pdf(tmp_path, "c.pdf", "Besloten punt"), title="Dicht")
    full = {p.title: p for p in att.pack_inputs(8, public=False)}
    shown = {p.title: p for p in att.pack_inputs(8, public=True)}
    assert len(full) == len(shown)  # every item stays listed
    all_full = [d.title for p in full.values() for d in p.documents]
    all_public = [d.title for p in shown.values() for d in p.documents]
    assert sorted(all_full) == ["Apart besloten", "Dicht", "Open"]
    assert all_public == ["Open"]
    closed = [p for p in shown.values() if p.closed]
    assert closed and all(p.documents == [] for p in closed)
    assert [d.path for p in shown.values() for d in p.documents] == [att.path_of(public)]


def test_migration_from_version_8_adds_attachments(tmp_path):
    import shutil
    from pathlib import Path

    from overleg.storage.database import open_database, schema_version
    from overleg.storage.migrations import SCHEMA_VERSION

    path = tmp_path / "v8.db"
    shutil.copy(Path(__file__).parents[1] / "fixtures" / "schema_v8.db", path)
    db = open_database(path)
    try:
        assert schema_version(db) == SCHEMA_VERSION
        assert db.execute("SELECT count(*) FROM attachments").fetchone()[0] == 0
        triggers = {r[0] for r in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = "
            "'attachments'")}
        assert "change_log_attachments_insert" in triggers
        assert any(t.startswith("attachments_a") for t in triggers)  # the search index
    finally:
        db.close()


def test_a_cancelled_read_stores_nothing(demo, tmp_path):
    import threading

    from overleg.services.progress import Cancelled

    att = service(demo, tmp_path)
    big = tmp_path / "groot.bin"
    big.write_bytes(os.urandom(3 * 1024 * 1024))
    seen = []
    stop = threading.Event()

    def progress(done, total):
        seen.append((done, total))
        stop.set()  # the user presses Cancel after the first megabyte

    with pytest.raises(Cancelled):
        att.prepare(big, progress=progress, cancel=stop)
    assert seen == [(1024 * 1024, 3 * 1024 * 1024)]
    assert stored_files(att.store) == []


def test_deleting_the_item_takes_its_documents_and_undo_brings_them_back(demo, tmp_path):
    att = service(demo, tmp_path)
    item = item_of(demo, meeting_id=9, n=3)  # a planned meeting's free item
    a = att.attach(item, a_pdf(tmp_path))
    done = demo.commands.run("Agendapunt verwijderen", lambda: demo.agenda.delete_item(item))
    assert "attachments" in done.changes.tables
    with pytest.raises(NotFoundError):
        att.get(a.id)
    demo.commands.undo(done.changes)
    assert [x.uuid for x in att.for_item(item)] == [a.uuid]
