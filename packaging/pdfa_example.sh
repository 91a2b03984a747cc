#!/usr/bin/env bash
# Without a network: the example data, then the public agenda and decision list of its
# 28 November 2013 meeting (Stuurgroep Talentontwikkeling) written as PDF/A and checked
# with other tools than the writer (pikepdf: PDF/A identification, OutputIntent, fonts
# embedded, nl-NL; qpdf --check; pdftoppm renders the pages; pypdf reads the text).
#     packaging/pdfa_example.sh [FOLDER]      (PYTHON=... to choose the interpreter)
# Runs under `unshare -n` (as root) or `unshare -rn` (as a user) where the kernel allows
# it; elsewhere it says so and runs with the network as it is.
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${PYTHON:-python}"
out="${1:-$(mktemp -d)}"
mkdir -p "$out"
export PYTHONPATH="$PWD${PYTHONPATH:+:$PYTHONPATH}"

offline=()
if command -v unshare >/dev/null 2>&1; then
  if unshare -n true 2>/dev/null; then offline=(unshare -n)
  elif unshare -rn true 2>/dev/null; then offline=(unshare -rn)
  fi
fi
if [ ${#offline[@]} -eq 0 ]; then
  echo "unshare -n is not available here: running with the network as it is"
else
  echo "without a network: ${offline[*]}"
fi

"${offline[@]}" "$PY" - "$out" <<'PY'
import subprocess
import sys
from pathlib import Path

from overleg.cli.main import main
from tests.exports.pdf_checks import pdfa_problems, text

out = Path(sys.argv[1])
db = out / "voorbeeld.db"
db.unlink(missing_ok=True)
assert main(["demo", "--db", str(db)]) == 0
from overleg.app import open_services

s = open_services(db, writing=False)
try:
    meeting = next(x.meeting for x in s.meetings.listings()
                   if x.meeting.day.isoformat() == "2013-11-28" and x.body_code == "STT")
    closed = [i.title for i in s.agenda.agenda(meeting.id) if i.confidential]
finally:
    s.db.close()
written = []
for kind, name in (("agenda", "agenda-2013-11-28-openbaar.pdf"),
                   ("decisions", "besluitenlijst-2013-11-28-openbaar.pdf")):
    path = out / name
    assert main(["export", kind, "--db", str(db), "--meeting", str(meeting.id), "--pdf",
                 "--public", "--out", str(path)]) == 0
    data = path.read_bytes()
    problems = pdfa_problems(data)
    assert problems == [], f"{name}: {problems}"
    found = text(data)
    assert "Openbare versie" in found and not any(t in found for t in closed), name
    for tool in (["qpdf", "--check", str(path)],
                 ["pdftoppm", "-r", "40", "-png", str(path), str(out / path.stem)]):
        try:
            subprocess.run(tool, check=True, capture_output=True)
        except FileNotFoundError:
            print(f"{tool[0]} is not installed: that check is skipped")
    written.append(path)
print("PDF/A in orde:", ", ".join(str(p) for p in written))
PY
