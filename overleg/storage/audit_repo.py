"""The audit trail: what changed, from what to what, when, by whom, and why."""

from dataclasses import dataclass
from datetime import datetime

from sqlite_utils import Database


@dataclass(frozen=True)
class AuditEntry:
    at: datetime
    user: str
    table_name: str
    record_uuid: str
    action: str
    field: str = ""
    old_value: str | None = None
    new_value: str | None = None
    reason: str = ""
    host: str = ""


class AuditRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    def record(self, e: AuditEntry) -> None:
        self.db["audit_log"].insert({
            "at": e.at.isoformat(timespec="seconds"), "user": e.user,
            "table_name": e.table_name, "record_uuid": e.record_uuid, "action": e.action,
            "field": e.field, "old_value": e.old_value, "new_value": e.new_value,
            "reason": e.reason, "host": e.host})

    def for_record(self, record_uuid: str) -> list[AuditEntry]:
        return [AuditEntry(at=datetime.fromisoformat(r["at"]), user=r["user"],
                           table_name=r["table_name"], record_uuid=r["record_uuid"],
                           action=r["action"], field=r["field"], old_value=r["old_value"],
                           new_value=r["new_value"], reason=r["reason"], host=r["host"])
                for r in self.db.query(
                    "SELECT * FROM audit_log WHERE record_uuid = ? ORDER BY id", [record_uuid])]
