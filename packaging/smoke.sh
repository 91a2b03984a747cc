#!/usr/bin/env bash
# Smoke test of a built bundle: the command line writes the example data, reads it back,
# and the app starts offscreen on it and is still running (no crash, no dialog) after a
# few seconds, when it is stopped.   packaging/smoke.sh dist/overleg
set -euo pipefail
bundle="${1:-dist/overleg}"
exe="$bundle/overleg"
[ -x "$exe" ] || exe="$bundle/overleg.exe"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

"$exe" --version
"$exe" demo --db "$work/demo.db"
"$exe" check --db "$work/demo.db"
"$exe" meetings --db "$work/demo.db" | head -3
# The libraries that only the exports load (icalendar, openpyxl, python-docx data).
"$exe" export ics --db "$work/demo.db" --body STT --year 2013 --out "$work/stt.ics"
"$exe" export xlsx actions --db "$work/demo.db" --out "$work/acties.xlsx"
"$exe" export agenda --db "$work/demo.db" --meeting 5 --out "$work/agenda.docx"
"$exe" import actions --db "$work/demo.db" "$work/acties.xlsx" >/dev/null
grep -q "BEGIN:VTIMEZONE" "$work/stt.ics"
# The Help menu's user guide and its pictures travel with the bundle.
guide="$(find "$bundle" -path '*resources/docs/gebruikershandleiding.md' | head -1)"
[ -n "$guide" ] && [ -d "$(dirname "$guide")/images" ] || {
  echo "smoke: the user guide is missing from the bundle" >&2; exit 1; }
# Spell checking: OpenTaal's dictionary and Hunspell's extension module.
[ -n "$(find "$bundle" -path '*resources/dictionaries/nl/nl.dic' | head -1)" ] &&
  [ -n "$(find "$bundle" -path '*hunspell/hunspell*' \( -name '*.so' -o -name '*.pyd' \) | head -1)" ] || {
  echo "smoke: the spelling dictionary or Hunspell is missing from the bundle" >&2; exit 1; }

set +e
QT_QPA_PLATFORM=offscreen timeout 10 "$exe" --db "$work/demo.db" 2>"$work/stderr"
status=$?
set -e
if [ "$status" -ne 124 ]; then
  echo "smoke: the app stopped by itself (exit $status) instead of running:" >&2
  cat "$work/stderr" >&2
  exit 1
fi
if grep -q Traceback "$work/stderr"; then
  cat "$work/stderr" >&2
  exit 1
fi
echo "smoke: bundle $bundle works (command line and app started offscreen)"
