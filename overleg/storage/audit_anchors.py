"""The audit chain's head kept outside the database file, so that a trail rewritten
inside the file (and its hashes recomputed) still disagrees with something.

Anchors live beside every backup (in its folder's `.audit-ankers.json`, by name), in an
archive's schema.json and in the app's record of verified files (updated when Overleg
closes a file it wrote, and only while the chain still runs through the previous anchor).
"""

import json
import os
import sqlite3
from pathlib import Path

from overleg.domain.audit_chain import DATABASE_TABLE, RESTORE_ACTION, Anchor
from overleg.storage import verified_files

FOLDER_RECORD = ".audit-ankers.json"  # in the backup folder: {backup name: anchor}
RECORD_WHERE = "het register van gecontroleerde bestanden op deze computer"


def head(conn: sqlite3.Connection, where: str = "") -> Anchor | None:
    """The last chained row of the trail behind `conn` (None: no trail, or a schema
    from before the chain)."""
    try:
        row = conn.execute("SELECT id, hash, at FROM audit_log WHERE hash IS NOT NULL "
                           "ORDER BY id DESC LIMIT 1").fetchone()
    except sqlite3.Error:
        return None
    return Anchor(row[0], row[1], where, row[2]) if row else None


def as_dict(a: Anchor) -> dict:
    return {"rij": a.row_id, "hash": a.hash, "tijd": a.head_at}


def from_dict(d: object, where: str) -> Anchor | None:
    if not isinstance(d, dict):
        return None
    try:
        return Anchor(int(d["rij"]), str(d["hash"]), where, str(d.get("tijd", "")))
    except (KeyError, TypeError, ValueError):
        return None


def _folder_record(backup: Path) -> Path:
    return backup.parent / FOLDER_RECORD


def _read_folder(backup: Path) -> dict:
    try:
        data = json.loads(_folder_record(backup).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _save_folder(backup: Path, data: dict) -> None:
    target = _folder_record(backup)
    partial = target.with_name(f"{target.name}.{os.getpid()}.deel")
    try:
        fd = os.open(partial, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh, indent=1)
        os.replace(partial, target)
    except OSError:
        partial.unlink(missing_ok=True)  # losing it only loses one check


def write_beside(backup: Path, anchor: Anchor | None) -> None:
    """The anchor of a backup just written, in its folder's record of anchors."""
    if anchor is None:
        return
    data = _read_folder(backup)
    data[backup.name] = as_dict(anchor)
    _save_folder(backup, data)


def forget_beside(backup: Path) -> None:
    data = _read_folder(backup)
    if data.pop(backup.name, None) is not None:
        _save_folder(backup, data)


def read_beside(backup: Path) -> Anchor | None:
    return from_dict(_read_folder(backup).get(backup.name), f"de reservekopie '{backup.name}'")


def recorded(db_path: Path) -> Anchor | None:
    return from_dict(verified_files.anchor(db_path), RECORD_WHERE)


def remember(db_path: Path, anchor: Anchor | None) -> None:
    verified_files.set_anchor(db_path, as_dict(anchor) if anchor else None)


def advance(conn: sqlite3.Connection, db_path: Path) -> None:
    """After Overleg wrote the file: the record's anchor moves to the new head, but only
    when the trail still runs through the old one (or a recorded restore replaced it);
    a trail rewritten meanwhile keeps the old anchor, so the rewrite stays visible."""
    old, new = recorded(db_path), head(conn)
    if new is None or old == new:
        return
    if old is not None:
        try:
            at_old = conn.execute("SELECT hash FROM audit_log WHERE id = ?",
                                  [old.row_id]).fetchone()
            restored = conn.execute(
                "SELECT 1 FROM audit_log WHERE table_name = ? AND at >= ? AND action = ? "
                "LIMIT 1", [DATABASE_TABLE, old.head_at, RESTORE_ACTION]).fetchone()
        except sqlite3.Error:
            return
        if (at_old is None or at_old[0] != old.hash) and not restored:
            return
    remember(db_path, new)
