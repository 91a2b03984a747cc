"""The meeting pack: cover + agenda + the items' PDFs, bookmarks per item, every page
numbered, unreadable and non-PDF files named, and the public pack without a page of a
closed item or a confidential file. The documents are small PDFs made here; the checks
read the pack with pikepdf, pypdf and qpdf."""

import io
import zipfile

import pikepdf
import pytest
from pypdf import PdfReader

from overleg.exports.pdf import agenda_pdf
from overleg.exports.pdf.pack import build_pack
from overleg.exports.pdf.pack_inputs import PackFile, PackItem
from overleg.exports.pdf.pack_zip import write_pack_zip
from overleg.exports.pdf.page import HousePdf
from tests.exports.pdf_checks import outline_titles, page_texts, qpdf_check
from tests.exports.word_records import record

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def small_pdf(path, marker: str, pages: int = 1, *, rotate: int = 0):
    pdf = HousePdf(pdfa=False)
    pdf.set_font("LiberationSans", size=14)
    for n in range(1, pages + 1):
        pdf.add_page()
        pdf.cell(100, 10, f"{marker} blz {n}")
    data = pdf.bytes()
    if rotate:
        with pikepdf.open(io.BytesIO(data)) as p:
            for page in p.pages:
                page.Rotate = rotate
            out = io.BytesIO()
            p.save(out)
            data = out.getvalue()
    path.write_bytes(data)
    return path


@pytest.fixture
def items(tmp_path):
    return [
        PackItem("1", "Onderwerp 1", False, (
            PackFile("Notitie samenhang", small_pdf(tmp_path / "a.pdf", "OPENA", 2)),
            PackFile("Bijlage cijfers", small_pdf(tmp_path / "b.pdf", "OPENB", 1)))),
        PackItem("2", "Aanpak thuiszitters", True, (
            PackFile("Casusbeschrijving", small_pdf(tmp_path / "c.pdf", "GESLOTENC", 3)),)),
        PackItem("3", "Onderwerp 3", False, (
            PackFile("Vertrouwelijke brief", small_pdf(tmp_path / "d.pdf", "GEHEIMD", 1),
                     confidential=True),
            PackFile("Liggende tabel", small_pdf(tmp_path / "e.pdf", "OPENE", 1,
                                                 rotate=90)))),
    ]


def _pages(data: bytes) -> int:
    return len(PdfReader(io.BytesIO(data)).pages)


def test_page_count_is_cover_plus_agenda_plus_documents_with_bookmarks(items, tmp_path):
    agenda = agenda_pdf(record())
    data, report = build_pack(record(), agenda, items)
    pages = page_texts(data)
    assert len(pages) == 1 + _pages(agenda) + (2 + 1 + 3 + 1 + 1) == report.pages
    assert "Vergaderstukken" in pages[0] and "Agenda" in pages[1]
    assert outline_titles(data) == [
        "Voorblad", "Agenda", "1 Onderwerp 1", "Notitie samenhang", "Bijlage cijfers",
        "2 Aanpak thuiszitters", "Casusbeschrijving", "3 Onderwerp 3",
        "Vertrouwelijke brief", "Liggende tabel"]
    for n, text in enumerate(pages, start=1):  # every page numbered, rotated ones too
        assert f"blad {n} van {len(pages)}" in text
    path = tmp_path / "pack.pdf"
    path.write_bytes(data)
    qpdf_check(path)


def test_an_item_bookmark_points_at_its_first_document(items):
    data, _ = build_pack(record(), agenda_pdf(record()), items)
    reader = PdfReader(io.BytesIO(data))
    first = {o.title: reader.get_destination_page_number(o) for o in reader.outline
             if not isinstance(o, list)}
    texts = page_texts(data)
    assert "GESLOTENC blz 1" in texts[first["2 Aanpak thuiszitters"]]
    assert "OPENA blz 1" in texts[first["1 Onderwerp 1"]]
    assert "Agenda" in texts[first["Agenda"]] and first["Voorblad"] == 0


