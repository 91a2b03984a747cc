"""Timing, targets and the result table.

A measure is a function of the Bench (archive, services, repeat count) returning a
Result, or raising NotAvailable when the code it measures has not landed yet; such a
measure is reported as 'not available' with the reason, never as a pass.
"""

import gc
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


class NotAvailable(Exception):
    """The code this measure needs is not there (yet); the message says what is missing."""


@dataclass(frozen=True)
class Target:
    at_most: float | None = None  # absolute, in the measure's unit
    ratio: float | None = None  # at most this many times the baseline
    above_baseline: float | None = None  # at most this much more than the baseline

    def describe(self, unit: str) -> str:
        parts = []
        if self.ratio is not None:
            parts.append(f"≤ {self.ratio:g}× base")
        if self.above_baseline is not None:
            parts.append(f"≤ base + {self.above_baseline:g} {unit}")
        if self.at_most is not None:
            parts.append(f"≤ {self.at_most:g} {unit}")
        return " and ".join(parts)

    def met(self, value: float, baseline: float | None) -> bool:
        ok = True
        if self.at_most is not None:
            ok &= value <= self.at_most
        if self.ratio is not None:
            ok &= baseline is not None and value <= self.ratio * baseline
        if self.above_baseline is not None:
            ok &= baseline is not None and value - baseline <= self.above_baseline
        return ok


@dataclass(frozen=True)
class Result:
    name: str
    unit: str  # 'ms' or 'MB'
    target: Target
    median: float | None = None
    baseline: float | None = None
    note: str = ""  # why it is not available, or what was measured exactly
    runs: int = 0
    error: str = ""  # the measure crashed: reported, never a pass
    cpu: float | None = None  # median CPU time of this thread (in-process measures)

    @property
    def available(self) -> bool:
        return self.median is not None

    @property
    def passed(self) -> bool | None:
        if self.error:
            return False
        if self.median is None:
            return None
        return self.target.met(self.median, self.baseline)

    @property
    def ratio(self) -> float | None:
        if self.median is None or not self.baseline:
            return None
        return self.median / self.baseline


def timings(fn: Callable[[], object], repeat: int, *, before: Callable[[], object] | None = None,
            warmup: int = 1) -> list[tuple[float, float]]:
    """(wall, cpu) milliseconds of `fn`, `repeat` times after `warmup` untimed runs;
    `before` runs untimed ahead of every call (to reset state). CPU time is this thread's
    own, so it shows the work done even when other processes share the machine."""
    for _ in range(warmup):
        if before:
            before()
        fn()
    result = []
    for _ in range(repeat):
        if before:
            before()
        gc.collect()
        wall, cpu = time.perf_counter(), time.thread_time()
        fn()
        result.append(((time.perf_counter() - wall) * 1000, (time.thread_time() - cpu) * 1000))
    return result


def median(values: list[float]) -> float:
    return statistics.median(values)


def timed(name: str, target: Target, fn: Callable[[], object], repeat: int, *,
          baseline: Callable[[], object] | None = None,
          before: Callable[[], object] | None = None,
          before_baseline: Callable[[], object] | None = None, note: str = "",
          warmup: bool = True) -> Result:
    """A timed measure with an optional baseline timed in the same run; the two alternate
    so that both see the same machine load. `before` and `before_baseline` run untimed
    ahead of each call of their side (to reset what the previous call changed). Without
    `warmup` every round counts (the whole-archive measures, too long to run once for
    nothing)."""
    values: list[tuple[float, float]] = []
    bases: list[tuple[float, float]] = []
    skip = 1 if warmup else 0
    for n in range(repeat + skip):  # a warm-up round warms caches and is not counted
        if baseline:
            base = timings(baseline, 1, before=before_baseline, warmup=0)
            bases += base if n >= skip else []
        value = timings(fn, 1, before=before, warmup=0)
        values += value if n >= skip else []
    return Result(name, "ms", target, median([w for w, _ in values]),
                  median([w for w, _ in bases]) if bases else None, note, repeat,
                  cpu=median([c for _, c in values]))


def _fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "ms" and value < 10:
        return f"{value:.2f} {unit}"
    return f"{value:.0f} {unit}" if value >= 100 else f"{value:.1f} {unit}"


def table(results: list[Result]) -> str:
    header = ("measure", "median", "baseline", "ratio", "target", "result", "cpu")
    rows = []
    for r in results:
        if r.error:
            verdict = "ERROR"
        elif r.passed is None:
            verdict = "not available"
        else:
            verdict = "pass" if r.passed else "FAIL"
        ratio = f"{r.ratio:.2f}×" if r.ratio is not None else "—"
        rows.append((r.name, _fmt(r.median, r.unit), _fmt(r.baseline, r.unit), ratio,
                     r.target.describe(r.unit), verdict, _fmt(r.cpu, r.unit)))
    widths = [max(len(str(x)) for x in col) for col in zip(header, *rows, strict=True)]
    line = "+".join("-" * (w + 2) for w in widths)
    out = [_row(header, widths), line] + [_row(r, widths) for r in rows]
    notes = [f"  - {r.name}: {r.error or r.note}" for r in results if r.error or r.note]
    if notes:
        out += ["", "notes:"] + notes
    return "\n".join(out)


def _row(cells, widths) -> str:
    return "|".join(f" {str(c):<{w}} " for c, w in zip(cells, widths, strict=True))
