"""The documents ('Stukken') of the selected agenda item: add (button or drag and drop;
read into the store in a worker with progress and cancel), open with the system's
viewer from a temporary copy, replace by a newer version, mark confidential, delete.
Every change is a command of the window's bus, so Ctrl+Z takes it back."""

import shutil
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from overleg.domain.attachments import Attachment, size_text
from overleg.domain.changes import ChangeSet
from overleg.domain.errors import OverlegError
from overleg.services.container import Services
from overleg.ui.common.command_bus import CommandBus
from overleg.ui.common.guard import guarded, succeeded
from overleg.ui.common.save_and_open import Opener, open_with_system
from overleg.ui.prompts import Prompts

if TYPE_CHECKING:  # the progress dialog's modules load with the first file added
    from overleg.services.progress import Progress
    from overleg.ui.common.progress import LongWork

ID_ROLE = Qt.ItemDataRole.UserRole


class DocumentsPanel(QWidget):
    def __init__(self, services: Services, prompts: Prompts, bus: CommandBus,
                 parent: QWidget | None = None, opener: Opener = open_with_system) -> None:
        super().__init__(parent)
        self.services, self.prompts, self.bus, self.opener = services, prompts, bus, opener
        self.item_id: int | None = None
        self.read_only = True
        self.work: LongWork | None = None
        self._copies = Path(tempfile.mkdtemp(prefix="overleg-stukken-"))
        self.title = QLabel(self.tr("Documents"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Documents of the item"))
        self.list.setMinimumHeight(70)
        self.list.itemDoubleClicked.connect(lambda _i: self.open_current())
        self.list.currentRowChanged.connect(lambda _r: self._update_buttons())
        self.add_button = self._button(self.tr("Add…"), self.tr("Add a document"),
                                       self.add_chosen)
        self.open_button = self._button(self.tr("Open"), self.tr("Open the document"),
                                        self.open_current)
        self.replace_button = self._button(self.tr("Newer version…"),
                                           self.tr("Replace by a newer version"),
                                           self.replace_current)
        self.confidential_button = self._button(self.tr("Confidential"),
                                                self.tr("Mark the document confidential"),
                                                self.toggle_confidential)
        self.confidential_button.setCheckable(True)
        self.delete_button = self._button(self.tr("Remove"), self.tr("Remove the document"),
                                          self.delete_current)
        # Two rows: five buttons side by side do not fit the item form's column.
        buttons = QGridLayout()
        for n, b in enumerate((self.add_button, self.open_button, self.replace_button,
                               self.confidential_button, self.delete_button)):
            buttons.addWidget(b, n // 3, n % 3)
        buttons.setColumnStretch(3, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self.setAcceptDrops(True)
        self.bus.changed.connect(self._changed)
        self.set_item(None, True)

    def _button(self, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
        b = QPushButton(text)
        b.setAccessibleName(name)
        b.setToolTip(name)
        b.setAutoDefault(False)
        b.clicked.connect(lambda _checked=False: slot())
        return b

    # -- showing --------------------------------------------------------------------------

    def set_item(self, item_id: int | None, read_only: bool) -> None:
        self.item_id, self.read_only = item_id, read_only
        self.refresh()

    def refresh(self) -> None:
        row = self.list.currentItem()
        current_id = row.data(ID_ROLE) if row is not None else None  # perhaps gone now
        self.list.clear()
        docs: list[Attachment] = []
        if self.item_id is not None:
            try:
                docs = self.services.attachments.for_item(self.item_id)
            except OverlegError:  # the item went meanwhile (deleted, undone)
                self.item_id = None
        closed = bool(docs) and docs[0].item_id in \
            self.services.attachments.closed.closed_items([docs[0].item_id])
        for a in docs:
            secret = self.services.attachments.is_confidential(a, closed)
            text = a.title + (f" ({a.version})" if a.version else "")
            text += f" — {a.file_name}, {size_text(a.size)}"
            if secret:
                text += " — " + self.tr("confidential")
            row = QListWidgetItem(text)
            row.setData(ID_ROLE, a.id)
            row.setToolTip(f"SHA-256 {a.sha256}")
            self.list.addItem(row)
            if a.id == current_id:
                self.list.setCurrentItem(row)
        self._update_buttons()

    def current(self) -> Attachment | None:
        row = self.list.currentItem()
        if row is None:
            return None
        return guarded(self.prompts, lambda: self.services.attachments.get(row.data(ID_ROLE)))

    def _update_buttons(self) -> None:
        row = self.list.currentItem()
        editable = self.item_id is not None and not self.read_only
        self.add_button.setEnabled(editable)
        for b in (self.replace_button, self.confidential_button, self.delete_button):
            b.setEnabled(editable and row is not None)
        self.open_button.setEnabled(row is not None)
        a = self.current() if row is not None else None
        self.confidential_button.setChecked(bool(a and a.confidential))

    def _changed(self, changes: ChangeSet) -> None:
        if changes.touches("attachments", "agenda_items"):
            self.refresh()

    # -- actions --------------------------------------------------------------------------

    def add_chosen(self) -> None:
        path = self.prompts.open_file(self.tr("Add a document"), self.tr("All files (*)"))
        if path is not None:
            self.add_files([Path(path)])

    def add_files(self, paths: list[Path], replacing: int | None = None
                  ) -> "LongWork | None":
        """Read the files in a worker (progress, cancel), then record them as one step."""
        from overleg.ui.common.progress import LongWork

        item_id = self.item_id
        if item_id is None or self.read_only or not paths:
            return None
        attachments = self.services.attachments

        def work(progress: "Progress", cancel: threading.Event) -> list:
            prepared: list = []
            try:
                for path in paths:
                    prepared.append(attachments.prepare(path, progress=progress,
                                                        cancel=cancel))
            except BaseException:
                attachments.discard(prepared)
                raise
            return prepared

        def done(prepared: object) -> None:
            files = list(prepared) if isinstance(prepared, list) else []
            result: object
            if replacing is not None:
                result = self.bus.run(self.tr("Newer version of a document"),
                                      lambda: attachments.replace(replacing, files[0]))
            else:
                result = self.bus.run(self.tr("Add documents"), lambda: [
                    attachments.add(item_id, p) for p in files])
            if result is None:
                attachments.discard(files)
            self.refresh()

        label = self.tr("Reading %s…") % ", ".join(p.name for p in paths)
        self.work = LongWork(self, label, work, self.prompts, on_done=done).start()
        return self.work

    def open_current(self) -> Path | None:
        """A temporary copy opened in the system's viewer: the stored bytes stay as they
        are whatever the viewer does."""
        a = self.current()
        if a is None:
            return None
        source = guarded(self.prompts, lambda: self.services.attachments.path_of(a))
        if source is None:
            return None
        folder = Path(tempfile.mkdtemp(dir=self._copies))
        copy = folder / a.file_name
        shutil.copyfile(source, copy)
        copy.chmod(0o400)
        self.opener(copy)
        return copy

    def replace_current(self) -> None:
        a = self.current()
        if a is None or self.read_only:
            return
        path = self.prompts.open_file(self.tr("Newer version of '%s'") % a.title,
                                      self.tr("All files (*)"))
        if path is not None:
            self.add_files([Path(path)], replacing=a.id)

    def toggle_confidential(self) -> None:
        a = self.current()
        if a is None or a.id is None or self.read_only:
            return
        doc_id = a.id
        self.bus.run(self.tr("Mark document confidential") if not a.confidential
                     else self.tr("Mark document public"),
                     lambda: self.services.attachments.edit(doc_id,
                                                            confidential=not a.confidential))
        self.refresh()

    def delete_current(self) -> None:
        a = self.current()
        if a is None or a.id is None or self.read_only:
            return
        doc_id = a.id
        if not self.prompts.confirm(self.tr("Remove the document '%s' (with its older "
                                            "versions)?") % a.title):
            return
        self.bus.run(self.tr("Remove document"),
                     succeeded(lambda: self.services.attachments.delete(doc_id)))
        self.refresh()

    # -- drag and drop --------------------------------------------------------------------

    def dragEnterEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        if event.mimeData().hasUrls() and self.item_id is not None and not self.read_only:
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.add_files(paths)
