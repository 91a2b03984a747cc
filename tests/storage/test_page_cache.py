"""A bulk job gets a larger page cache for its duration, and the connection its own back,
also when the job fails (storage/page_cache.py)."""

import pytest

from overleg.storage.database import open_memory
from overleg.storage.page_cache import larger_page_cache


def _cache(db) -> int:
    return db.execute("PRAGMA cache_size").fetchone()[0]


def test_the_cache_is_larger_during_the_job_and_as_before_after():
    db = open_memory()
    before = _cache(db)
    with larger_page_cache(db, 64):
        assert _cache(db) == -64 * 1024  # KiB
    assert _cache(db) == before


def test_a_failing_job_also_gives_the_cache_back():
    db = open_memory()
    before = _cache(db)
    with pytest.raises(RuntimeError), larger_page_cache(db, 16), db.atomic():
        raise RuntimeError("halfway")
    assert _cache(db) == before and not db.conn.in_transaction


def test_a_files_working_connection_keeps_more_pages_than_sqlites_default(tmp_path):
    from overleg.storage.database import open_database, open_for_reading
    from overleg.storage.page_cache import WORKING_MB

    db = open_database(tmp_path / "a.db", create=True)
    try:
        assert _cache(db) == -WORKING_MB * 1024 and WORKING_MB > 2  # SQLite's own: 2 MB
        with larger_page_cache(db):
            pass
        assert _cache(db) == -WORKING_MB * 1024
    finally:
        db.close()
    reader = open_for_reading(tmp_path / "a.db")  # a command that only reads
    try:
        assert _cache(reader) != -WORKING_MB * 1024  # short-lived: SQLite's default
    finally:
        reader.close()
