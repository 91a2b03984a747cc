"""Measures in fresh subprocesses: start-up time and peak memory, each against a bare
PySide6 window started the same way in the same run."""

import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.harness import Result, Target, median
from overleg.storage.verified_files import RECORD_NAME

ROOT = Path(__file__).resolve().parent.parent


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (usage.ru_utime + usage.ru_stime) * 1000


def probe_env(home: Path) -> dict[str, str]:
    """The environment of a probe: offscreen, with its settings and data under `home`."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(home),
           "OVERLEG_DATA_DIR": str(home / "data")}
    # An installed app starts from compiled bytecode: let the warm-up round write it.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _probe(args: list[str], home: Path) -> tuple[float, float, float, float | None]:
    """(milliseconds until the probe reported its window ready, its peak resident MB,
    the CPU milliseconds it used, milliseconds until it reported the file checked)."""
    cpu = _children_cpu()
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "benchmarks.probe", *args], cwd=ROOT,
                            env=probe_env(home), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    line = proc.stdout.readline()  # type: ignore[union-attr]
    elapsed = (time.perf_counter() - started) * 1000
    checked = None
    if args[0] == "start-app" and line.startswith("READY"):
        second = proc.stdout.readline()  # type: ignore[union-attr]
        if second.startswith("CHECKED"):
            checked = (time.perf_counter() - started) * 1000
    try:
        _, err = proc.communicate(timeout=120)
    except subprocess.TimeoutExpired:
        proc.kill()
        _, err = proc.communicate()
    if not line.startswith("READY"):
        raise RuntimeError(f"probe {args[0]} did not get ready: {line.strip()} {err[-2000:]}")
    return elapsed, float(line.split()[1]), _children_cpu() - cpu, checked


def startup(db: Path, repeat: int, *, changed_outside: bool = False) -> Result:
    """The usual start: the archive as Overleg left it (its full integrity check ran in
    the warm-up round). With `changed_outside`, every start finds the file unknown, as
    after a copy from a colleague or a restored backup: the window is shown and filled
    while every page is checked in the background (writes wait for it); the time until
    that check has passed is given in the note."""
    with tempfile.TemporaryDirectory(prefix="overleg-bench-") as tmp:
        home = Path(tmp)
        record = home / "data" / RECORD_NAME
        app, bare, text = [], [], []
        for n in range(repeat + 1):  # round 0 warms the OS file cache and the .pyc files
            b = _probe(["start-bare"], home)
            if changed_outside:
                record.unlink(missing_ok=True)
            a = _probe(["start-app", str(db)], home)
            t = None if changed_outside else _probe(["start-text"], home)
            if n:
                bare.append(b)
                app.append(a)
                if t is not None:
                    text.append(t[0])
    name = ("start-up, file changed outside Overleg (full check in background)"
            if changed_outside else "start-up to main window shown and filled")
    what = "the file as Overleg left it (its full check ran in the warm-up round)"
    if changed_outside:
        checked = [a[3] for a in app]
        if None in checked:
            raise RuntimeError("a start did not report its full check passed")
        what = ("every start finds the file unknown: window shown and filled; the full "
                "check of every page continues in the background, writes wait for it, "
                f"and has passed after {median(checked):.0f} ms (median from the start)")
    return Result(name, "ms", Target(at_most=1500, ratio=None if changed_outside else 2),
                  median([a[0] for a in app]), median([b[0] for b in bare]),
                  f"{what}; fresh python process each run, QT_QPA_PLATFORM=offscreen; "
                  "baseline a bare QMainWindow shown the same way; cpu = the app process's "
                  "user+system time, a background check included "
                  f"(bare window: {median([b[2] for b in bare]):.0f} ms)"
                  + (f"; for reference, not judged: the bare window with one line of text "
                     f"took {median(text):.0f} ms (style, fonts and the Qt namespace's "
                     "enums, which an empty window never makes)" if text else ""),
                  repeat, cpu=median([a[2] for a in app]))


def memory(db: Path, meeting_id: int, repeat: int = 3) -> Result:
    with tempfile.TemporaryDirectory(prefix="overleg-bench-") as tmp:
        home = Path(tmp)
        app = [_probe(["memory-app", str(db), str(meeting_id)], home)[1] for _ in range(repeat)]
        bare = [_probe(["memory-bare"], home)[1] for _ in range(repeat)]
    return Result("peak memory, archive open, every screen visited", "MB",
                  Target(above_baseline=200), median(app), median(bare),
                  "peak resident memory (VmHWM) of a fresh process; every navigation entry "
                  "shown once and the 40-item meeting opened", repeat)
