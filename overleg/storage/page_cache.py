"""How many of the file's pages a connection keeps in memory.

SQLite keeps 2 MB of the file's pages unless told otherwise. A record's row holds its
long texts, so a page holds a few agenda items: a search that looks up the meeting of each
of a rare word's matches (1,249 on four times the ten-year archive) read about as many
pages, more than 2 MB holds, and each repeated search read them all again from the file
(6.8 ms; 4.2 ms with 32 MB, against 3.2 and 2.5 ms on the ten-year archive). The file's
working connection therefore keeps WORKING_MB; the cache is only a limit, filled as pages
are read.

Importing an archive inserts hundreds of thousands of rows, each into several indexes
keyed by UUID, whose pages come and go in random order: with 2 MB most index pages were
read again from the file for each insert, and the import grew faster than the archive
(4.55 times the 1x archive's time at 4x). With 64 MB: 14.8 -> 13.0 s at 1x, 67.4 -> 57.2
s at 4x (growth 4.39), on the benchmark's ten-year archive. The cache is only a limit
(pages are kept as they are read) and is set back when the job ends.
"""

from collections.abc import Iterator
from contextlib import contextmanager

from overleg.storage.connection import Database

WORKING_MB = 32
BULK_MB = 64


def keep_working_set(db: Database) -> None:
    """The page cache of a file's working connection (not of short-lived inspections)."""
    db.execute(f"PRAGMA cache_size = {-WORKING_MB * 1024}")  # negative: in KiB


@contextmanager
def larger_page_cache(db: Database, megabytes: int = BULK_MB) -> Iterator[None]:
    before = db.execute("PRAGMA cache_size").fetchone()[0]
    db.execute(f"PRAGMA cache_size = {-int(megabytes) * 1024}")  # negative: in KiB
    try:
        yield
    finally:
        db.execute(f"PRAGMA cache_size = {int(before)}")
