"""Attached documents: adding a 100 MB file (streamed into the store, hashed, synced and
renamed into place, its record written) against copying the same bytes with
shutil.copyfile and syncing the copy, in the same run."""

import os
import shutil
from pathlib import Path

from benchmarks.bench import Bench
from benchmarks.harness import Result, Target, timed

SIZE = 100 * 1024 * 1024


def _source(bench: Bench) -> Path:
    path = bench.workdir / "stuk-100mb.bin"
    if not path.exists():
        with path.open("wb") as fh:
            for _ in range(SIZE // (1024 * 1024)):
                fh.write(os.urandom(1024 * 1024))
    return path


def _durable_copy(source: Path, target: Path) -> None:
    shutil.copyfile(source, target)
    fd = os.open(target, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def attach_100mb(bench: Bench) -> Result:
    s = bench.services
    source = _source(bench)
    item_id = s.agenda.agenda(bench.meeting_id)[0].id
    assert item_id is not None
    att = s.attachments
    copy = bench.workdir / "kopie.bin"

    def forget() -> None:  # every run writes the whole file, not found already stored
        for path in att.store.folder.rglob("*"):
            if path.is_file():
                path.unlink()
        copy.unlink(missing_ok=True)

    def attach() -> None:
        s.commands.run("Stuk toevoegen", lambda: att.attach(item_id, source))

    return timed("attach a 100 MB file to an agenda item", Target(ratio=2), attach,
                 bench.archive_repeat, before=forget,
                 baseline=lambda: _durable_copy(source, copy),
                 note="AttachmentService (streamed, SHA-256, fsync, rename, record) vs "
                      "shutil.copyfile of the same bytes plus fsync of the copy")
