"""Where a start of the app spends its time, phase by phase, beside the bare window:

    python -m benchmarks.start_phases DB [--runs 9] [--without-agenda-editor] [--enums]

Each run starts the app on DB in a fresh process, the way the start-up measure does
(`benchmarks.probe start-app`: the command line, then the services, then Qt), and the
bare window in another; they alternate. The table gives each phase's median, the median
whole start (from spawning the process to its window shown, painted and settled) and the
bare window's, and their ratio. "Interpreter" is the whole start less the phases: Python
itself and its `site`, before the first line of Overleg runs.

--without-agenda-editor puts an empty widget where the meeting's agenda editor (its
table, item form, documents and returning points) would be: what the rest of the first
screen costs. --enums counts the Python enums PySide makes after the QApplication (one
per Qt enum, made when its class is first used) and the time they take; the count
costs a little time itself, so the phases of such a run are not comparable.

A tool for start-up work, not a measure: `make bench` judges the start-up.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.harness import median
from benchmarks.measures_process import ROOT, probe_env

PHASES = (
    ("command line", "overleg.cli.main imported (and the overleg package)"),
    ("services", "overleg.app imported: services, storage, domain"),
    ("PySide6", "QtCore, QtGui and QtWidgets imported (the bare window does the same)"),
    ("QApplication", "made"),
    ("interface modules", "overleg.ui.application and overleg.ui.main_window imported"),
    ("open the file", "settings, translations, the file opened and checked"),
    ("build the window", "MainWindow made: menus, the first screen, its data"),
    ("show", "window.show()"),
    ("paint and settle", "the first events: layout and paint"),
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.start_phases")
    parser.add_argument("db", type=Path)
    parser.add_argument("--runs", type=int, default=9, help="counted runs (at least 1)")
    parser.add_argument("--without-agenda-editor", action="store_true")
    parser.add_argument("--enums", action="store_true")
    args = parser.parse_args(argv)
    if not args.db.is_file():
        print(f"{args.db} is not a file", file=sys.stderr)
        return 2
    if args.runs < 1:
        print("--runs must be at least 1", file=sys.stderr)
        return 2
    try:
        return _parent(args)
    except RuntimeError as exc:  # a start that failed: say which, in one line
        print(exc, file=sys.stderr)
        return 1


def _parent(args: argparse.Namespace) -> int:
    extra = [x for x, on in (("--without-agenda-editor", args.without_agenda_editor),
                             ("--enums", args.enums)) if on]
    app: list[float] = []
    bare: list[float] = []
    phases: list[dict] = []
    with tempfile.TemporaryDirectory(prefix="overleg-phases-") as tmp:
        env = probe_env(Path(tmp))
        for n in range(args.runs + 1):  # run 0 warms the file cache and the .pyc files
            b = _spawn(["-m", "benchmarks.probe", "start-bare"], env)[0]
            a, report = _spawn(["-m", "benchmarks.phase_probe", str(args.db),
                                *extra], env)
            if "phases" not in report:
                raise RuntimeError(f"the start on {args.db} reported no phases")
            if n:
                bare.append(b)
                app.append(a)
                phases.append(report)
    print(_table(app, bare, phases, args))
    return 0


def _spawn(args: list[str], env: dict[str, str]) -> tuple[float, dict]:
    """(milliseconds from spawn to READY, the child's report or {})."""
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, *args], cwd=ROOT, env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None
    report: dict = {}
    line = proc.stdout.readline()
    if line.startswith("{"):
        report = json.loads(line)
        line = proc.stdout.readline()
    elapsed = (time.perf_counter() - started) * 1000
    _, err = proc.communicate(timeout=120)
    if not line.startswith("READY"):
        said = line.strip() or (err.strip().splitlines() or ["nothing"])[-1]
        raise RuntimeError(f"{' '.join(args)} did not get ready: {said}")
    return elapsed, report


def _table(app: list[float], bare: list[float], phases: list[dict],
           args: argparse.Namespace) -> str:
    whole, base = median(app), median(bare)
    rows = [(name, median([p["phases"][name] for p in phases]), what)
            for name, what in PHASES]
    interpreter = whole - sum(ms for _, ms, _ in rows)
    lines = [f"start of the app on {args.db.name}"
             + (", agenda editor left out" if args.without_agenda_editor else "")
             + f": median of {len(app)} runs, load {os.getloadavg()[0]:.1f}",
             f"  {'interpreter':18} {interpreter:6.1f} ms  Python and site, before Overleg"]
    lines += [f"  {name:18} {ms:6.1f} ms  {what}" for name, ms, what in rows]
    lines += [f"  {'whole start':18} {whole:6.1f} ms",
              f"  {'bare window':18} {base:6.1f} ms  (same rounds)",
              f"  {'ratio':18} {whole / base:6.2f}x"]
    if args.enums:
        made = [p["enums"] for p in phases]
        lines.append(f"  Python enums made after the QApplication: "
                     f"{median([m['count'] for m in made]):.0f} enums, "
                     f"{median([m['members'] for m in made]):.0f} members, "
                     f"{median([m['ms'] for m in made]):.1f} ms")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
