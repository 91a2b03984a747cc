"""The benchmark suite: `make bench`, or

    python -m benchmarks.run [--scale 1,2,4] [--repeat N] [--archive-repeat N]
                             [--only TEXT] [--profile TEXT] [--tiny] [--strict]

Generates (or reuses) the ten-year archive, N times over for each scale, runs every
measure with its baseline and prints the table per scale: measure, median, baseline,
ratio, target, result; with more than one scale also the growth t(N)/t(1) of each
measure against its growth target (linear for whole-archive work, flat for screens that
show a page or one meeting).
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

from benchmarks import (
    measures_data,
    measures_documents,
    measures_durability,
    measures_exports,
    measures_imports,
    measures_pack,
    measures_pdf,
    measures_process,
    measures_ui,
)
from benchmarks.archive import TEN_YEARS, TINY, archive
from benchmarks.bench import Bench
from benchmarks.growth import FLAT, LINEAR, growth_table
from benchmarks.harness import NotAvailable, Result, Target, table
from benchmarks.probe import none_ballast

# name, unit, target, function, growth kind (LINEAR, FLAT or None: not judged)
# Measures of one meeting's files, not of the archive: run at scale 1 only.
ONLY_AT_SCALE_1 = {"meeting pack: 40 items, 80 PDFs"}
Measure = tuple[str, str, Target, Callable[[Bench], Result], str | None]


def measures() -> list[Measure]:
    """The suite. (measures_data.action_list_service and action_filter_service timed the
    service calls until the action-list screen landed; the screen is measured now.)"""
    process: list[Measure] = [
        ("start-up to main window shown and filled", "ms", Target(at_most=1500, ratio=2),
         lambda b: measures_process.startup(b.db_path, b.repeat)),
        ("start-up, file changed outside Overleg (full check in background)", "ms",
         Target(at_most=1500),
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
        ("PDF minutes of a 40-item meeting", "ms", Target(ratio=1.5), measures_pdf.minutes),
        ("peak memory, archive open, every screen visited", "MB", Target(above_baseline=200),
         lambda b: measures_process.memory(b.db_path, b.meeting_id)),
    ]
    durability: list[Measure] = [
        (f"save one follow-up, {journal} + synchronous=FULL", "ms", Target(at_most=50),
         partial(measures_durability.sync_cost, journal=journal))
        for journal in ("WAL", "DELETE")]
    exports: list[Measure] = [
        ("Excel action list, all bodies", "ms", Target(ratio=1.5),
         measures_exports.xlsx_actions, LINEAR),
        ("Excel decision register, all bodies", "ms", Target(ratio=1.5),
         measures_exports.xlsx_decisions, LINEAR),
        ("Word action list, all bodies", "ms", Target(ratio=1.5),
         measures_exports.word_actions_all, LINEAR),
        ("Word decision list, all bodies", "ms", Target(ratio=1.5),
         measures_exports.word_decisions_all, LINEAR),
        ("Word action list, one body", "ms", Target(ratio=1.5),
         measures_exports.word_actions_body, LINEAR),
        ("Word decision list, one body", "ms", Target(ratio=1.5),
         measures_exports.word_decisions_body, LINEAR),
        ("PDF decision list, one body", "ms", Target(ratio=1.5),
         measures_pdf.decisions_body, LINEAR),
        ("PDF action list, one body", "ms", Target(ratio=1.5),
         measures_pdf.actions_body, LINEAR),
        ("calendar (.ics) of a body-year with deadlines", "ms", Target(ratio=1.5),
         measures_exports.ics_body_year, LINEAR),  # open deadlines of every year
        ("export-archive (all tables as JSON)", "ms", Target(ratio=1.5),
         measures_exports.archive_export, LINEAR),
        ("import-archive into an empty database", "ms", Target(ratio=2),
         measures_exports.archive_import, LINEAR),
        # The same 20,000 rows at every scale: the archive only makes the look-ups
        # behind each row bigger, which should hardly show.
        ("import actions: 20,000-row sheet", "ms", Target(ratio=1.5),
         measures_imports.import_actions_sheet, FLAT),
        ("attach a 100 MB file to an agenda item", "ms", Target(ratio=2),
         measures_documents.attach_100mb, None),
        ("meeting pack: 40 items, 80 PDFs", "ms", Target(at_most=5000),
         measures_pack.pack_40_items, None),
    ]
    flat = {name for group in (ui, search, meeting) for name, *_ in group}
    return [(*m[:4], FLAT if m[0] in flat else None) for m in  # type: ignore[misc]
            process + ui + search + meeting + durability] + exports


def run_one(bench: Bench, measure: Measure) -> Result:
    name, unit, target, fn = measure[:4]
    try:
        return fn(bench)
    except NotAvailable as exc:
        return Result(name, unit, target, note=str(exc))
    except Exception as exc:  # a broken measure is reported, never a pass
        return Result(name, unit, target, error=f"{type(exc).__name__}: {exc}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.run", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scale", default="1",
                        help="times the ten-year archive, e.g. 1,2,4 (each generated once)")
    parser.add_argument("--repeat", type=int, default=9, help="timed runs per measure")
    parser.add_argument("--archive-repeat", type=int, default=3,
                        help="timed runs of a whole-archive export or import")
    parser.add_argument("--only", default="",
                        help="run measures whose name contains this (several: a,b)")
    parser.add_argument("--profile", default="",
                        help="run the measures whose name contains this under cProfile")
    parser.add_argument("--tiny", action="store_true", help="a tiny archive (smoke test)")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args(argv)
    try:
        scales = sorted({int(n) for n in args.scale.split(",") if n.strip()})
    except ValueError:
        parser.error("--scale takes whole numbers, e.g. 1,2,4")
    if not scales or scales[0] < 1:
        parser.error("--scale takes whole numbers of at least 1")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    ballast = none_ballast()  # noqa: F841 (kept alive for the whole run)

    started = time.perf_counter()
    print(f"python {platform.python_version()} on {platform.platform()}, "
          f"{os.cpu_count()} cpu, load {_load()} at the start; {args.repeat} runs each, "
          f"{args.archive_repeat} of a whole-archive measure; scales {scales}")
    chosen = [m for m in measures() if _chosen(m[0], args.only)]
    if args.profile:
        chosen = [m for m in chosen if args.profile.lower() in m[0].lower()]
    by_scale: dict[int, list[Result]] = {}
    for n in scales:
        arch = archive(TINY.times(n) if args.tiny else TEN_YEARS.times(n))
        print(f"\n{n}x archive: {arch.path.name} ({arch.path.stat().st_size / 1e6:.0f} MB; "
              f"generated in {arch.seconds:.1f} s) {arch.counts}")
        bench = Bench(arch, args.repeat, args.archive_repeat)
        results = by_scale[n] = []
        try:
            for measure in chosen:
                if n != 1 and measure[0] in ONLY_AT_SCALE_1:
                    continue  # does not depend on the archive's size
                if args.profile:
                    profiler = cProfile.Profile()
                    result = profiler.runcall(run_one, bench, measure)
                    pstats.Stats(profiler).sort_stats("cumulative").print_stats(35)
                else:
                    result = run_one(bench, measure)
                results.append(result)
                print(f"  {n}x {result.name}: done (load {_load()})", file=sys.stderr,
                      flush=True)
        finally:
            bench.close()
        print(f"\n{n}x the ten-year archive (load {_load()} at the end):")
        print(table(results))
    missed = [r for results in by_scale.values() for r in results if r.passed is False]
    if len(scales) > 1:
        text, growth_missed = growth_table(by_scale, {m[0]: m[4] for m in chosen})
        print(f"\ngrowth from 1x (load {_load()}):")
        print(text)
        missed += growth_missed
    print(f"\n{time.perf_counter() - started:.0f} s in all; load {_load()}")
    return 1 if args.strict and missed else 0


def _chosen(name: str, only: str) -> bool:
    """`--only` names one measure by part of its name, or several separated by commas
    (`--only start-up,search`); a text that itself holds a comma still matches whole."""
    name, only = name.lower(), only.lower()
    return only in name or any(p.strip() and p.strip() in name for p in only.split(","))


def _load() -> str:
    return " / ".join(f"{x:.1f}" for x in os.getloadavg())


if __name__ == "__main__":
    sys.exit(main())
