"""One start of the app in phases, for benchmarks/start_phases.py (which runs it):

    python -m benchmarks.phase_probe DB [--without-agenda-editor] [--enums]

prints one line of JSON, {"phases": {phase: ms}, "enums": {...}}, then 'READY' as
benchmarks.probe does. Kept apart from start_phases.py so that what the process imports
before the app is as little as the start-up probe's.
"""

import json
import signal
import sys
import time

from benchmarks.probe import _main_window, _report_and_quit, _settle, none_ballast


def start_in_phases(db: str, without_agenda_editor: bool, count_enums: bool) -> int:
    """One start, as `benchmarks.probe start-app` makes it, with a time at each phase."""
    t0 = time.perf_counter()
    marks: dict[str, float] = {}
    last = [t0]

    def mark(name: str) -> None:
        now = time.perf_counter()
        marks[name] = (now - last[0]) * 1000
        last[0] = now

    enums = _EnumCount() if count_enums else None
    from overleg.cli import main as cli

    mark("command line")
    run_gui = cli.run_gui

    def phased_run_gui(args) -> int:
        import overleg.app  # noqa: F401 (run_gui's own first step)

        mark("services")
        from PySide6 import QtCore, QtGui, QtWidgets  # noqa: F401

        mark("PySide6")
        app = QtWidgets.QApplication(sys.argv[:1])
        if enums is not None:
            enums.start()
        mark("QApplication")
        import overleg.ui.application  # noqa: F401
        from overleg.ui import main_window

        mark("interface modules")
        if without_agenda_editor:
            from overleg.ui.meetings import meeting_detail

            meeting_detail.AgendaEditor = _left_out_class()  # type: ignore[misc]
        window_class = main_window.MainWindow
        made, shown = window_class.__init__, window_class.show

        def timed_init(self, *a, **k) -> None:
            mark("open the file")
            made(self, *a, **k)
            mark("build the window")

        def timed_show(self) -> None:
            shown(self)
            mark("show")

        window_class.__init__ = timed_init  # type: ignore[method-assign]
        window_class.show = timed_show  # type: ignore[method-assign]

        def ready() -> None:
            _settle(app)
            mark("paint and settle")
            report: dict = {"phases": marks}
            if enums is not None:
                report["enums"] = enums.made()
            print(json.dumps(report), flush=True)
            # Waits for the file's check, as the probe does: a start that passed it
            # leaves the file known to the next (otherwise each would check it all).
            _report_and_quit(app, _main_window(app))

        QtCore.QTimer.singleShot(0, ready)
        return run_gui(args)

    cli.run_gui = phased_run_gui
    return cli.main(["--db", db])


class _EnumCount:
    """Counts the enums made through the enum module's functional API (as PySide makes
    them) from start() on."""

    def __init__(self) -> None:
        import enum

        self.counting = False
        self.count = self.members = 0
        self.seconds = 0.0
        make = enum.EnumType._create_
        count = self

        def counted(cls, *args, **kwargs):
            began = time.perf_counter()
            made = make(cls, *args, **kwargs)
            if count.counting:
                count.seconds += time.perf_counter() - began
                count.count += 1
                count.members += len(made.__members__)
            return made

        enum.EnumType._create_ = counted  # type: ignore[method-assign]

    def start(self) -> None:
        self.counting = True

    def made(self) -> dict:
        return {"count": self.count, "members": self.members, "ms": self.seconds * 1000}


def _left_out_class():
    from PySide6.QtWidgets import QWidget

    class LeftOut(QWidget):
        """An empty widget where the agenda editor would be; whatever the window asks
        of the editor is done by nobody."""

        def __init__(self, *args, bus=None, **kwargs) -> None:
            super().__init__()
            self.bus = bus

        def __getattr__(self, name: str):
            return lambda *args, **kwargs: None

    return LeftOut


if __name__ == "__main__":
    if hasattr(signal, "alarm"):  # a start that never gets ready ends (as the probe's)
        signal.alarm(120)
    _ballast = none_ballast()  # see there: the start-up probe carries the same
    sys.exit(start_in_phases(sys.argv[1], "--without-agenda-editor" in sys.argv[2:],
                             "--enums" in sys.argv[2:]))
