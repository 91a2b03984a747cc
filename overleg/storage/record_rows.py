"""Plain table rows (as an archive or another program holds them) read as the domain's
records, so an import checks every row with the same rules as the app's own screens,
and stores text the way the domain cleans it.

The repositories' own row readers are reused where they read plain rows; the columns a
listing query adds (labels, days of joined meetings) get their empty values here.
"""

import json
from collections.abc import Callable

from overleg.domain.bodies import Body, Membership
from overleg.domain.errors import ValidationError
from overleg.domain.meetings import Attendance
from overleg.domain.milestones import Milestone
from overleg.domain.records import checked_uuid
from overleg.domain.schemas import Criterion, TalkingPointSchema, Theme
from overleg.storage.agenda_repo import _item
from overleg.storage.attachment_repo import _attachment
from overleg.storage.columns import required_date
from overleg.storage.decision_repo import _decision
from overleg.storage.followup_repo import _followup
from overleg.storage.meeting_repo import _meeting
from overleg.storage.people_repo import _org, _person
from overleg.storage.schema_repo import _theme

# Tables whose rows are not records of their own (links) or that another part owns.
NOT_CHECKED = {"milestone_meetings", "audit_log"}


def _criterion(r: dict) -> Criterion:
    return Criterion(code=r["code"], title=r["title"], instead_of=r["instead_of"], id=r["id"])


def _check(r: dict):
    from overleg.domain.agenda import CriterionCheck

    return CriterionCheck(criterion_id=r["criterion_id"], code="-", title="-",
                          checked=bool(r["checked"]), remark=r["remark"])


READERS: dict[str, Callable[[dict], object]] = {
    "organisations": _org,
    "people": _person,
    "bodies": lambda r: Body(name=r["name"], code=r["code"], kind=r["kind"],
                             description=r["description"], template_path=r["template_path"],
                             id=r["id"], uuid=r["uuid"]),
    "body_members": lambda r: Membership(r["body_id"], r["person_id"], r["role"], r["id"]),
    "meetings": _meeting,
    "attendance": lambda r: Attendance(r["meeting_id"], r["person_id"], r["status"],
                                       r["note"], r["id"]),
    "schema_themes": lambda r: _theme({**r, "questions": r.get("questions") or "[]"}),
    "schema_criteria": _criterion,
    "agenda_items": _item,
    "attachments": lambda r: _attachment({"text": "", **r}),
    "item_criteria": _check,
    "decisions": _decision,
    "followups": lambda r: _followup({"target_day": None, "target_label": "",
                                      "owner_label": "", **r}),
    "milestones": lambda r: Milestone(title=r["title"], due=required_date(r["due"]),
                                      kind=r["kind"], description=r["description"],
                                      legal_basis=r["legal_basis"], id=r["id"],
                                      uuid=r["uuid"], step_code=r.get("step_code") or ""),
}


def record_of(table: str, row: dict, data: dict[str, list[dict]]) -> object | None:
    """The domain record of one row; ValidationError (with its field) when the domain
    refuses it. `data` holds the other rows (a schema is checked with its themes)."""
    if not isinstance(row, dict):
        raise ValidationError("Deze rij is geen object met velden.")
    if "uuid" in row:
        checked_uuid(row["uuid"])
    try:
        if table == "schemas":
            return _schema(row, data)
        reader = READERS.get(table)
        return reader(row) if reader else None
    except KeyError as exc:
        raise ValidationError(f"Het veld '{exc.args[0]}' ontbreekt.",
                              field=str(exc.args[0])) from None
    except (TypeError, json.JSONDecodeError) as exc:
        raise ValidationError(f"Een veld heeft niet de juiste vorm ({exc}).") from None


def cleaned(row: dict, record: object | None) -> dict:
    """The row with its text as the domain stores it (controls dropped, NFC, trimmed)."""
    if record is None:
        return row
    out = dict(row)
    for column, value in row.items():
        if isinstance(value, str) and column != "uuid":  # only text is cleaned
            mine = getattr(record, column, None)
            if isinstance(mine, str):
                out[column] = str(mine)
    return out


def _schema(row: dict, data: dict[str, list[dict]]) -> TalkingPointSchema:
    themes = [_theme({**t, "questions": t.get("questions") or "[]"})
              for t in data.get("schema_themes", []) if t.get("schema_id") == row["id"]]
    criteria = [_criterion(c) for c in data.get("schema_criteria", [])
                if c.get("schema_id") == row["id"]]
    themes = themes or [Theme(code="-", title="-")]  # themes are checked on their own rows
    return TalkingPointSchema(code=row["code"], version=row["version"], title=row["title"],
                              region=row["region"], description=row["description"],
                              themes=themes, criteria=criteria, id=row["id"],
                              uuid=row["uuid"])
