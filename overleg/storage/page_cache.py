"""A larger page cache for one bulk job on a connection.

SQLite keeps 2 MB of the file's pages in memory unless told otherwise. Importing an
archive inserts hundreds of thousands of rows, each into several indexes keyed by UUID,
whose pages come and go in random order: with 2 MB most index pages were read again from
the file for each insert, and the import grew faster than the archive (4.55 times the
1x archive's time at 4x). With 64 MB: 14.8 -> 13.0 s at 1x, 67.4 -> 57.2 s at 4x
(growth 4.39), on the benchmark's ten-year archive. The cache is only a limit (pages are
kept as they are read) and is set back when the job ends.
"""

from collections.abc import Iterator
from contextlib import contextmanager

from overleg.storage.connection import Database

BULK_MB = 64


@contextmanager
def larger_page_cache(db: Database, megabytes: int = BULK_MB) -> Iterator[None]:
    before = db.execute("PRAGMA cache_size").fetchone()[0]
    db.execute(f"PRAGMA cache_size = {-int(megabytes) * 1024}")  # negative: in KiB
    try:
        yield
    finally:
        db.execute(f"PRAGMA cache_size = {int(before)}")
