"""What runs in the fresh subprocesses of the start-up and memory measures.

    python -m benchmarks.probe start-app DB      # the real app on DB, until shown and filled
    python -m benchmarks.probe start-bare        # a bare QMainWindow shown
    python -m benchmarks.probe start-text        # ... with one line of text (a reference)
    python -m benchmarks.probe memory-app DB MEETING_ID   # ... and every screen visited
    python -m benchmarks.probe memory-bare

Each prints one line 'READY <peak resident MB>' once its window is on screen (and, for
memory-app, every screen was shown once), then quits. The parent times the line.
start-app then prints 'CHECKED' once the full check of a file changed outside Overleg,
which runs in the background after the window is shown, has passed (at once when the
file needed none), and quits.
"""

import os
import resource
import signal
import sys
from importlib import import_module


def _peak_mb() -> float:
    """Peak resident memory of this process. On Linux ru_maxrss of an exec'd child starts
    at its parent's peak, so the kernel's own high-water mark of this image is read."""
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    scale = 1024 * 1024 if sys.platform == "darwin" else 1024  # bytes on macOS, else KB
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / scale


def _settle(app) -> None:
    """Let the window paint and any pooled background loading finish."""
    from PySide6.QtCore import QThreadPool

    app.processEvents()
    QThreadPool.globalInstance().waitForDone(10_000)
    app.processEvents()


def _report_and_quit(app, window=None) -> None:
    print(f"READY {_peak_mb():.1f}", flush=True)
    check = getattr(window, "file_check", None)
    if check is not None:
        print("CHECKED" if check.wait() else "CHECK FAILED", flush=True)
    # Leave without tearing down Qt: what happens after READY is not measured, and
    # PySide6 6.12.0 on Python 3.11 can abort at interpreter exit (see none_ballast).
    os._exit(0)


def none_ballast() -> tuple:
    """PySide6 6.12.0 drops one reference to None on every call of a void method; on
    Python < 3.12 (None is not immortal) the process aborts once None's count reaches
    zero. Holding extra references keeps a probe alive; the probe and its baseline carry
    the same ballast (8 MB), so memory differences are unaffected."""
    return (None,) * 1_000_000


def _main_window(app):
    from PySide6.QtWidgets import QMainWindow

    windows = [w for w in app.topLevelWidgets()
               if isinstance(w, QMainWindow) and w.isVisible()]
    if not windows:
        print("NO WINDOW", flush=True)
        app.exit(3)
        return None
    return windows[0]


def start_app(db: str, meeting_id: int | None = None) -> int:
    # The app's own order, as the `overleg` command runs it: the command line, which
    # builds its parser and then (run_gui) imports the composition root with the services,
    # then Qt when the window is wanted. The probe adds only its QApplication (which the
    # window's start then uses) and a timer that reports once the window is shown. (PySide6
    # inspects every module imported after it, so importing it earlier here would charge
    # the app for work it does not do.)
    from overleg.cli import main as cli

    run_gui = cli.run_gui

    def probed_run_gui(args) -> int:
        import_module("overleg.app")  # run_gui's own first step, before Qt (see above)
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

        app = QApplication(sys.argv[:1])

        def ready() -> None:
            window = _main_window(app)
            if window is None:
                return
            _settle(app)
            if meeting_id is not None:
                _visit_everything(app, window, meeting_id)
            _report_and_quit(app, window)

        QTimer.singleShot(0, ready)  # runs once the event loop starts, after window.show()
        return run_gui(args)

    cli.run_gui = probed_run_gui  # the parser binds it when main() builds it
    return cli.main(["--db", db])


def _visit_everything(app, window, meeting_id: int) -> None:
    """Every screen shown once, and the big meeting opened where a screen shows meetings."""
    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)
        _settle(app)
    window.open_record("meeting", meeting_id)
    _settle(app)


def start_bare(text: bool = False) -> int:
    """The baseline: an empty QMainWindow. With `text`, one centred line in it: what any
    window that shows text pays and an empty one never does (Qt's style and font
    database, and the enums of the Qt namespace, which PySide makes on first use)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    if text:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QLabel

        window.setCentralWidget(QLabel("Vergaderingen", alignment=Qt.AlignmentFlag.AlignCenter))
    window.resize(1200, 780)
    window.show()

    def ready() -> None:
        _settle(app)
        _report_and_quit(app)

    QTimer.singleShot(0, ready)
    return app.exec()


if __name__ == "__main__":
    if hasattr(signal, "alarm"):  # a probe that never gets ready (a question on screen, a
        signal.alarm(120)  # window that never shows) ends, and its parent says so
    _ballast = none_ballast()
    kind, *args = sys.argv[1:]
    if kind == "start-app":
        sys.exit(start_app(args[0]))
    elif kind == "memory-app":
        sys.exit(start_app(args[0], int(args[1])))
    elif kind in ("start-bare", "memory-bare", "start-text"):
        sys.exit(start_bare(text=kind == "start-text"))
    sys.exit(f"unknown probe {kind}")