def test_the_public_pack_has_no_page_of_a_closed_item_and_says_what_it_left_out(items):
    agenda = agenda_pdf(record(), public=True)
    data, report = build_pack(record(), agenda, items, public=True)
    pages = page_texts(data)
    everything = " ".join(pages)
    assert "GESLOTENC" not in everything and "Casusbeschrijving" not in everything
    assert "GEHEIMD" not in everything and "Vertrouwelijke brief" not in everything
    assert "OPENA" in everything and "OPENE" in everything
    assert "Eén besloten punt is niet opgenomen." in pages[0]
    assert "Eén vertrouwelijk stuk is niet opgenomen." in everything
    assert "Openbare versie" in pages[0]
    # cover, agenda, item 1's two documents, item 3's page naming the left-out file, e.pdf
    assert len(pages) == 1 + _pages(agenda) + 3 + 1 + 1 == report.pages
    assert (report.items_left_out, report.files_left_out) == (1, 1)
    assert "2 Aanpak thuiszitters" not in outline_titles(data)


def test_encrypted_damaged_missing_and_word_files_are_named_not_included(tmp_path):
    secret = small_pdf(tmp_path / "s.pdf", "SLOT")
    with pikepdf.open(secret, allow_overwriting_input=True) as p:
        p.save(secret, encryption=pikepdf.Encryption(user="geheim", owner="eigenaar"))
    broken = tmp_path / "kapot.pdf"
    broken.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\n%%EOF")
    word = tmp_path / "begroting.docx"
    word.write_bytes(b"PK\x03\x04 not really")
    items = [PackItem("4", "Begroting", False, (
        PackFile("Beveiligd", secret), PackFile("Kapot", broken),
        PackFile("Weg", tmp_path / "bestaat-niet.pdf"),
        PackFile("Begroting 2014", word, DOCX),
        PackFile("Goed", small_pdf(tmp_path / "g.pdf", "GOED"))))]
    data, report = build_pack(record(), agenda_pdf(record()), items)
    everything = " ".join(page_texts(data))
    assert "SLOT" not in everything and "GOED blz 1" in everything
    assert "Beveiligd (beveiligd met een wachtwoord)" in everything or \
        "Beveiligd (versleuteld, niet te lezen)" in everything  # AES without cryptography
    for line in ("Kapot (beschadigd, niet te lezen)",
                 "Weg (het bestand is niet gevonden)", "Begroting 2014 (Word-document, geen PDF)"):
        assert line in everything
    assert len(report.not_included) == 4 and report.documents == 1


def test_the_zip_names_files_by_item_number_and_the_public_one_leaves_out(items):
    out = io.BytesIO()
    notes = write_pack_zip(out, b"%PDF-agenda", items, public=True)
    with zipfile.ZipFile(out) as z:
        names = z.namelist()
        readme = z.read("LEESMIJ.txt").decode()
        assert z.read("01 - Onderwerp 1 - Notitie samenhang.pdf").startswith(b"%PDF")
    assert names == ["00 - Agenda.pdf", "01 - Onderwerp 1 - Notitie samenhang.pdf",
                     "01 - Onderwerp 1 - Bijlage cijfers.pdf",
                     "03 - Onderwerp 3 - Liggende tabel.pdf", "LEESMIJ.txt"]
    assert "Eén besloten punt is niet opgenomen." in readme and len(notes) == 2
    full = io.BytesIO()
    assert write_pack_zip(full, b"%PDF-agenda", items) == []
    with zipfile.ZipFile(full) as z:
        assert "02 - Aanpak thuiszitters - Casusbeschrijving.pdf" in z.namelist()


def test_zip_names_are_safe_on_windows(tmp_path):
    f = small_pdf(tmp_path / "x.pdf", "X")
    items = [PackItem("12", 'Begroting: "2014/2015"?', False,
                      (PackFile("CON", f), PackFile("CON", f)))]
    out = io.BytesIO()
    write_pack_zip(out, b"%PDF", items)
    with zipfile.ZipFile(out) as z:
        names = z.namelist()[1:]
    assert names == ["12 - Begroting- -2014-2015-- - CON.pdf",
                     "12 - Begroting- -2014-2015-- - CON (2).pdf"]
