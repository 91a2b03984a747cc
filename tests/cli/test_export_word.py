"""`overleg export agenda|minutes|decisions|actions` on the example database."""

import docx
import pytest

from overleg.cli.main import main
from tests.exports.word_records import body_text, header_text

STT_19_SEPTEMBER = 5  # the fifth meeting of the example, in date order


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("export") / "demo.db"
    assert main(["demo", "--db", str(path)]) == 0
    return path


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("kind", ["agenda", "minutes", "decisions", "actions"])
def test_each_kind_exports_full_and_public(capsys, demo_db, tmp_path, kind):
    full, public = tmp_path / "volledig.docx", tmp_path / "openbaar.docx"
    code, out, err = run(capsys, "export", kind, "--db", demo_db, "--meeting",
                         STT_19_SEPTEMBER, "--out", full)
    assert (code, err) == (0, "") and str(full) in out
    code, _, _ = run(capsys, "export", kind, "--db", demo_db, "--meeting", STT_19_SEPTEMBER,
                     "--out", public, "--public")
    assert code == 0
    assert "Openbare versie" in header_text(docx.Document(str(public)))
    assert "Openbare versie" not in header_text(docx.Document(str(full)))


def test_lists_for_a_body_and_a_period(capsys, demo_db, tmp_path):
    out = tmp_path / "besluiten.docx"
    code, _, err = run(capsys, "export", "decisions", "--db", demo_db, "--body", "STT",
                       "--from", "01-09-2013", "--to", "2013-12-31", "--out", out)
    assert (code, err) == (0, "")
    text = body_text(docx.Document(str(out)))
    assert "Stuurgroep Talentontwikkeling, 1 september 2013 tot en met 31 december 2013" in text
    out = tmp_path / "acties.docx"
    code, _, _ = run(capsys, "export", "actions", "--db", demo_db, "--as-of", "2014-01-20",
                     "--out", out)
    assert code == 0 and "TE LAAT" in body_text(docx.Document(str(out)))


def test_errors_are_one_sentence_exit_1_and_leave_no_file(capsys, demo_db, tmp_path):
    out = tmp_path / "verslag.docx"
    code, _, err = run(capsys, "export", "minutes", "--db", demo_db, "--meeting", 999,
                       "--out", out)
    assert code == 1 and err.startswith("overleg: ") and err.count("\n") == 1
    bad = tmp_path / "sjabloon.dotx"
    bad.write_bytes(b"PK\x03\x04 kapot")
    code, _, err = run(capsys, "export", "minutes", "--db", demo_db, "--meeting",
                       STT_19_SEPTEMBER, "--out", out, "--template", bad)
    assert code == 1 and "sjabloon.dotx" in err and err.count("\n") == 1
    code, _, err = run(capsys, "export", "agenda", "--db", demo_db, "--meeting",
                       STT_19_SEPTEMBER, "--out", tmp_path / "nergens" / "a.docx")
    assert code == 1 and "bestaat niet" in err
    assert list(tmp_path.iterdir()) == [bad]


@pytest.mark.parametrize("argv", [
    ["export", "minutes", "--meeting", "5"],  # no --out
    ["export", "agenda", "--out", "a.docx"],  # no --meeting
    ["export", "decisions", "--meeting", "5", "--body", "STT", "--out", "b.docx"],
    ["export", "decisions", "--meeting", "5", "--from", "2013-01-01", "--out", "b.docx"],
    ["export", "actions", "--from", "gisteren", "--out", "b.docx"],
    ["export", "minutes", "--meeting", "5", "--out", "verslag.pdf"],
    ["export", "notulen", "--meeting", "5", "--out", "v.docx"],
])
def test_usage_errors_exit_2(capsys, demo_db, tmp_path, monkeypatch, argv):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as exc:
        main([*argv, "--db", str(demo_db)] if argv[1] != "notulen" else argv)
    assert exc.value.code == 2
    assert list(tmp_path.iterdir()) == []
