"""Migration 0006: body codes the domain's rule refuses are renamed to a safe code.

Older versions and other programs stored codes such as 'PO/VO'; the rule
(overleg.domain.fields.safe_code) now refuses them, because the code goes into file names
and decision numbers, so such a body became unreadable and took its mail drafts and
documents with it. Each refused code becomes the code derived from it ('PO-VO', made
unique). Meetings, members and milestones refer to the body by its id and stay linked;
the decision numbers of minutes not yet adopted follow the new code (as renumbering would
make them), those of adopted minutes keep the number they were adopted with. Each rename
is a chained row in the audit trail, old and new code as the user reads them.
"""

from __future__ import annotations

import platform
from datetime import datetime
from typing import TYPE_CHECKING

from overleg.domain.bodies import Body
from overleg.domain.errors import ValidationError
from overleg.domain.fields import derived_code
from overleg.storage.audit_repo import AuditEntry, AuditRepo
from overleg.storage.connection import overleg_database

if TYPE_CHECKING:
    from sqlite_utils import Database

RENAMED_BY = "Overleg (schema-update)"
REASON = ("De code bevatte tekens die niet in bestandsnamen en besluitnummers mogen; "
          "bij de update vervangen.")


def rename_refused_codes(db: Database, now: datetime | None = None) -> list[tuple[str, str]]:
    """Rename every refused body code; returns (old, new) per body renamed."""
    rows = list(db.query("SELECT id, uuid, name, code FROM bodies ORDER BY id"))
    taken = {str(r["code"]).upper() for r in rows}
    renamed = []
    for r in rows:
        if _accepted(r["code"]):
            continue
        new = derived_code(r["code"], taken - {str(r["code"]).upper()})
        taken.add(new)
        db.execute("UPDATE bodies SET code = ? WHERE id = ?", [new, r["id"]])
        _renumber_drafts(db, r["id"], str(r["code"]), new)
        AuditRepo(overleg_database(db)).record(AuditEntry(
            at=now or datetime.now(), user=RENAMED_BY, host=platform.node(),
            table_name="bodies", record_uuid=r["uuid"], action="edited", field="code",
            old_value=str(r["code"]), new_value=new, reason=REASON))
        renamed.append((str(r["code"]), new))
    return renamed


def _accepted(code: object) -> bool:
    if not isinstance(code, str):
        return False
    try:
        Body(name="-", code=code)
    except ValidationError:
        return False
    return True


def _renumber_drafts(db: Database, body_id: int, old: str, new: str) -> None:
    """'PO/VO-20130919-01' -> 'PO-VO-20130919-01' where the minutes are still a draft."""
    db.execute(
        "UPDATE decisions SET number = ? || substr(number, ?) "
        "WHERE body_id = ? AND substr(number, 1, ?) = ? AND meeting_id IN "
        "(SELECT id FROM meetings WHERE status != 'minutes_adopted') AND NOT EXISTS "
        "(SELECT 1 FROM decisions d WHERE d.body_id = decisions.body_id "
        " AND d.number = ? || substr(decisions.number, ?))",
        [new, len(old) + 1, body_id, len(old), old, new, len(old) + 1])
