"""The benchmark suite at a tiny scale: the archive generator is deterministic and gives
the asked-for counts through the storage layer, and a measure reports honestly."""

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
