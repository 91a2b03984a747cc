"""The tour of tests/ui/tour.py in a process of its own, so Qt reads QT_SCALE_FACTOR at
its start: `python -m tests.ui.layout_tour WIDTH HEIGHT` shows the main window at that
size with the example data, walks every screen, tab and minutes state and every dialog,
and prints each layout fault it finds (tests/ui/layout_faults.py), one a line."""

import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from overleg.services.container import build_services
from overleg.services.demo import build_demo
from overleg.storage.database import open_memory
from tests.conftest import NOW
from tests.ui.fakes import FakePrompts
from tests.ui.layout_faults import cut_texts, elided_cells, horizontal_scroll_bars, title_cut
from tests.ui.tour import dialogs, full_window, install_language, window_states


class _Bot:
    """What tour.full_window asks of pytest-qt's qtbot, outside pytest."""

    def addWidget(self, widget) -> None:  # noqa: N802 (qtbot's name)
        pass

    def waitExposed(self, widget) -> None:  # noqa: N802
        QApplication.processEvents()


def faults(width: int, height: int, folder: Path) -> list[str]:
    app = QApplication.instance() or QApplication([])
    install_language("nl")
    services = build_services(open_memory(), now=lambda: NOW, user="tester")
    services.schemas.ensure_builtin()
    build_demo(services)
    found: list[str] = []
    window = full_window(_Bot(), services, FakePrompts())
    window.resize(width, height)
    for state in window_states(window, services):
        app.processEvents()
        found += [f"{state}: {f}" for f in cut_texts(window) + elided_cells(window) +
                  horizontal_scroll_bars(window)]
    window.close()
    for name, make in dialogs(services, FakePrompts(), folder):
        dialog = make()
        dialog.show()
        app.processEvents()
        found += [f"{name}: {f}" for f in cut_texts(dialog) + elided_cells(dialog) +
                  title_cut(dialog)]
        dialog.close()
        dialog.deleteLater()
    return list(dict.fromkeys(found))  # each once, in the order found


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        print("\n".join(faults(int(sys.argv[1]), int(sys.argv[2]), Path(tmp))))
