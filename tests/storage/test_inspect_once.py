"""Opening a file checks its pages once per state of the file: starting the app inspects
it three times, and a ten-year archive takes over 200 ms per full check. A file that
changes in between is checked again."""

import sqlite3

import pytest

from overleg.app import Environment
from overleg.services.demo import build_demo
from overleg.storage.database import inspect_file, open_database
from overleg.storage.errors import StorageError
from tests.helpers import spoil_an_index


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
    spoil_an_index(path)
    with pytest.raises(StorageError):
        open_database(path)
