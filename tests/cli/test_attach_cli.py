"""`overleg attach` and `overleg attachments`: documents added from the command line,
found by search, refused with one sentence and nothing stored."""

import hashlib
import json

import pytest

from overleg.cli.main import main
from overleg.storage.blob_store import store_folder
from tests.pdf_samples import pdf_with_pages
from tests.services.attachment_fixtures import zip_bomb

STT_NOV = 8


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


def test_attach_lists_and_searches(capsys, demo_db, tmp_path):
    pdf = tmp_path / "Notitie zorgplatform.pdf"
    pdf.write_bytes(pdf_with_pages("Het zorgplatform Kwartiermaker start in januari."))
    memo = tmp_path / "memo.txt"
    memo.write_text("Memo", encoding="utf-8")
    code, out, err = run(capsys, "attach", "--db", demo_db, "--meeting", STT_NOV, "--item",
                         2, pdf, memo, "--version", "concept 2")
    assert code == 0 and err == "" and len(out.splitlines()) == 2
    code, out, _ = run(capsys, "attachments", "--db", demo_db, "--meeting", STT_NOV, "--json")
    rows = json.loads(out)
    assert [(r["item"], r["title"], r["version"]) for r in rows] == [
        ("2", "Notitie zorgplatform", "concept 2"), ("2", "memo", "concept 2")]
    assert rows[0]["sha256"] == hashlib.sha256(pdf.read_bytes()).hexdigest()
    assert (store_folder(demo_db) / rows[0]["sha256"][:2] / rows[0]["sha256"]).is_file()
    code, out, _ = run(capsys, "search", "--db", demo_db, "kwartiermaker", "--json")
    assert [h["kind"] for h in json.loads(out)] == ["document"]


def test_bad_input_is_one_sentence_and_nothing_is_stored(capsys, demo_db, tmp_path):
    good = tmp_path / "goed.pdf"
    good.write_bytes(pdf_with_pages("Goed"))
    bomb = zip_bomb(tmp_path / "bom.xlsx")
    code, out, err = run(capsys, "attach", "--db", demo_db, "--meeting", STT_NOV, "--item",
                         2, good, bomb)
    assert code == 1 and out == "" and len(err.strip().splitlines()) == 1
    assert "zip-bom" in err
    folder = store_folder(demo_db)
    assert not folder.exists() or [p for p in folder.rglob("*") if p.is_file()] == []
    code, _, err = run(capsys, "attachments", "--db", demo_db, "--meeting", STT_NOV)
    assert code == 0
    code, _, err = run(capsys, "attach", "--db", demo_db, "--meeting", STT_NOV, "--item", 99,
                       good)
    assert code == 1 and "geen agendapunt 99" in err
    code, _, err = run(capsys, "attach", "--db", demo_db, "--meeting", STT_NOV, "--item", 2,
                       good, good, "--title", "Twee")
    assert code == 1 and "--title" in err
