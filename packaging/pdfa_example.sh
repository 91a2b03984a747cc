#!/usr/bin/env bash
# Without a network, issue 20's path on the example's 28 November 2013 meeting
# (Stuurgroep Talentontwikkeling): a PDF and a closed item's PDF attached, a sentence of
# the attached PDF found by search, the invitation mail with the files and the meeting
# pack (the public pack without the closed item's file), and the public agenda and
# decision list written as PDF/A and checked with other tools than the writer (pikepdf:
# PDF/A identification, OutputIntent, fonts embedded, nl-NL; qpdf --check; pdftoppm
# renders the pages; pypdf reads the text).
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
    items = s.agenda.agenda(meeting.id)
    closed = [i.title for i in items if i.confidential]
    open_item = next(i.number for i in items if "leerlingenvervoer" in i.title)
    closed_item = next(i.number for i in items if i.confidential)
finally:
    s.db.close()

# Two documents as a secretary gets them: a note on the open item, one on the closed item.
from fpdf import FPDF

SENTENCE = "De tweede tranche leerlingenvervoer wordt per 1 augustus 2014 aanbesteed."
SECRET = "Casus Noordoever: onderwijszorgarrangement voor twee leerlingen."
for name, line in (("notitie-vervoer.pdf", SENTENCE), ("casus.pdf", SECRET)):
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.multi_cell(0, 8, line)
    pdf.output(str(out / name))
assert main(["attach", "--db", str(db), "--meeting", str(meeting.id), "--item",
             str(open_item), str(out / "notitie-vervoer.pdf"),
             "--title", "Notitie leerlingenvervoer"]) == 0
assert main(["attach", "--db", str(db), "--meeting", str(meeting.id), "--item",
             str(closed_item), str(out / "casus.pdf"), "--title", "Casus"]) == 0

# Search finds the sentence inside the attached PDF, with its item and meeting.
import contextlib
import io

found_out = io.StringIO()
with contextlib.redirect_stdout(found_out):
    assert main(["search", "--db", str(db), "aanbesteed"]) == 0
assert "Notitie leerlingenvervoer" in found_out.getvalue(), found_out.getvalue()

# The meeting pack, full and public, and the invitation mail with the files.
from email import message_from_bytes
from email.policy import default

from pypdf import PdfReader

for public in (False, True):
    pack = out / ("pakket-openbaar.pdf" if public else "pakket.pdf")
    assert main(["export", "pack", "--db", str(db), "--meeting", str(meeting.id),
                 *(["--public"] if public else []), "--out", str(pack)]) == 0
    pages = "\n".join(p.extract_text() or "" for p in PdfReader(pack).pages)
    assert "augustus 2014" in pages
    assert ("Noordoever" in pages) is not public, pack.name
s = open_services(db)
try:
    drafts = s.mail.invitation(meeting.id, out / "uitnodiging.eml")
finally:
    s.db.close()
members = message_from_bytes(drafts[0].path.read_bytes(), policy=default)
names = [p.get_filename() or "" for p in members.iter_attachments()]
assert any("notitie-vervoer" in n for n in names), names
print("stukken, zoeken, pakket en uitnodiging in orde:", ", ".join(names))
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
