"""What the storage tests share: an empty database in memory, closed after the test."""

import pytest

from overleg.storage.database import open_memory


@pytest.fixture
def db():
    d = open_memory()
    yield d
    d.close()
