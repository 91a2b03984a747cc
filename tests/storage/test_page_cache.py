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
