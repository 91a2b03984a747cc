"""packaging/pdfa_example.sh: without a network (unshare -n where allowed), the public
agenda and decision list of the example's 28 November 2013 meeting as PDF/A that pass
the checks of tests/exports/pdf_checks.py."""

import os
import subprocess
import sys
from pathlib import Path

from tests.exports.pdf_checks import pdfa_problems

SCRIPT = Path(__file__).resolve().parents[2] / "packaging" / "pdfa_example.sh"


def test_the_script_writes_both_public_documents_as_pdfa(tmp_path):
    env = {**os.environ, "PYTHON": sys.executable}
    result = subprocess.run(["bash", str(SCRIPT), str(tmp_path)], capture_output=True,
                            text=True, env=env, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "PDF/A in orde" in result.stdout
    for name in ("agenda-2013-11-28-openbaar.pdf", "besluitenlijst-2013-11-28-openbaar.pdf"):
        assert pdfa_problems((tmp_path / name).read_bytes()) == []
