"""A package through the import path (services/intake): check every record with the
domain's rules, compare with what is here, apply the accepted differences as one command.

Check: each row is read as the domain's record (pipeline.check_rows), with its references
stood in for by numbers (they are UUIDs in a package); a table that does not belong in a
package, a UUID twice, or a row that fails a rule is a refusal; any refusal refuses all.
Apply: one undoable step (CommandService.run_checked: the same rules as an undo, adopted
minutes stay untouched), every change in the audit trail, records matched by UUID so
nothing is ever doubled; an accepted record takes over the sender's version stamps."""

from collections.abc import Iterable

from overleg.domain.versions import Stamp, Version
from overleg.services.command_service import CommandService, Done
from overleg.services.context import Context
from overleg.services.exchange.compare import (
    CHANGED,
    NEW,
    REMOVED,
    REMOVED_HERE,
    RecordDifference,
    incoming_version,
)
from overleg.services.exchange.package import Package, PackageRefused
from overleg.services.intake.pipeline import check_rows
from overleg.services.intake.report import IntakeRefused, Refusal
from overleg.storage import exchange_rows, record_stamps
from overleg.storage.exchange_rows import DoesNotFit, Rows
from overleg.storage.schema_record_versions import EXCHANGED

# (table, uuid, field): a field of a changed record; (table, uuid, None): a whole record.
Choice = tuple[str, str, str | None]


def check_package(ctx: Context, package: Package, source: str) -> None:
    """Raise IntakeRefused (one refusal per problem) unless every record is valid."""
    refusals: list[Refusal] = []
    data: dict[str, list[dict]] = {}
    for table, rows in package.records.items():
        if table not in EXCHANGED:
            refusals.append(Refusal(table, "", "", "Deze tabel hoort niet in een "
                                                   "uitwisselingspakket."))
            continue
        refs = exchange_rows.references(ctx.db, table)
        seen: set[object] = set()
        data[table] = []
        for n, row in enumerate(rows, start=1):
            if row.get("uuid") in seen:
                refusals.append(Refusal(table, str(row.get("uuid")), "uuid",
                                        "Deze UUID staat twee keer in het pakket."))
            seen.add(row.get("uuid"))
            if "uuid" not in row:
                refusals.append(Refusal(table, f"rij {n}", "uuid", "Het veld 'uuid' ontbreekt."))
            data[table].append({**{k: v for k, v in row.items() if k != "_version"},
                                "id": n, **{c: 1 for c in refs if row.get(c) is not None}})
    checked, found = check_rows(data)
    refusals += found
    for stone in package.tombstones:
        if stone.get("table") not in EXCHANGED:
            refusals.append(Refusal(str(stone.get("table")), str(stone.get("uuid")), "",
                                    "Deze verwijdering hoort niet in een "
                                    "uitwisselingspakket."))
    if refusals:
        raise IntakeRefused(source, refusals)
    for table, rows in checked.items():  # text as the domain stores it
        for row, clean in zip(package.records[table], rows, strict=True):
            for key, value in clean.items():
                if isinstance(value, str) and isinstance(row.get(key), str):
                    row[key] = value


def accept_all(diffs: Iterable[RecordDifference]) -> set[Choice]:
    """Their later changes: new records, removals made after the last change here, and
    the fields they changed after this database did."""
    out: set[Choice] = set()
    for d in diffs:
        if d.kind == CHANGED:
            out |= {(d.table, d.uuid, f.name) for f in d.fields if f.theirs}
        elif d.theirs:
            out.add((d.table, d.uuid, None))
    return out


def apply(ctx: Context, commands: CommandService, package: Package,
          diffs: list[RecordDifference], accepted: set[Choice], source: str) -> Done[int]:
    """The accepted differences as one command; returns how many records it changed."""
    by_uuid = {(t, r["uuid"]): r for t, rows in package.records.items() for r in rows}
    reason = (f"uitwisselingspakket '{source}' van {package.manifest.get('user', '?')} "
              f"({package.exported_at})")

    def action() -> int:
        rows, changed, later, inserted = Rows(ctx.db), 0, [], []
        for table in EXCHANGED:  # records here under another UUID: referred to
            for row in package.records.get(table, []):
                if rows.local(table, row["uuid"]) is None:
                    found = rows.same_by_key(table, row)
                    if found is not None:
                        rows.alias(table, row["uuid"], found)
        order = {t: i for i, t in enumerate(EXCHANGED)}
        chosen = sorted(diffs, key=lambda d: order[d.table])
        for d in chosen:
            if d.kind in (NEW, REMOVED_HERE) and (d.table, d.uuid, None) in accepted \
                    and rows.local(d.table, d.uuid) is None:  # never doubled
                row = by_uuid[(d.table, d.uuid)]
                later += [(d.table, d.uuid, c, u) for c, u in rows.insert(d.table, row)]
                inserted.append((d.table, d.uuid, row))
                ctx.audit(d.table, d.uuid, "imported", reason=reason)
                changed += 1
        for table, uuid, column, target in later:
            rows.link_later(table, uuid, column, target)
        for table, uuid, row in inserted:  # their version, also of the links
            record_stamps.set_version(ctx.db, table, uuid, incoming_version(row))
        for d in chosen:
            names = [f.name for f in d.fields if (d.table, d.uuid, f.name) in accepted]
            if d.kind != CHANGED or not names:
                continue
            row = by_uuid[(d.table, d.uuid)]
            rows.update(d.table, d.uuid, row, names)
            _take_over_stamps(ctx, d.table, d.uuid, incoming_version(row), names)
            for f in d.fields:
                if f.name in names:
                    ctx.audit(d.table, d.uuid, "edited", field=f.name, old=f.local,
                              new=f.incoming, reason=reason)
            changed += 1
        for d in reversed(chosen):  # children before parents
            if d.kind == REMOVED and (d.table, d.uuid, None) in accepted \
                    and rows.local(d.table, d.uuid) is not None:
                rows.delete(d.table, d.uuid)
                ctx.audit(d.table, d.uuid, "deleted", reason=reason)
                changed += 1
        return changed

    try:
        return commands.run_checked(f"Uitwisselingspakket '{source}' inlezen", action)
    except DoesNotFit as exc:
        raise PackageRefused(f"'{source}' past niet bij de gegevens hier ({exc}); er is "
                             "niets veranderd.") from None


def _take_over_stamps(ctx: Context, table: str, uuid: str, theirs: Version,
                      names: list[str]) -> None:
    own = record_stamps.versions(ctx.db, table, [uuid]).get(uuid)
    if own is None:
        return
    fields = {**own.fields, **{n: theirs.field(n) for n in names}}
    last = max([s for s in fields.values() if s.at], key=lambda s: s.at, default=Stamp())
    record_stamps.set_version(ctx.db, table, uuid, Version(
        max(own.version, theirs.version), last, fields, own.created))
