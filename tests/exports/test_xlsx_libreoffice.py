"""The spreadsheets open in LibreOffice Calc and print as the secretary wants them: one
page wide in landscape, the hidden 'Kenmerk' column not printed (where Calc is installed;
.ci/run installs it)."""

import shutil
import subprocess
from pathlib import Path

import pytest

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


def _calc_installed() -> bool:
    if SOFFICE is None:
        return False
    program = Path(SOFFICE).resolve().parent
    return any(program.glob("libsclo.*")) or any(program.glob("sc*.dll"))


pytestmark = pytest.mark.skipif(
    not _calc_installed() or not shutil.which("pdftotext") or not shutil.which("pdfinfo"),
    reason="LibreOffice Calc and poppler-utils are not installed; .ci/run installs them")


def _to_pdf(tmp_path: Path, names: list[str]) -> None:
    profile = (tmp_path / "profiel").as_uri()
    result = subprocess.run(
        [SOFFICE, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path / "pdf"), *[str(tmp_path / n) for n in names]],
        capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stderr


def _pages(pdf: Path) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    return text.split("\f")


def _landscape(pdf: Path) -> bool:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True,
                          check=True).stdout
    size = next(line for line in info.splitlines() if line.startswith("Page size:"))
    width, height = (float(x) for x in size.split(":")[1].split("pts")[0].split(" x "))
    return width > height


def test_the_lists_convert_one_page_wide_in_landscape(demo, tmp_path):
    s = demo
    s.spreadsheets.export_actions(tmp_path / "acties.xlsx")
    s.spreadsheets.export_actions(tmp_path / "acties-openbaar.xlsx", public=True)
    s.spreadsheets.export_decisions(tmp_path / "besluiten.xlsx")
    _to_pdf(tmp_path, ["acties.xlsx", "acties-openbaar.xlsx", "besluiten.xlsx"])
    uuids = {x.followup.uuid for x in s.followups.all(s.followups.filter())}
    for name, last_column in (("acties", "Besloten"), ("acties-openbaar", "Resultaat"),
                              ("besluiten", "Besloten")):
        pdf = tmp_path / "pdf" / f"{name}.pdf"
        assert _landscape(pdf), name
        pages = [p for p in _pages(pdf) if p.strip()]
        # one page wide: the first page carries the header up to the last column
        assert "Nr." in pages[0] or "Besluitnummer" in pages[0]
        assert last_column in pages[0], name
        text = "\n".join(pages)
        assert not any(u in text for u in uuids)  # the hidden Kenmerk is not printed
