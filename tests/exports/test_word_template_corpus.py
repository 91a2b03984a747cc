"""Every document kind, full and public, with every template of the corpus in
tests/fixtures/templates/ (saved by Word, by LibreOffice, and hand-made; see SOURCES.md):
valid, no warnings, the template's look kept, markers and page numbers in every header
and footer, and opened by LibreOffice."""

import io
import shutil
import subprocess
import warnings
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from overleg.exports.word import (
    render_action_list,
    render_agenda,
    render_decision_list,
    render_minutes,
    save_document,
)
from tests.exports.word_records import action_entries, decision_entries, meeting_scope, record

CORPUS = Path(__file__).parents[1] / "fixtures" / "templates"
TEMPLATES = sorted(CORPUS.glob("*.do[ct]x"))
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


def _kinds():
    r = record()
    return {
        "agenda": lambda t, p: render_agenda(r, public=p, template=t),
        "verslag": lambda t, p: render_minutes(r, public=p, template=t),
        "besluitenlijst": lambda t, p: render_decision_list(
            decision_entries(r), meeting_scope(r), public=p, template=t),
        "actielijst": lambda t, p: render_action_list(
            action_entries(r), meeting_scope(r), r.meeting.day, public=p, template=t),
    }


def _saved_by(path: Path) -> str:
    with zipfile.ZipFile(path) as z:
        app = z.read("docProps/app.xml").decode("utf-8", "replace")
    return app


def test_the_corpus_is_what_the_issue_asks_for():
    assert len(TEMPLATES) >= 10
    apps = {t.name: _saved_by(t) for t in TEMPLATES}
    assert sum("Microsoft" in a and "Word" in a for a in apps.values()) >= 3
    assert sum("LibreOffice" in a for a in apps.values()) >= 5
    assert {t.suffix for t in TEMPLATES} == {".docx", ".dotx"}
    without_numbering = [t for t in TEMPLATES
                         if "word/numbering.xml" not in zipfile.ZipFile(t).namelist()]
    assert len(without_numbering) >= 2
    sources = (CORPUS / "SOURCES.md").read_text()
    assert all(t.name in sources for t in TEMPLATES)


def _header_footer_texts(doc) -> list[tuple[str, str]]:
    """(header text, footer xml) of every header kind the section uses."""
    s = doc.sections[0]
    pairs = [(s.header, s.footer)]
    if s.different_first_page_header_footer:
        pairs.append((s.first_page_header, s.first_page_footer))
    if doc.settings.odd_and_even_pages_header_footer:
        pairs.append((s.even_page_header, s.even_page_footer))
    return [("\n".join(p.text for p in h.paragraphs), f._element.xml) for h, f in pairs]


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda t: t.name)
def test_every_kind_exports_with_the_template(template, tmp_path):
    original = docx.Document(io.BytesIO(_docx_bytes(template)))
    normal_font = original.styles["Normal"].font.name
    last = original.sections[-1]  # python-docx follows 'link to previous' back
    parts = [last.header] + ([last.first_page_header]
                             if last.different_first_page_header_footer else [])
    own_headers = [p.text.strip() for h in parts for p in h.paragraphs if p.text.strip()]
    logos = sum(len(list(h._element.iter(qn("wp:docPr")))) for h in parts)
    for kind, render in _kinds().items():
        for public in (False, True):
            with warnings.catch_warnings():
                warnings.simplefilter("error")  # python-docx warnings end up on stderr
                doc = render(template, public)
            path = save_document(doc, tmp_path / f"{kind}-{public}.docx")
            doc = docx.Document(str(path))
            where = f"{template.name} {kind} public={public}"
            if normal_font:
                assert doc.styles["Normal"].font.name == normal_font, where
            all_headers = "\n".join(h for h, _f in _header_footer_texts(doc))
            for text in own_headers:  # the template's own header text is kept
                assert text in all_headers, f"{where}: {text}"
            s = doc.sections[0]
            kept = [s.header] + ([s.first_page_header]
                                 if s.different_first_page_header_footer else [])
            assert sum(len(list(h._element.iter(qn("wp:docPr")))) for h in kept) >= logos, \
                f"{where}: the logo is lost"
            for header, footer in _header_footer_texts(doc):
                assert "Stuurgroep Talentontwikkeling" in header, where
                assert ("Openbare versie" if public else "Bevat besloten informatie") in \
                    header, where
                assert " PAGE " in footer and " NUMPAGES " in footer, where
            headings = [p for p in doc.paragraphs if p.style.name in ("Heading 1",
                                                                       "Heading 2")]
            assert headings or kind == "besluitenlijst", where
            for p in headings:  # our numbers only, never the style's as well
                num = p._p.pPr.find(qn("w:numPr"))
                assert num is not None and num.find(qn("w:numId")).get(qn("w:val")) == "0"
            if kind == "agenda":  # 'Stukken:' lists are numbered from a list that exists
                nums = {n.get(qn("w:numId")) for n in
                        doc.part.numbering_part.element.findall(qn("w:num"))}
                listed = [p for p in doc.paragraphs if p.style.name == "List Number"]
                assert listed, where
                for p in listed:
                    assert p._p.pPr.numPr.numId.val and str(p._p.pPr.numPr.numId.val) in nums
            for lang in doc.styles.element.iter(qn("w:lang")):
                assert lang.get(qn("w:val")) == "nl-NL", where


