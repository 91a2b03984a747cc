"""Events about the file as a whole in the audit trail: a restore from a backup and an
archive import, and the audit rows an archive brings along (kept as imported history,
never as local entries).

`take_over_archived_audit` is the hand-over point for the archive import: the import
pipeline passes the archive's audit_log rows here instead of writing them itself.
"""

import sqlite3
from datetime import datetime
from pathlib import Path

from overleg.domain.audit_chain import (
    DATABASE_TABLE,
    IMPORT_ACTION,
    RESTORE_ACTION,
    stored_id,
    verify,
)
from overleg.services.context import Context
from overleg.storage import audit_anchors
from overleg.storage.audit_repo import AuditEntry, AuditRepo

# What an archived audit row must hold to be kept; anything else in it is ignored.
_REQUIRED = ("at", "user", "table_name", "record_uuid", "action")


def record_restore(ctx: Context, db_path: Path, source: Path, replaced: int | None) -> None:
    """The restored trail says so itself: "hersteld uit reservekopie X", with how far the
    replaced trail went; the anchor outside the file moves to this event."""
    from overleg.storage.migrations import migrations  # only a restore needs them

    migrations.apply(ctx.db.utils)  # a backup from an older version: its trail gets chained
    restored = AuditRepo(ctx.db).head()
    with ctx.db.atomic():
        ctx.audit(DATABASE_TABLE, "", RESTORE_ACTION, field="audittrail",
                  old=f"{replaced} rijen" if replaced is not None else None,
                  new=f"{restored[0] if restored else 0} rijen",
                  reason=f"hersteld uit reservekopie {source.name}")
    audit_anchors.remember(db_path, audit_anchors.head(ctx.db.conn))


def trail_length(path: Path) -> int | None:
    """How many rows the trail of a file has, read-only (None when unreadable)."""
    if not path.exists():
        return None
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            row = conn.execute("SELECT max(id) FROM audit_log").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    return row[0] or 0 if row else None


def take_over_archived_audit(ctx: Context, archive_name: str, rows: list[dict],
                             schema: dict | None = None) -> int:
    """HAND-OVER from the archive import: the archive's audit_log rows. Each row not yet
    in the trail is appended as imported history, marked with its source (the archive's
    name, or the source it already had) and when it was imported, and chained like any
    other row; then the import itself is recorded, saying whether the archive's own chain
    held. Call inside the import's transaction. Returns the number of rows added."""
    repo, now = AuditRepo(ctx.db), ctx.now().isoformat(timespec="seconds")
    added, append = 0, repo.appender()
    for r in rows:
        if not isinstance(r, dict) or not all(isinstance(r.get(k), str) for k in _REQUIRED):
            continue  # not an audit row: nothing the trail can show
        try:
            at = datetime.fromisoformat(r["at"])
        except ValueError:
            continue
        if repo.has_content(r):
            continue  # already here (local, or imported before)
        append(AuditEntry(
            at=at, user=r["user"], table_name=r["table_name"], record_uuid=r["record_uuid"],
            action=r["action"], field=_text(r.get("field")), old_value=_opt(r.get("old_value")),
            new_value=_opt(r.get("new_value")), reason=_text(r.get("reason")),
            host=_text(r.get("host")), source=_text(r.get("source")) or archive_name,
            imported_at=_opt(r.get("imported_at")) or now))
        added += 1
    ctx.audit(DATABASE_TABLE, "", IMPORT_ACTION, field="audittrail", new=archive_name,
              reason=f"{added} rijen audittrail overgenomen als geïmporteerde geschiedenis; "
              + _archive_chain(rows, schema))
    return added


def _archive_chain(rows: list[dict], schema: dict | None) -> str:
    if not any(isinstance(r, dict) and r.get("hash") for r in rows):
        return "het archief heeft geen keten"
    anchor = audit_anchors.from_dict((schema or {}).get("audit_anchor"), "het archief")
    try:
        breaks = verify(sorted(rows, key=lambda r: stored_id(r["id"])),
                        [anchor] if anchor else [])
    except (KeyError, TypeError, ValueError):
        return "de keten in het archief is onleesbaar"
    if breaks:
        return f"de keten in het archief klopt niet ({breaks[0].message})"
    return "de keten in het archief is sluitend"


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


def _opt(value: object) -> str | None:
    return None if value is None else str(value)
