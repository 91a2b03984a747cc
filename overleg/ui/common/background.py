"""Long work off the UI thread: a job runs in Qt's global thread pool and its outcome
comes back as a signal, delivered in the UI thread (Qt queues signals across threads).

A job must not touch the app's own database connection: it brings its own (see
BackupService.automatic_job). Its failure arrives as the one sentence of an
OverlegError; any other exception is a bug and is reported the same way, with its type.
"""

from collections.abc import Callable

from PySide6.QtCore import QObject, QThreadPool, Signal

from overleg.domain.errors import OverlegError
from overleg.ui.common.message_text import shown


class BackgroundJob(QObject):
    done = Signal(object)  # the job's result
    failed = Signal(str)  # one sentence

    def __init__(self, job: Callable[[], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.job = job

    def start(self, pool: QThreadPool | None = None) -> None:
        """In Qt's global pool, or in `pool` (work that holds a thread for long)."""
        (pool or QThreadPool.globalInstance()).start(self._run)

    def _run(self) -> None:
        try:
            signal, value = self.done, self.job()
        except OverlegError as exc:
            signal, value = self.failed, shown(exc)
        except Exception as exc:  # a bug must not pass silently in a thread either
            signal, value = self.failed, f"{type(exc).__name__}: {exc}"
        try:
            signal.emit(value)
        except RuntimeError:
            pass  # the window that asked for it has closed meanwhile: nobody to tell


def wait_for_background_jobs(timeout_ms: int = 30_000) -> bool:
    """Before the app closes its files: let running jobs (a backup) finish."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
