"""The Word documents of one meeting: agenda, minutes, its decision and action lists,
in the full version for members or the public one. The result opens in the system's
default program."""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMenu, QWidget

from overleg.services.container import Services
from overleg.ui.common.guard import guarded
from overleg.ui.prompts import Prompts


def open_with_system(path: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class MeetingExportMenu(QMenu):
    def __init__(self, services: Services, prompts: Prompts,
                 current_meeting: Callable[[], int | None], parent: QWidget | None = None,
                 opener: Callable[[Path], None] = open_with_system) -> None:
        super().__init__(parent)
        self.services, self.prompts = services, prompts
        self.current_meeting, self.opener = current_meeting, opener
        self.setTitle(self.tr("E&xport"))
        entries = [
            (self.tr("Agenda…"), self.tr("Agenda"), "agenda", False),
            (self.tr("Agenda, public version…"), self.tr("Agenda (public)"), "agenda", True),
            (self.tr("Minutes…"), self.tr("Minutes"), "minutes", False),
            (self.tr("Minutes, public version…"), self.tr("Minutes (public)"), "minutes",
             True),
            (self.tr("Decision list of this meeting…"), self.tr("Decisions"), "decisions",
             False),
            (self.tr("Action list of this meeting…"), self.tr("Actions"), "actions", False),
        ]
        for label, name, kind, public in entries:
            action = self.addAction(label)
            action.triggered.connect(
                lambda _=False, n=name, k=kind, p=public: self.export(k, n, public=p))
            if kind == "minutes" and not public:
                self.addSeparator()

    def export(self, kind: str, name: str, *, public: bool = False) -> Path | None:
        meeting_id = self.current_meeting()
        if meeting_id is None:
            return None
        listing = self.services.meetings.listing(meeting_id)
        suggested = f"{name} {listing.body_code} {listing.meeting.day.isoformat()}.docx"
        path = self.prompts.save_file(self.tr("Save Word document"),
                                      self.tr("Word document (*.docx)"), suggested)
        if path is None:
            return None
        if path.suffix.lower() != ".docx":
            path = path.with_name(path.name + ".docx")
        docs = self.services.documents
        write = {
            "agenda": lambda: docs.agenda(meeting_id, path, public=public),
            "minutes": lambda: docs.minutes(meeting_id, path, public=public),
            "decisions": lambda: docs.decisions(path, meeting_id=meeting_id, public=public),
            "actions": lambda: docs.actions(path, meeting_id=meeting_id, public=public),
        }[kind]
        written = guarded(self.prompts, write)
        if written is not None:
            self.opener(Path(written))
        return written
