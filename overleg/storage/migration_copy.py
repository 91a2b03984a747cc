"""The copy of a file made before a migration touches it (kept beside it as
NAME.voor-migratie-vN.bak)."""

import os
import sqlite3
from pathlib import Path

from overleg.storage.errors import translate_error
from overleg.storage.file_uris import read_only_uri
from overleg.storage.migration_names import MIGRATION_SET


def copy_before_migrating(path: Path) -> None:
    """A full copy through the backup API before any migration touches the file."""
    applied = len(applied_names(path))
    target = path.with_name(f"{path.name}.voor-migratie-v{applied}.bak")
    src = sqlite3.connect(read_only_uri(path), uri=True)
    try:
        fd = os.open(target, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
        os.close(fd)
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    except (OSError, sqlite3.DatabaseError) as exc:
        raise translate_error(exc, path) from None
    finally:
        src.close()


def applied_names(path: Path) -> list[str]:
    conn = sqlite3.connect(read_only_uri(path), uri=True)
    try:
        return [r[0] for r in conn.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", [MIGRATION_SET])]
    finally:
        conn.close()
