"""The benchmark suite at a tiny scale: the archive generator is deterministic and gives
the asked-for counts through the storage layer, and a measure reports honestly."""

import re
import sqlite3

import pytest

from benchmarks.archive import TINY, archive
from benchmarks.bench import Bench
from benchmarks.harness import Result, Target, table
from benchmarks.run import measures, run_one
from overleg.services.container import build_services
from overleg.storage.database import open_database


@pytest.fixture(scope="module")
def tiny(tmp_path_factory):
    return archive(TINY, out=tmp_path_factory.mktemp("bench"))


def _content(path) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT uuid, title, notes FROM agenda_items ORDER BY id").fetchall()
    finally:
        conn.close()


def test_archive_has_the_asked_for_records_and_is_reproducible(tiny, tmp_path):
    services = build_services(open_database(tiny.path, create=False))
    try:
        flt = services.followups.filter()
        assert services.followups.count(flt) == TINY.followups
        open_count = services.followups.count(services.followups.filter(status="open"))
        assert open_count == TINY.followups // 3
        assert len(services.bodies.all()) == TINY.bodies
        big = services.agenda.agenda(tiny.big_meetings[0])
        assert len(big) == 40 and any(item.notes for item in big)
        assert services.search.search("passend onderwijs")
        # two documents per held meeting, their text indexed, their bytes beside the file
        held = [x.meeting for x in services.meetings.listings() if x.meeting.minutes_adopted]
        docs = services.attachments.for_meeting(held[0].id)
        assert len(docs) == 2 and tiny.counts["documents"] >= 2 * len(held)
        assert all(services.attachments.path_of(d).is_file() for d in docs)
        assert any(h.kind == "document" for h in services.search.search("notitie"))
    finally:
        services.db.close()
    again = archive(TINY, out=tmp_path)
    assert _content(again.path) == _content(tiny.path)


def test_a_measure_runs_and_missing_code_is_never_a_pass(tiny):
    bench = Bench(tiny, repeat=2)
    try:
        chosen = {m[0]: m for m in measures()}
        search = run_one(bench, chosen["search: rare word ('geschillencommissie')"])
        word = run_one(bench, chosen["Word minutes of a 40-item meeting"])
    finally:
        bench.close()
    assert search.available and search.baseline is not None and search.passed is not None
    broken = Result("kapot", "ms", Target(at_most=1), error="RuntimeError: stuk")
    text = table([search, word, broken])
    assert "ERROR" in text and "geschillencommissie" in text
    if not word.available:
        assert word.passed is None and "not available" in text


def test_growth_is_judged_linear_for_whole_archive_work_and_flat_for_a_page():
    from benchmarks.growth import FLAT, LINEAR, growth_table

    def r(name, ms):
        return Result(name, "ms", Target(at_most=1000), median=ms)

    by_scale = {1: [r("export", 100), r("page", 10)], 2: [r("export", 210), r("page", 20)]}
    text, missed = growth_table(by_scale, {"export": LINEAR, "page": FLAT})
    assert missed == ["page"] and "2.10" in text and "linear (≤ 2.25 at 2x)" in text


def _measured(archive, name: str, archive_repeat: int = 1) -> Result:
    """One measure of the suite, by name, on its own working copy of the archive."""
    bench = Bench(archive, repeat=1, archive_repeat=archive_repeat)
    try:
        return run_one(bench, {m[0]: m for m in measures()}[name])
    finally:
        bench.close()


def test_an_export_measure_runs_against_its_bare_baseline(tiny):
    result = _measured(tiny, "Excel decision register, all bodies")
    assert not result.error and result.baseline and result.ratio is not None


def test_a_pdf_export_measure_writes_the_same_pages_with_bare_fpdf2(tiny):
    result = _measured(tiny, "PDF decision list, one body")
    assert not result.error and result.baseline and result.ratio is not None
    pages = re.findall(r"(\d+) pages", result.note)
    assert len(pages) == 2 and pages[0] == pages[1]


def test_only_picks_one_measure_or_several():
    from benchmarks.run import _chosen

    assert _chosen("search: rare word ('x')", "rare")
    assert _chosen("search: rare word ('x')", "start-up,rare")
    assert not _chosen("open 40-item meeting in the agenda editor", "start-up,rare")
    assert _chosen("action list, all follow-ups: open screen", "action list, all")
    assert not _chosen("search screen", "start-up,")


def test_the_import_measure_starts_each_run_from_the_same_database(tiny):
    # Two runs of each side: the second finds the same rows to change and add only if
    # both databases were put back before it (else its count check fails: an error).
    result = _measured(tiny, "import actions: 20,000-row sheet", archive_repeat=2)
    assert not result.error and result.baseline and result.ratio is not None
    assert "new" in result.note and "fewer follow-ups" in result.note


def test_the_start_up_probe_starts_the_app_the_way_the_overleg_command_does(tiny):
    from benchmarks.measures_process import startup

    # The probe reports only once the window is shown and filled: a start that failed,
    # or waited on a question, raises instead of giving a time.
    result = startup(tiny.path, repeat=1)
    assert result.median is not None and result.baseline is not None
    assert result.median > 0 and result.baseline > 0 and result.error == ""
    # ... and names, not judged, what a bare window with one line of text took
    assert "one line of text took" in result.note


def test_start_phases_gives_every_phase_of_a_start_beside_the_bare_window(tiny, capsys):
    from benchmarks.start_phases import PHASES, main

    assert main([str(tiny.path), "--runs", "1", "--without-agenda-editor", "--enums"]) == 0
    out = capsys.readouterr().out
    for name, _ in PHASES:
        assert re.search(rf"^  {name} +\d+\.\d ms", out, re.MULTILINE), name
    whole = float(re.search(r"whole start +([\d.]+) ms", out).group(1))
    bare = float(re.search(r"bare window +([\d.]+) ms", out).group(1))
    ratio = float(re.search(r"ratio +([\d.]+)x", out).group(1))
    assert whole > 0 and bare > 0 and abs(ratio - whole / bare) < 0.01
    assert "agenda editor left out" in out
    made = re.search(r"Python enums made after the QApplication: (\d+) enums", out)
    assert made and int(made.group(1)) > 0  # the Qt namespace's alone are ~100
