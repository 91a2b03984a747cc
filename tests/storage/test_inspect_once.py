"""Opening a file checks its pages once per state of the file: starting the app inspects
it three times, and a ten-year archive takes over 200 ms per full check. A file that
changes in between is checked again."""

import sqlite3

import pytest

from overleg.app import Environment
from overleg.services.demo import build_demo
from overleg.storage.database import inspect_file, open_database
from overleg.storage.errors import StorageError


def _index_page_spoilt(path) -> None:
    """Damage only an index, the kind of damage a quick check would not see: same size,
    and the file's pages stay well-formed."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA writable_schema = ON")
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = "
                        "'idx_meetings_starts'").fetchone()[0]
    page = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    at = (root - 1) * page
    cells = data[at + 8:at + page]
    data[at + 8:at + page] = bytes(reversed(cells))  # the same bytes, in the wrong order
    path.write_bytes(bytes(data))


def test_a_file_damaged_after_a_good_inspection_is_still_refused(tmp_path):
    path = tmp_path / "overleg.db"
    services = Environment(tmp_path).open(path)
    build_demo(services)
    services.db.close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    assert inspect_file(path) == "current"
    assert inspect_file(path) == "current"  # the second time from the remembered check
    _index_page_spoilt(path)
    with pytest.raises(StorageError):
        open_database(path)
