"""The app as a child process for test_crash_while_typing: the main window on a database
file, the minutes open at one item's notes, a key typed every KEY_EVERY_MS for ever (the
test kills the process). Prints 'ready', then the number of keys typed after each key."""

import sys
from pathlib import Path

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from overleg.app import open_services
from overleg.ui.common import minutes_places as places
from overleg.ui.main_window import MainWindow
from tests.ui.fakes import FakePrompts

KEY_EVERY_MS = 50


def main(path: Path, item_id: int) -> None:
    app = QApplication.instance() or QApplication([])
    services = open_services(path)
    window = MainWindow(services, path, prompts=FakePrompts())
    window.show()
    window.open_record(places.NOTES, item_id)
    notes = window.stack.currentWidget().detail.minutes.page.notes
    notes.setFocus()
    app.processEvents()
    print("ready", flush=True)
    typed = 0
    while True:
        QTest.keyClicks(notes, "a")
        typed += 1
        print(typed, flush=True)
        QTest.qWait(KEY_EVERY_MS)


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]))
