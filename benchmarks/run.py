"""The benchmark suite: `make bench`, or

    python -m benchmarks.run [--repeat N] [--only TEXT] [--profile TEXT] [--tiny] [--strict]

Generates (or reuses) the ten-year archive, runs every measure with its baseline and
prints the table: measure, median, baseline, ratio, target, result.
"""

import argparse
import cProfile
import os
import platform
import pstats
import sys
import time
from collections.abc import Callable
from functools import partial

from benchmarks import measures_data, measures_durability, measures_process, measures_ui
from benchmarks.archive import TEN_YEARS, TINY, archive
from benchmarks.bench import Bench
from benchmarks.harness import NotAvailable, Result, Target, table
from benchmarks.probe import none_ballast

Measure = tuple[str, str, Target, Callable[[Bench], Result]]  # name, unit, target, function


def measures() -> list[Measure]:
    """The suite. (measures_data.action_list_service and action_filter_service timed the
    service calls until the action-list screen landed; the screen is measured now.)"""
    process: list[Measure] = [
        ("start-up to main window shown and filled", "ms", Target(at_most=1500, ratio=2),
         lambda b: measures_process.startup(b.db_path, b.repeat)),
        ("start-up, file changed outside Overleg (full check)", "ms", Target(at_most=1500),
         lambda b: measures_process.startup(b.db_path, b.repeat, changed_outside=True)),
    ]
    ui: list[Measure] = [
        ("action list, all follow-ups: open screen", "ms", Target(at_most=100),
         measures_ui.action_list_open),
        ("action list filter per keystroke: screen", "ms", Target(at_most=16),
         measures_ui.action_list_filter),
    ]
    search: list[Measure] = [
        (f"search: {label} ('{text}')", "ms", Target(at_most=30, ratio=2),
         partial(measures_data.search, label=label, text=text))
        for label, text in measures_data.SEARCHES] + [
        ("search screen: 'thuiszitters' until hits are shown", "ms",
         Target(at_most=30, ratio=2), measures_ui.search_screen)]
    meeting: list[Measure] = [
        ("open 40-item meeting in the agenda editor", "ms", Target(at_most=100),
         measures_ui.agenda_view),
        ("open 40-item meeting in the minutes view", "ms", Target(at_most=100),
         measures_ui.minutes_view),
        ("40-item meeting: service reads for agenda + minutes", "ms", Target(at_most=100),
         measures_data.meeting_service),
        ("Word minutes of a 40-item meeting", "ms", Target(ratio=1.5),
         measures_data.word_minutes),
        ("peak memory, archive open, every screen visited", "MB", Target(above_baseline=200),
         lambda b: measures_process.memory(b.db_path, b.meeting_id)),
    ]
    durability: list[Measure] = [
        (f"save one follow-up, {journal} + synchronous=FULL", "ms", Target(at_most=50),
         partial(measures_durability.sync_cost, journal=journal))
        for journal in ("WAL", "DELETE")]
    return process + ui + search + meeting + durability


def run_one(bench: Bench, measure: Measure) -> Result:
    name, unit, target, fn = measure
    try:
        return fn(bench)
    except NotAvailable as exc:
        return Result(name, unit, target, note=str(exc))
    except Exception as exc:  # a broken measure is reported, never a pass
        return Result(name, unit, target, error=f"{type(exc).__name__}: {exc}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.run", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=9, help="timed runs per measure")
    parser.add_argument("--only", default="", help="run measures whose name contains this")
    parser.add_argument("--profile", default="",
                        help="run the measures whose name contains this under cProfile")
    parser.add_argument("--tiny", action="store_true", help="a tiny archive (smoke test)")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    ballast = none_ballast()  # noqa: F841 (kept alive for the whole run)

    started = time.perf_counter()
    arch = archive(TINY if args.tiny else TEN_YEARS)
    print(f"archive: {arch.path.name} ({arch.path.stat().st_size / 1e6:.0f} MB; generated "
          f"in {arch.seconds:.1f} s) {arch.counts}")
    print(f"python {platform.python_version()} on {platform.platform()}, "
          f"{os.cpu_count()} cpu, load {os.getloadavg()[0]:.1f}; {args.repeat} runs each")
    bench = Bench(arch, args.repeat)
    chosen = [m for m in measures() if args.only.lower() in m[0].lower()]
    if args.profile:
        chosen = [m for m in chosen if args.profile.lower() in m[0].lower()]
    results = []
    try:
        for measure in chosen:
            if args.profile:
                profiler = cProfile.Profile()
                result = profiler.runcall(run_one, bench, measure)
                pstats.Stats(profiler).sort_stats("cumulative").print_stats(35)
            else:
                result = run_one(bench, measure)
            results.append(result)
            print(f"  {result.name}: done", file=sys.stderr, flush=True)
    finally:
        bench.close()
    print()
    print(table(results))
    print(f"\n{time.perf_counter() - started:.0f} s in all")
    missed = [r for r in results if r.passed is False]
    return 1 if args.strict and missed else 0


if __name__ == "__main__":
    sys.exit(main())