def _docx_bytes(path: Path) -> bytes:
    from overleg.exports.word.template import as_document_package

    return as_document_package(path.read_bytes(), path.name)


def test_localised_and_libreoffice_style_names_keep_the_templates_look(tmp_path):
    """'Kop 1' of a Dutch template is the Heading 1 the documents use (its colour and
    font stay); LibreOffice's 'Heading 1' is found, not added again."""
    doc = render_minutes(record(), template=CORPUS / "lo-kop1-dutch-names.docx")
    heading = doc.styles["Heading 1"]
    assert heading.style_id == "Kop1"
    names = [s.name for s in doc.styles]
    assert names.count("Heading 1") == 1 and "Kop 1" not in names
    doc = render_minutes(record(), template=CORPUS / "lo-letter-serif.docx")
    assert doc.styles["Heading 1"].font.color.rgb is not None


def test_a_logo_in_a_template_header_gets_alt_text():
    doc = render_agenda(record(), template=CORPUS / "word-mac2011-header-images.docx")
    described = [d.get("descr") for d in doc.sections[0].header._element.iter(qn("wp:docPr"))]
    assert described and all(described)


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_opens_a_document_per_template_with_markers_on_every_page(tmp_path):
    """One soffice call for a sample: the minutes with each template, and each kind with
    the first-page-logo template; every page has its marker and page number."""
    out = tmp_path / "docx"
    out.mkdir()
    kinds = _kinds()
    for template in TEMPLATES:
        save_document(kinds["verslag"](template, False), out / f"{template.stem}.docx")
    first_page = CORPUS / "lo-first-page-logo.dotx"
    for kind, render in kinds.items():
        save_document(render(first_page, True), out / f"eerste-pagina-{kind}.docx")
    profile = (tmp_path / "profiel").as_uri()
    result = subprocess.run(
        [SOFFICE, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path / "pdf"), *sorted(str(p) for p in out.glob("*.docx"))],
        capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    for source in out.glob("*.docx"):
        pdf = tmp_path / "pdf" / f"{source.stem}.pdf"
        assert pdf.is_file(), f"{source.name}: {result.stdout} {result.stderr}"
        if not shutil.which("pdftotext"):
            continue
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                              check=True).stdout
        pages = [p for p in text.split("\f") if p.strip()]
        marker = "Openbare versie" if source.stem.startswith("eerste") else "CONCEPT"
        for n, page in enumerate(pages, start=1):
            assert marker in page, f"{source.name} page {n}"
            assert f"pagina {n} van {len(pages)}" in page, f"{source.name} page {n}"
        assert "1. 1" not in text and "11. Besluitenlijst" not in text
        # the marker never runs into the body name ('TalentontwikkelingBevat ...')
        assert not any(f"Talentontwikkeling{m}" in text for m in ("CONCEPT", "Openbare",
                                                                     "Bevat"))
