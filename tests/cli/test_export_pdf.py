"""`overleg export agenda|minutes|decisions|actions --pdf` and `overleg export pack` on
the example database: PDF/A-2b files, the public versions without closed text."""

from pathlib import Path

import pytest

from overleg.app import open_services
from overleg.cli.main import main
from tests.exports.pdf_checks import outline_titles, page_texts, pdfa_problems, text

STT_28_NOVEMBER = 8  # the eighth meeting of the example, in date order


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("export") / "demo.db"
    assert main(["demo", "--db", str(path)]) == 0
    return path


@pytest.fixture(scope="module")
def closed_item(demo_db):
    """The title and notes of the meeting's closed item, as the members read them."""
    s = open_services(demo_db, writing=False)
    try:
        closed = [i for i in s.agenda.agenda(STT_28_NOVEMBER) if i.confidential]
        shown = [i.title for i in s.agenda.agenda(STT_28_NOVEMBER) if not i.confidential]
    finally:
        s.db.close()
    assert len(closed) == 1
    return closed[0], shown


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("kind", ["agenda", "minutes", "decisions", "actions"])
def test_each_kind_exports_as_pdfa_full_and_public(capsys, demo_db, tmp_path, kind,
                                                    closed_item):
    item, _shown = closed_item
    for public in (False, True):
        out = tmp_path / f"{kind}-{public}.pdf"
        flags = ["--public"] if public else []
        code, printed, err = run(capsys, "export", kind, "--db", demo_db, "--meeting",
                                 STT_28_NOVEMBER, "--pdf", "--out", out, *flags)
        assert (code, err) == (0, "") and str(out) in printed
        data = out.read_bytes()
        assert pdfa_problems(data) == []
        assert ("Openbare versie" in text(data)) is public
        if public:
            assert item.title not in text(data)
            assert not item.notes or item.notes.split(".")[0] not in text(data)


def test_the_public_agenda_shows_every_open_item_with_a_bookmark(capsys, demo_db, tmp_path,
                                                                  closed_item):
    _item, shown = closed_item
    out = tmp_path / "agenda.pdf"
    assert run(capsys, "export", "agenda", "--db", demo_db, "--meeting", STT_28_NOVEMBER,
               "--pdf", "--public", "--out", out)[0] == 0
    data = out.read_bytes()
    assert "donderdag 28 november 2013" in page_texts(data)[0]
    titles = outline_titles(data)
    assert len(titles) == len(shown)
    for title in shown:
        assert " ".join(title.split()[:3]) in text(data)


def test_wrong_suffix_and_template_with_pdf_are_refused(capsys, demo_db, tmp_path):
    with pytest.raises(SystemExit) as exc:
        main(["export", "agenda", "--db", str(demo_db), "--meeting", "8", "--pdf",
              "--out", str(tmp_path / "a.docx")])
    assert exc.value.code == 2 and "--out moet een .pdf-bestand zijn" in \
        capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["export", "agenda", "--db", str(demo_db), "--meeting", "8", "--pdf",
              "--template", "x.dotx", "--out", str(tmp_path / "a.pdf")])
    assert not list(Path(tmp_path).iterdir())


def test_export_pack_writes_the_pdf_and_the_zip(capsys, demo_db, tmp_path, closed_item):
    item, _shown = closed_item
    pack = tmp_path / "stukken.pdf"
    code, printed, err = run(capsys, "export", "pack", "--db", demo_db, "--meeting",
                             STT_28_NOVEMBER, "--public", "--out", pack)
    assert (code, err) == (0, "") and "weggelaten: 1 besloten agendapunt" in printed
    pages = page_texts(pack.read_bytes())
    assert "Vergaderstukken" in pages[0] and "Eén besloten punt is niet opgenomen." in pages[0]
    assert item.title not in " ".join(pages)
    assert outline_titles(pack.read_bytes())[:2] == ["Voorblad", "Agenda"]
    archive = tmp_path / "stukken.zip"
    assert run(capsys, "export", "pack", "--db", demo_db, "--meeting", STT_28_NOVEMBER,
               "--zip", "--out", archive)[0] == 0
    with pytest.raises(SystemExit):
        main(["export", "pack", "--db", str(demo_db), "--meeting", "8", "--zip",
              "--out", str(tmp_path / "x.pdf")])
