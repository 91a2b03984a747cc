"""The day's backup of the open file, copied in the background once the screen is up (a
ten-year archive takes a while, longer on a network share). Only a failure is said, in
the status bar: it must not keep anyone from working."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow

from overleg.services.container import Services
from overleg.ui.common.background import BackgroundJob


def take_daily_backup(window: QMainWindow, services: Services) -> None:
    job = services.backups.automatic_job()
    if job is None:
        return
    task = BackgroundJob(job, window)
    # The sentence keeps the window's translation context, where it has always been.
    failed = QCoreApplication.translate("NavigationWindow", "Today's backup was not made: {reason}")
    task.failed.connect(lambda reason: window.statusBar().showMessage(
        failed.format(reason=reason)))
    task.done.connect(task.deleteLater)
    task.failed.connect(task.deleteLater)
    task.start()
