"""Temporary files a killed Overleg left beside a database: half-written backups
(`.NAME.deel` in the backup folder), a half-made restore or new database. They are
removed when the database is next opened for writing, once they are old enough that no
one can still be writing them (a copy in progress touches its file all the time)."""

import time
from pathlib import Path

STALE_AFTER_SECONDS = 15 * 60


def clear(db_path: Path, *, now: float | None = None) -> list[Path]:
    """Remove the stale temporary files of this database; returns what was removed."""
    from overleg.storage.backup import backup_folder  # backup imports the database module

    now = time.time() if now is None else now
    folder = backup_folder(db_path)
    candidates = list(folder.glob(".*.deel")) if folder.is_dir() else []
    for prefix in (".", ".."):  # a temporary file of a temporary file (a restore)
        candidates += list(db_path.parent.glob(f"{prefix}{_glob_safe(db_path.name)}.*"))
    removed = []
    for p in candidates:
        if not p.name.endswith((".deel", ".herstel", ".nieuw", ".nieuw-journal",
                                ".nieuw-wal", ".nieuw-shm")):
            continue
        try:
            if p.is_file() and now - p.stat().st_mtime > STALE_AFTER_SECONDS:
                p.unlink()
                removed.append(p)
        except OSError:
            pass  # not ours to remove, or gone already
    return removed


def _glob_safe(name: str) -> str:
    return "".join(f"[{c}]" if c in "*?[]" else c for c in name)
