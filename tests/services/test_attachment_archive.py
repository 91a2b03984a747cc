"""The archive carries the attached documents losslessly (stukken/<sha256>) and an
import checks every document's hash: a changed or missing one refuses the archive."""

import hashlib
import zipfile

import pytest

from overleg.cli.main import main
from overleg.domain.errors import OverlegError
from overleg.services.archive_service import export_archive, import_archive
from overleg.services.container import build_services
from overleg.storage import archive_tables
from overleg.storage.blob_store import store_folder
from overleg.storage.database import open_database
from tests.pdf_samples import pdf_with_pages

STT_NOV = 8


@pytest.fixture
def archive(tmp_path, capsys):
    source = tmp_path / "bron.db"
    assert main(["demo", "--db", str(source)]) == 0
    pdf = tmp_path / "notitie.pdf"
    pdf.write_bytes(pdf_with_pages("Kwartiermaker", "Tweede blad"))
    memo = tmp_path / "memo.txt"
    memo.write_bytes(b"Memo \x00\xff bytes as they are")
    assert main(["attach", "--db", str(source), "--meeting", str(STT_NOV), "--item", "2",
                 str(pdf), str(memo)]) == 0
    out = tmp_path / "archief.zip"
    db = open_database(source)
    try:
        export_archive(db, out)
        rows = archive_tables.rows(db, "attachments")
    finally:
        db.close()
    capsys.readouterr()
    return out, rows, {pdf.name: pdf.read_bytes(), memo.name: memo.read_bytes()}


def test_documents_travel_with_their_hashes(tmp_path, archive, capsys):
    out, rows, originals = archive
    with zipfile.ZipFile(out) as z:
        names = [n for n in z.namelist() if n.startswith("stukken/")]
        assert sorted(names) == sorted(f"stukken/{r['sha256']}" for r in rows)
        for r in rows:
            assert hashlib.sha256(z.read(f"stukken/{r['sha256']}")).hexdigest() == r["sha256"]
    target = tmp_path / "nieuw.db"
    assert main(["import-archive", "--db", str(target), str(out)]) == 0
    db = open_database(target)
    try:
        assert archive_tables.rows(db, "attachments") == rows
        s = build_services(db)
        for a in s.attachments.for_meeting(STT_NOV):
            assert s.attachments.path_of(a).read_bytes() == originals[a.file_name]
            assert s.attachments.path_of(a).parent.parent == store_folder(target)
        assert [h.kind for h in s.search.search("kwartiermaker")] == ["document"]
    finally:
        db.close()


def _rewrite(src, dst, change):
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        for info in zin.infolist():
            data = change(info.filename, zin.read(info))
            if data is not None:
                zout.writestr(info, data)


@pytest.mark.parametrize("how, sentence", [
    ("changed", "niet het bestand dat erbij hoort"),
    ("missing", "mist het stuk"),
])
def test_a_changed_or_missing_document_refuses_the_archive(tmp_path, archive, how, sentence):
    out, rows, _ = archive
    bad = tmp_path / f"{how}.zip"
    victim = f"stukken/{rows[0]['sha256']}"
    _rewrite(out, bad, lambda name, data: data if name != victim
             else (data[:-1] + b"!" if how == "changed" else None))
    db = open_database(tmp_path / "leeg.db")
    try:
        s = build_services(db)
        with pytest.raises(OverlegError, match=sentence) as info:
            import_archive(s.ctx, bad)
        assert "\n" not in str(info.value)
        assert archive_tables.count(db, "attachments") == 0
        assert archive_tables.count(db, "meetings") == 0
        folder = store_folder(tmp_path / "leeg.db")
        assert not folder.exists() or [p for p in folder.rglob("*") if p.is_file()] == []
    finally:
        db.close()
