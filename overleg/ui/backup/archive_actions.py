"""The archive from the File menu: export everything (JSON per table and the Word
documents, as `overleg export-archive` writes it) or import an archive into the open
file (records matched by UUID, never doubled), both as long work with a progress dialog
and a cancel button (ui/common/progress.py)."""

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from overleg.services.container import Services
from overleg.ui.prompts import Prompts

if TYPE_CHECKING:  # the progress dialog's module loads with the first long work
    from overleg.ui.common.progress import LongWork


def export_archive(window: QWidget, services: Services, prompts: Prompts
                   ) -> "LongWork | None":
    from overleg.services import archive_service
    from overleg.ui.common.progress import LongWork

    path = prompts.save_file(
        QCoreApplication.translate("ArchiveActions", "Export archive"),
        QCoreApplication.translate("ArchiveActions", "Archive (*.zip)"), "Overleg-archief.zip")
    if path is None:
        return None
    if path.suffix.lower() != ".zip":
        path = path.with_name(path.name + ".zip")
    label = QCoreApplication.translate("ArchiveActions", "Writing the archive {name}…")
    written = QCoreApplication.translate("ArchiveActions", "Archive written: {path} ({summary}).")
    return LongWork(
        window, label.format(name=path.name),
        lambda progress, cancel: archive_service.export_archive(
            services.db, path, documents=archive_service.word_documents(services.ctx),
            progress=progress, cancel=cancel),
        prompts, on_done=lambda summary: prompts.info(written.format(
            path=path, summary=cast("archive_service.ArchiveSummary", summary).describe()))
    ).start()


def import_archive(window: QWidget, services: Services, prompts: Prompts,
                   after: Callable[[], None]) -> "LongWork | None":
    """`after` runs once the records are in (the window re-reads its screens)."""
    from overleg.services import archive_service
    from overleg.ui.common.progress import LongWork

    path = prompts.open_file(
        QCoreApplication.translate("ArchiveActions", "Import archive"),
        QCoreApplication.translate("ArchiveActions", "Archive (*.zip)"))
    if path is None:
        return None
    label = QCoreApplication.translate("ArchiveActions", "Reading the archive {name}…")
    imported = QCoreApplication.translate("ArchiveActions",
                                          "Archive imported from {name}: {summary}.")

    def done(summary) -> None:
        after()
        prompts.info(imported.format(name=Path(path).name, summary=summary.describe()))

    return LongWork(
        window, label.format(name=Path(path).name),
        lambda _progress, cancel: archive_service.import_archive(
            services.ctx, Path(path), cancel=cancel),
        prompts, on_done=done).start()
