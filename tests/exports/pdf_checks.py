"""Checks of PDF files with tools other than the writer (fpdf2): pikepdf for the PDF/A
identification, the OutputIntent and the fonts; qpdf --check; pdftoppm renders the pages;
pypdf extracts the text. No full PDF/A validator (veraPDF) installs here."""

import io
import shutil
import subprocess
from pathlib import Path

import pikepdf
import pytest
from pypdf import PdfReader


def pdfa_problems(data: bytes) -> list[str]:
    """What keeps the file from identifying as an archivable PDF/A-2b document."""
    problems = []
    with pikepdf.open(io.BytesIO(data)) as pdf:
        with pdf.open_metadata() as xmp:
            if xmp.get("pdfaid:part") != "2" or xmp.get("pdfaid:conformance") != "B":
                problems.append("XMP does not say PDF/A-2B")
            if not xmp.get("dc:title") or not xmp.get("xmp:CreateDate"):
                problems.append("XMP lacks title or creation date")
        intents = pdf.Root.get("/OutputIntents", [])
        if not intents or intents[0].get("/S") != "/GTS_PDFA1" \
                or "/DestOutputProfile" not in intents[0]:
            problems.append("no PDF/A OutputIntent with an ICC profile")
        if str(pdf.Root.get("/Lang", "")) != "nl-NL":
            problems.append("language is not nl-NL")
        if "/Encrypt" in pdf.trailer:
            problems.append("encrypted")
        problems += [f"font {name} not embedded" for name in not_embedded(pdf)]
    return problems


def not_embedded(pdf: pikepdf.Pdf) -> set[str]:
    missing = set()
    for page in pdf.pages:
        fonts = page.get("/Resources", {}).get("/Font", {})
        for font in fonts.values():
            described = font.DescendantFonts[0] if "/DescendantFonts" in font else font
            d = described.get("/FontDescriptor")
            if d is None or not any(k in d for k in ("/FontFile", "/FontFile2",
                                                      "/FontFile3")):
                missing.add(str(font.get("/BaseFont")))
    return missing


def outline_titles(data: bytes) -> list[str]:
    with pikepdf.open(io.BytesIO(data)) as pdf, pdf.open_outline() as outline:
        found = []
        stack = list(reversed(outline.root))
        while stack:
            item = stack.pop()
            found.append(item.title)
            stack += list(reversed(item.children))
        return found


def page_texts(data: bytes) -> list[str]:
    """Each page's text, whitespace made single spaces (lines wrap anywhere)."""
    return [" ".join((p.extract_text() or "").split())
            for p in PdfReader(io.BytesIO(data)).pages]


def text(data: bytes) -> str:
    return " ".join(page_texts(data))


def qpdf_check(path: Path) -> None:
    if shutil.which("qpdf") is None:
        pytest.skip("qpdf is not installed (Debian: apt-get install qpdf)")
    result = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def rendered_pages(path: Path, folder: Path) -> list[Path]:
    """The pages as PNG images made by pdftoppm (poppler)."""
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm is not installed (Debian: poppler-utils)")
    subprocess.run(["pdftoppm", "-r", "40", "-png", str(path), str(folder / "page")],
                   check=True, capture_output=True)
    return sorted(folder.glob("page*.png"))
