"""Long work (an export or import of the whole archive) in a worker thread, with a
progress dialog and a cancel button; the window keeps painting meanwhile.

The work is a plain function of `(progress, cancel)`: the services report through
`progress(done, total)` and stop with `Cancelled` once `cancel` (a threading.Event) is
set, without knowing about Qt. The dialog is window-modal, so the user cannot start
other work on the same database while the worker uses it. One mechanism for every long
task (list exports, the archive, later attachments and packs).
"""

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from overleg.domain.errors import OverlegError
from overleg.services.progress import Cancelled, Progress
from overleg.ui.common.command_bus import CommandBus, bus_of
from overleg.ui.common.message_text import shown
from overleg.ui.prompts import Prompts

Work = Callable[[Progress, threading.Event], object]



class LongWork(QObject):
    """One run of `work`. `finished` fires in the UI thread when it is over, with
    `outcome` one of 'done', 'cancelled', 'failed'; `result` holds the work's value."""

    progressed = Signal(int, int)
    finished = Signal(str)
    _ended = Signal(str, object)  # from the worker thread to the UI thread

    def __init__(self, parent: QWidget, label: str, work: Work, prompts: Prompts,
                 on_done: Callable[[object], None] | None = None) -> None:
        super().__init__(parent)
        self.work, self.prompts, self.on_done = work, prompts, on_done
        self.cancel = threading.Event()
        self.outcome = ""
        self.result: object = None
        self.bus: CommandBus | None = None
        self.dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, parent)
        self.dialog.setWindowTitle(self.tr("Please wait"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        # Shown at once: while it is up (window-modal) no second task can start on the
        # same database connection; one that waited for slow work would leave a gap.
        self.dialog.setMinimumDuration(0)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.cancel.set)
        self.progressed.connect(self._show_progress)
        self._ended.connect(self._end)

    def start(self) -> "LongWork":
        self.bus = bus_of(self.dialog.parentWidget())
        if self.bus is not None:
            self.bus.long_work += 1
        self.dialog.show()
        QThreadPool.globalInstance().start(_Runnable(self._run))
        return self

    @property
    def running(self) -> bool:
        return not self.outcome

    def _run(self) -> None:  # in the worker thread
        try:
            value = self.work(self._report, self.cancel)
            outcome: str = "done"
        except Cancelled:
            outcome, value = "cancelled", None
        except OverlegError as exc:
            outcome, value = "failed", shown(exc)
        except Exception as exc:  # a bug must not pass silently in a thread either
            outcome, value = "failed", f"{type(exc).__name__}: {exc}"
        try:
            self._ended.emit(outcome, value)
        except RuntimeError:
            pass  # the window closed meanwhile

    def _report(self, done: int, total: int) -> None:  # in the worker thread
        if not self.cancel.is_set():
            self.progressed.emit(done, total)

    def _show_progress(self, done: int, total: int) -> None:
        if total <= 0:  # a phase without a count: the bar shows it is busy
            self.dialog.setRange(0, 0)
        else:
            if self.dialog.maximum() != total:
                self.dialog.setMaximum(total)
            self.dialog.setValue(min(done, total))

    def _end(self, outcome: str, value: object) -> None:
        self.outcome = outcome
        if self.bus is not None:
            self.bus.long_work -= 1
        self.dialog.canceled.disconnect(self.cancel.set)
        self.dialog.close()
        self.dialog.deleteLater()
        if outcome == "done":
            self.result = value
            if self.on_done is not None:
                self.on_done(value)
        elif outcome == "failed":
            self.prompts.error(str(value))
        self.finished.emit(outcome)


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[], None]) -> None:
        super().__init__()
        self.fn = fn

    def run(self) -> None:
        self.fn()


def save_in_background(parent: QWidget, prompts: Prompts, title: str, filters: str,
                       suggested: str, write: Callable[[Path, Progress, threading.Event], Path],
                       opener: Callable[[Path], object]) -> LongWork | None:
    """Ask where to save, then write in the background and open the file when it is
    there; None when the user chose no file. `suggested` carries the extension the file
    must get. A cancel or failure leaves no file (the services write through a
    temporary file)."""
    suffix = Path(suggested).suffix.lower()
    path = prompts.save_file(title, filters, suggested)
    if path is None:
        return None
    if suffix and path.suffix.lower() != suffix:
        path = path.with_name(path.name + suffix)
    label = QCoreApplication.translate("LongWork", "Writing {name}…").format(name=path.name)
    return LongWork(parent, label, lambda progress, cancel: write(path, progress, cancel),
                    prompts, on_done=lambda written: _open(opener, written)).start()


def _open(opener: Callable[[Path], object], written: object) -> None:
    opener(Path(str(written)))
