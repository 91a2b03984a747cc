"""The full check of a file the window opened before checking it (services.file_check).

The window shows the file at once; a worker checks every page on a read-only connection
of its own, and a quiet note in the status bar says so. Until the check has passed,
nothing is written to the file: a change is refused with one sentence, and what writes
or copies the file at opening waits (the shipped schemas, the day's backup, the shared
folder). When the check finds damage, the user gets the message and the backups of a
check before opening (ui/backup/recovery.py); when nothing is opened instead, the file
stays open for reading only.

The worker has a thread pool of its own: on a large archive the check holds its thread
for seconds, and Qt's global pool (a thread per core) serves the screens' loading and
the exports meanwhile.
"""

from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, Signal
from PySide6.QtWidgets import QLabel, QMainWindow, QStatusBar

from overleg.domain.errors import OverlegError
from overleg.services.backup_service import FileProblem
from overleg.services.container import Services
from overleg.ui.backup.daily_backup import take_daily_backup
from overleg.ui.backup.recovery import offer_backups
from overleg.ui.common.app_settings import AppSettings
from overleg.ui.common.background import BackgroundJob
from overleg.ui.common.message_text import shown
from overleg.ui.exchange import exchange_actions
from overleg.ui.prompts import Prompts
from overleg.ui.startup import Env, Opening


class Host(Protocol):
    """The window, as the check sees it."""

    path: Path
    opener: Env | None
    settings: AppSettings | None
    prompts: Prompts

    def set_database(self, services: Services, path: Path) -> None: ...
    def statusBar(self) -> QStatusBar: ...  # noqa: N802 (Qt naming)
    def close(self) -> bool: ...


class FileCheckRun(QObject):
    """The check of the window's file, when it is due; `finished(passed)` once known."""

    finished = Signal(bool)

    def __init__(self, window: Host, services: Services) -> None:
        super().__init__(window if isinstance(window, QObject) else None)
        self.window, self.services = window, services
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.note: QLabel | None = None
        self.done = not services.file_check.pending
        if self.done:
            self._ready()
            return
        self.note = QLabel(self.tr("Checking the file…"))
        self.note.setAccessibleName(self.tr("File check"))
        window.statusBar().insertPermanentWidget(0, self.note)
        job = BackgroundJob(services.file_check.job(), self)
        job.done.connect(self._concluded)
        job.failed.connect(lambda _reason: self._concluded(False))
        job.start(self.pool)

    @classmethod
    def start(cls, window: Host, services: Services) -> "FileCheckRun":
        """The window shows `services`: a check of the file shown before stops."""
        previous = getattr(window, "file_check", None)
        if isinstance(previous, FileCheckRun):
            previous.stop()
        return cls(window, services)

    def stop(self) -> None:
        """The window closes or shows another file: a running check ends, unrecorded."""
        if not self.done:
            self.done = True
            self.services.file_check.stop()
            self.pool.waitForDone()
            self._remove_note()

    def wait(self, timeout_ms: int = 600_000) -> bool:
        """Until the outcome is known (tests, the start-up measure); True when passed."""
        self.pool.waitForDone(timeout_ms)
        QCoreApplication.processEvents()  # the worker's result, queued for this thread
        return self.done and not self.services.file_check.pending

    def _concluded(self, passed: bool) -> None:
        if self.done:
            return  # stopped meanwhile: the window has moved on
        self.done = True
        self._remove_note()
        try:
            problem = self.services.file_check.conclude(passed)
        except OverlegError as exc:  # the shipped schemas could not be added
            problem = None
            self.window.statusBar().showMessage(shown(exc))
        if problem is None:
            self._ready()
            self.finished.emit(True)
            return
        self.finished.emit(False)
        self._damaged(problem)

    def _ready(self) -> None:
        """What waits for a checked file: the day's backup, the shared folder."""
        if isinstance(self.window, QMainWindow):
            take_daily_backup(self.window, self.services)
            exchange_actions.sync_shared(self.window)

    def _damaged(self, problem: OverlegError) -> None:
        window = self.window
        path, opener, settings = window.path, window.opener, window.settings
        if opener is None:
            window.prompts.error(shown(problem))
        else:
            user = (settings.user_name or None) if settings is not None else None
            replacing = _Replacing(Opening(opener, user, create=False),
                                   lambda: opener.close(self.services))
            opened = offer_backups(replacing, path, problem, window.prompts)
            if opened is not None:
                window.set_database(opened, path)
                return
            if replacing.closed:  # the restore failed after the file was closed
                window.close()
                return
        self.note = QLabel(self.tr("The file is damaged; nothing can be saved in it."))
        window.statusBar().insertPermanentWidget(0, self.note)

    def _remove_note(self) -> None:
        if self.note is not None:
            self.window.statusBar().removeWidget(self.note)
            self.note.deleteLater()
            self.note = None


def rescue_start(env: Env, services: Services, path: Path, prompts: Prompts,
                 user: str | None) -> Services | None:
    """Showing the first screen failed on a file whose check had not passed yet: damage
    may be the cause. The check runs now; damage gets the message and the backups of a
    check before opening (the services opened instead, or None when declined). A sound
    file re-raises the failure, which is a bug then."""
    if not services.file_check.running:
        raise
    try:
        services.file_check.run_now()
    except OverlegError as problem:
        replacing = _Replacing(Opening(env, user, create=False),
                               lambda: env.close(services))
        opened = offer_backups(replacing, path, problem, prompts)
        if not replacing.closed:
            env.close(services)
        return opened
    raise


class _Replacing:
    """Opening for the backups' offer: the damaged file is closed (nothing was written
    to it) just before a backup takes its place."""

    def __init__(self, opening: Opening, close: Callable[[], None]) -> None:
        self.opening, self.close, self.closed = opening, close, False

    def open(self, path: Path) -> Services:
        return self.opening.open(path)

    def adopt(self, path: Path) -> Services:
        return self.opening.adopt(path)

    def problem(self, path: Path, exc: OverlegError) -> FileProblem:
        return self.opening.problem(path, exc)

    def restore(self, path: Path, backup: Path) -> Path | None:
        if not self.closed:
            self.close()
            self.closed = True
        return self.opening.restore(path, backup)
