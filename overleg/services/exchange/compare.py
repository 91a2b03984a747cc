"""What a package would change here, per record and per field.

- new: a record this database never had (no row, no tombstone);
- changed: both hold it with other values; per field both values and who changed each
  last and when (the stamps the triggers keep), and which side changed it later;
- removed: the sender removed a record this database holds;
- removed_here: this database removed a record the sender still holds.

A difference is 'theirs' when the sender's side is the later change; accepting all takes
those, so two parties who each accept all end with equal records, and a field changed only
here is never put back to its older value."""

from dataclasses import dataclass, field

from overleg.domain.versions import Stamp, Version
from overleg.services.exchange.package import Package
from overleg.storage import record_stamps
from overleg.storage.connection import Database
from overleg.storage.exchange_rows import Rows
from overleg.storage.schema_record_versions import EXCHANGED

NEW, CHANGED, REMOVED, REMOVED_HERE = "new", "changed", "removed", "removed_here"


@dataclass(frozen=True)
class FieldDifference:
    """A field in which an incoming record differs from the one here."""
    name: str
    local: object
    incoming: object
    local_stamp: Stamp
    incoming_stamp: Stamp

    @property
    def theirs(self) -> bool:
        return self.incoming_stamp.at > self.local_stamp.at


@dataclass(frozen=True)
class RecordDifference:
    """A record that an exchange package would add, change or delete here."""
    table: str
    uuid: str
    kind: str
    label: str  # the record's title or text, for people to recognise it
    fields: tuple[FieldDifference, ...] = ()
    local_stamp: Stamp = field(default_factory=Stamp)
    incoming_stamp: Stamp = field(default_factory=Stamp)

    @property
    def theirs(self) -> bool:
        if self.kind == CHANGED:
            return any(f.theirs for f in self.fields)
        return self.kind == NEW or self.incoming_stamp.at > self.local_stamp.at

    def as_dict(self) -> dict:
        return {"table": self.table, "uuid": self.uuid, "kind": self.kind,
                "label": self.label, "theirs": self.theirs,
                "local": _stamp(self.local_stamp), "incoming": _stamp(self.incoming_stamp),
                "fields": [{"field": f.name, "local": f.local, "incoming": f.incoming,
                            "local_changed": _stamp(f.local_stamp),
                            "incoming_changed": _stamp(f.incoming_stamp),
                            "theirs": f.theirs} for f in self.fields]}


def _stamp(s: Stamp) -> dict:
    return {"at": s.at, "by": s.by, "installation": s.installation}


def label_of(row: dict) -> str:
    for key in ("title", "text", "name", "subject", "starts_at"):
        value = row.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip().splitlines()[0][:80]
    return ""


def incoming_version(row: dict) -> Version:
    found = row.get("_version")
    meta: dict = found if isinstance(found, dict) else {}
    listed = meta.get("fields")
    fields: dict = listed if isinstance(listed, dict) else {}
    version = meta.get("version")
    return Version(version if isinstance(version, int) else 0, Stamp.parse(meta.get("last")),
                   {str(k): Stamp.parse(v) for k, v in fields.items()},
                   Stamp.parse(meta.get("created")))


def differences(db: Database, package: Package) -> list[RecordDifference]:
    rows = Rows(db)
    out: list[RecordDifference] = []
    for table in EXCHANGED:
        incoming = package.records.get(table, [])
        if not incoming:
            continue
        mine = record_stamps.versions(db, table, [r["uuid"] for r in incoming])
        names = rows.comparable(table)
        for row in incoming:
            uuid = row["uuid"]
            theirs = incoming_version(row)
            local = rows.local(table, uuid)
            if local is None:
                stone = record_stamps.tombstone(db, table, uuid)
                if stone is None and rows.same_by_key(table, row) is not None:
                    continue  # here under another UUID: referred to, not added
                if stone is None:
                    out.append(RecordDifference(table, uuid, NEW, label_of(row),
                                                incoming_stamp=theirs.last))
                else:
                    out.append(RecordDifference(table, uuid, REMOVED_HERE, label_of(row),
                                                local_stamp=stone.deleted,
                                                incoming_stamp=theirs.last))
                continue
            own = mine.get(uuid) or Version(0, Stamp(), {})
            fields = tuple(
                FieldDifference(n, local.get(n), row.get(n), own.field(n), theirs.field(n))
                for n in names if n in row and local.get(n) != row.get(n))
            if fields:
                out.append(RecordDifference(table, uuid, CHANGED, label_of(local), fields,
                                            own.last, theirs.last))
    for removal in package.tombstones:
        gone_table, gone = removal.get("table"), removal.get("uuid")
        if gone_table not in EXCHANGED or not isinstance(gone, str):
            continue
        local = rows.local(gone_table, gone)
        if local is None:
            continue  # gone here too, or never here: nothing to do
        kept = record_stamps.versions(db, gone_table, [gone]).get(gone)
        out.append(RecordDifference(gone_table, gone, REMOVED, label_of(local),
                                    local_stamp=kept.last if kept else Stamp(),
                                    incoming_stamp=Stamp.parse(removal.get("deleted"))))
    return out
