"""UI fixtures: every test must leave no top-level window behind (napari-style)."""

import pytest
from PySide6.QtWidgets import QApplication


@pytest.fixture(autouse=True)
def no_leaked_windows(qapp):
    before = set(map(id, QApplication.topLevelWidgets()))
    yield
    QApplication.processEvents()
    leaked = [w for w in QApplication.topLevelWidgets()
              if id(w) not in before and w.isVisible()]
    for w in leaked:
        w.close()
    assert not leaked, f"windows left open: {leaked}"
