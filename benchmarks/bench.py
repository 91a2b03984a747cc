"""What every measure gets: the archive, a working copy of it opened through the app's
own storage layer, the services over it, and how often to repeat."""

import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.archive import Archive
from overleg.services.container import Services, build_services
from overleg.storage.blob_store import store_folder
from overleg.storage.database import open_database


@dataclass
class Bench:
    archive: Archive
    repeat: int
    archive_repeat: int = 3  # runs of a whole-archive measure (an export of everything)
    workdir: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="overleg-bench-")))
    services: Services = field(init=False)

    def __post_init__(self) -> None:
        # Measures may write (settings, exports); the cached archive stays untouched.
        self.db_path = self.workdir / "archief.db"
        shutil.copyfile(self.archive.path, self.db_path)
        # The attached documents live beside the database (blob_store.store_folder): the
        # copy needs its own, or export-archive refuses for want of them.
        documents = store_folder(self.archive.path)
        if documents.is_dir():
            shutil.copytree(documents, store_folder(self.db_path))
        self.services = build_services(open_database(self.db_path, create=False))

    @property
    def meeting_id(self) -> int:
        """A held meeting with 40 items, notes, decisions and follow-ups."""
        return self.archive.big_meetings[0]

    @property
    def coming_meeting_id(self) -> int:
        """A coming meeting with 40 items on its agenda and points coming back to it."""
        return self.archive.big_future[0]

    def close(self) -> None:
        self.services.db.close()
        shutil.rmtree(self.workdir, ignore_errors=True)
