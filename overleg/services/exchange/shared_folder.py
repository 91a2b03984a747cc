"""A shared folder (a network drive, a OneDrive/SharePoint sync folder, a USB stick): each
installation writes only its own package there, named by its installation id, and reads
the others'. No two machines ever write the same file, and no database file is shared.

Writing goes through a hidden temporary file in the folder, flushed to disk and renamed
(package.write_package), so a reader sees the previous package or the new one, never half
of one; a writer killed halfway leaves only its hidden temporary file, which readers skip
and the next publish of that installation clears away.

What it promises: every change an installation has published (publish() returned) is in
its file and reaches the others when they read the folder. What it does not: changes not
yet published; a folder the sync client has not brought up to date yet; a copied
database file (it has the same installation id, so both would write one file)."""

from dataclasses import dataclass
from pathlib import Path

from overleg.domain.errors import OverlegError
from overleg.services.exchange.intake import accept_all
from overleg.services.exchange.package import SUFFIX
from overleg.services.exchange.service import ExchangeService, Preview
from overleg.storage import record_stamps

STALE_TEMP_SECONDS = 3600  # a hidden temporary file this old is a writer that died


@dataclass(frozen=True)
class Reading:
    """What the shared folder holds for this file: the packages that differ from it, and a
    sentence for each one that could not be read."""
    previews: list[Preview]  # packages of others that differ from the records here
    problems: list[str]  # one sentence per package that could not be read


class SharedFolder:
    def __init__(self, exchange: ExchangeService, folder: Path) -> None:
        self.exchange = exchange
        self.folder = Path(folder)
        self._seen: dict[str, int] = {}  # file name -> modification time read last

    @property
    def own_file(self) -> Path:
        return self.folder / f"{record_stamps.installation_id(self.exchange.ctx.db)}{SUFFIX}"

    def check_folder(self) -> None:
        if not self.folder.is_dir():
            raise OverlegError(f"De gedeelde map '{self.folder}' bestaat niet of is niet "
                               "bereikbaar.")

    def publish(self) -> Path:
        """This installation's records, all of them, as its own package in the folder;
        once this returns, every change made before it is there for the others."""
        self.check_folder()
        self._clear_stale_temps()
        self.exchange.export(self.exchange.scope(everything=True), self.own_file)
        return self.own_file

    def others(self) -> list[Path]:
        """The other installations' packages (hidden and temporary files skipped)."""
        self.check_folder()
        return sorted(p for p in self.folder.iterdir()
                      if p.suffix == SUFFIX and not p.name.startswith(".")
                      and p.name != self.own_file.name and p.is_file())

    def read(self, *, only_newer: bool = False) -> Reading:
        """What the others' packages would change here; `only_newer`: only the packages
        written since the last read (at opening, all are read)."""
        previews, problems = [], []
        for path in self.others():
            try:
                stamp = path.stat().st_mtime_ns
                if only_newer and self._seen.get(path.name) == stamp:
                    continue
                preview = self.exchange.preview(path)
            except OverlegError as exc:
                problems.append(str(exc))
                continue
            except OSError:  # replaced or removed while we looked: read next time
                continue
            self._seen[path.name] = stamp
            if preview.differences:
                previews.append(preview)
        return Reading(previews, problems)

    def apply_without_conflict(self, preview: Preview) -> int:
        """Their later changes (what accepting all takes); the fields changed here later
        stay for the reconcile view. Returns the number of records changed."""
        choices = accept_all(preview.differences)
        if not choices:
            return 0
        return self.exchange.apply(preview, choices).result

    def sync(self) -> Reading:
        """Take over the others' later changes, then publish: the folder then holds this
        installation's records including what it took over. Returns what is left to
        reconcile (fields changed here later) and the packages that could not be read."""
        left, problems = [], []
        for path in self.others():  # each read just before it is applied: up to date
            try:
                preview = self.exchange.preview(path)
                self.apply_without_conflict(preview)
                preview = self.exchange.preview(path)
            except OverlegError as exc:
                problems.append(str(exc))
                continue
            except OSError:
                continue
            if preview.differences:
                left.append(preview)
        self.publish()
        return Reading(left, problems)

    def _clear_stale_temps(self) -> None:
        import time

        for p in self.folder.glob(".overleg-*"):
            try:
                if time.time() - p.stat().st_mtime > STALE_TEMP_SECONDS:
                    p.unlink()
            except OSError:
                pass
