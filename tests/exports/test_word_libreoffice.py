"""Each kind of document opens in LibreOffice and converts to PDF (where installed)."""

import shutil
import subprocess

import pytest

from overleg.exports.word import (
    render_action_list,
    render_agenda,
    render_decision_list,
    render_dispute_notice,
    render_minutes,
    render_statement,
    render_status_matrix,
    save_document,
)
from tests.exports import oogo_records
from tests.exports.word_records import action_entries, decision_entries, meeting_scope, record

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = pytest.mark.skipif(
    SOFFICE is None, reason="LibreOffice (soffice) is not installed; .ci/run installs it")


def convert(tmp_path, docs: dict) -> subprocess.CompletedProcess:
    for name, doc in docs.items():
        save_document(doc, tmp_path / f"{name}.docx")
    # A private profile: no clash with a running LibreOffice or another test run.
    profile = (tmp_path / "profiel").as_uri()
    result = subprocess.run(
        [SOFFICE, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path / "pdf"), *sorted(str(p) for p in tmp_path.glob("*.docx"))],
        capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    for name in docs:
        pdf = tmp_path / "pdf" / f"{name}.pdf"
        assert pdf.is_file(), f"{name}: {result.stdout} {result.stderr}"
        data = pdf.read_bytes()
        assert data.startswith(b"%PDF") and b"/Type /Page" in data.replace(b"/Type/Page",
                                                                            b"/Type /Page")
    return result


def test_the_oogo_documents_convert_to_pdf_with_every_municipality_and_step(tmp_path):
    convert(tmp_path, {"verklaring": render_statement(oogo_records.statement()),
                       "verklaring-openbaar": render_statement(
                           oogo_records.statement(public=True)),
                       "statusoverzicht": render_status_matrix(oogo_records.matrix()),
                       "kennisgeving": render_dispute_notice(oogo_records.notice())})
    if not shutil.which("pdftotext"):
        return
    for name in ("verklaring", "statusoverzicht"):
        text = " ".join(subprocess.run(
            ["pdftotext", str(tmp_path / "pdf" / f"{name}.pdf"), "-"],
            capture_output=True, text=True, check=True).stdout.split())
        for town in oogo_records.TOWNS:
            assert town in text, (name, town)
        for step in oogo_records.STEPS:  # a narrow matrix column may hyphenate a word
            words = [w for w in step.split() if len(w) <= 8]
            assert all(w in text for w in words), (name, step)


def test_all_four_documents_convert_to_pdf(tmp_path):
    r = record()
    docs = {"agenda": render_agenda(r), "verslag": render_minutes(r),
            "verslag-openbaar": render_minutes(r, public=True),
            "besluitenlijst": render_decision_list(decision_entries(r), meeting_scope(r)),
            "actielijst": render_action_list(action_entries(r), meeting_scope(r),
                                             r.meeting.day)}
    convert(tmp_path, docs)
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(tmp_path / "pdf" / "verslag.pdf"), "-"],
                              capture_output=True, text=True, check=True).stdout
        assert "Verslag" in text and "pagina 1 van" in text
        assert "Besluit STT-20130919-01:" in text
