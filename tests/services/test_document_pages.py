"""No blank last page in the example's documents that had one (the minutes of the first
PFO meeting, the PFO action list), counted in a PDF made by LibreOffice."""

import shutil
import subprocess

import pytest

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = pytest.mark.skipif(SOFFICE is None or shutil.which("pdftotext") is None,
                                reason="LibreOffice and pdftotext are needed")


def test_example_documents_end_without_a_blank_page(demo, tmp_path):
    pfo = next(r for r in demo.db.query("SELECT id, name FROM bodies")
               if r["name"].startswith("PFO"))
    first = next(iter(demo.db.query("SELECT id FROM meetings WHERE body_id = ? ORDER BY "
                                    "starts_at LIMIT 1", [pfo["id"]])))["id"]
    demo.documents.minutes(first, tmp_path / "verslag.docx")
    demo.documents.actions(tmp_path / "acties.docx", body_id=pfo["id"])
    profile = (tmp_path / "profiel").as_uri()
    subprocess.run([SOFFICE, f"-env:UserInstallation={profile}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(tmp_path),
                    str(tmp_path / "verslag.docx"), str(tmp_path / "acties.docx")],
                   capture_output=True, timeout=120, check=True)
    for name in ("verslag", "acties"):
        text = subprocess.run(["pdftotext", str(tmp_path / f"{name}.pdf"), "-"],
                              capture_output=True, text=True, check=True).stdout
        pages = [p for p in text.split("\f") if p.strip()]
        frame = pages[-1].strip().splitlines()
        body = [ln for ln in frame if ln.strip() and "pagina" not in ln
                and not ln.startswith(pfo["name"]) and ln.strip() != "CONCEPT"]
        assert body, f"{name}: the last page holds only the header and footer"
