"""Writing an exchange package of one meeting, one body or everything, in the members' or
the public version (the audience rule: domain/audience.py)."""

from collections.abc import Callable
from pathlib import Path

from overleg.domain import audience as rule
from overleg.domain.errors import NotFoundError
from overleg.services.context import Context
from overleg.services.exchange.package import Package, write_package
from overleg.storage import exchange_rows, record_stamps
from overleg.storage.exchange_rows import Rows, Scope
from overleg.storage.schema_record_versions import EXCHANGED

# Records that belong to an agenda item: confidential when it is.
_OF_ITEM = ("decisions", "followups", "item_positions", "milestones")


def scope_for(ctx: Context, *, meeting: int | None = None, body: str | None = None,
              everything: bool = False) -> Scope:
    if everything:
        return Scope(everything=True)
    if meeting is not None:
        if ctx.db.execute("SELECT 1 FROM meetings WHERE id = ?", [meeting]).fetchone() is None:
            raise NotFoundError(f"Er is geen vergadering met nummer {meeting}.")
        return Scope((meeting,))
    found = exchange_rows.meetings_of_body(ctx.db, body or "")
    if not found:
        raise NotFoundError(f"Er is geen overlegorgaan '{body}' met vergaderingen.")
    return Scope(tuple(found))


def _confidential(db, table: str, closed: set[int]) -> Callable[[int], bool]:
    """Whether a row of `table` is confidential by the audience rule."""
    if table == "agenda_items":
        return lambda i: i in closed
    if table in _OF_ITEM:
        return lambda i: rule.record_confidential(exchange_rows.item_of(db, table, i), closed)
    return lambda i: False


def build_package(ctx: Context, scope: Scope, *, public: bool = False) -> Package:
    db = ctx.db
    audience = rule.audience_for(public)
    ids = exchange_rows.scope_ids(db, scope)
    closed = exchange_rows.closed_item_ids(db)
    rows = Rows(db)
    records: dict[str, list[dict]] = {}
    left_out = 0
    for table in EXCHANGED:
        table_ids = ids.get(table, [])
        secret = _confidential(db, table, closed)
        shown = rule.for_audience(table_ids, audience, secret)
        left_out += shown.left_out
        found = rows.rows(table, shown.shown)
        stamps = record_stamps.versions(db, table, [r["uuid"] for r in found])
        for row in found:
            v = stamps.get(row["uuid"])
            if v is not None:
                row["_version"] = {"version": v.version, "last": v.last.text(),
                                   "created": v.created.text(),
                                   "fields": {k: s.text() for k, s in v.fields.items()}}
        records[table] = found
    meetings = [rows.uuid_of("meetings", m) for m in ids["meetings"]]
    bodies = [rows.uuid_of("bodies", b) for b in ids["bodies"]]
    stones = (record_stamps.tombstones(db) if scope.everything else
              record_stamps.tombstones(db, meetings=[m for m in meetings if m],
                                       bodies=[b for b in bodies if b]))
    manifest = {
        "installation": record_stamps.installation_id(db),
        "user": ctx.user,
        "exported_at": ctx.now().isoformat(timespec="seconds"),
        "scope": {"everything": scope.everything, "meetings": meetings, "bodies": bodies},
        "audience": str(audience),
        "left_out": left_out,
    }
    return Package(manifest, records, [
        {"table": t.table, "uuid": t.uuid, "version": t.version, "deleted": t.deleted.text(),
         "meeting": t.meeting, "body": t.body} for t in stones])


def export_package(ctx: Context, scope: Scope, out: Path, *, public: bool = False
                   ) -> Package:
    package = build_package(ctx, scope, public=public)
    write_package(package, out)
    return package
