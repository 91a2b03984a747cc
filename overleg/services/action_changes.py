"""A row of Overleg's own action list read back in, against the follow-up it came from
(matched by its 'Kenmerk' column): what differs, in words for the preview, and the change
made through the same domain rules as the action list screen and the minutes."""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from overleg.domain.audit_values import target_text
from overleg.domain.enums import FollowUpStatus
from overleg.domain.followups import (
    FollowUp,
    Target,
    change_status,
    check_content_editable,
    check_target,
)
from overleg.domain.meetings import Meeting
from overleg.domain.vocabulary import nl


@dataclass(frozen=True)
class Wanted:
    """What the row says the follow-up should be."""

    text: str
    owner: str
    person_id: int | None
    organisation_id: int | None
    target: Target
    status: FollowUpStatus


@dataclass(frozen=True)
class FieldChange:
    """One field of a follow-up changed by an import: its old and new value."""
    field: str  # as the audit trail names it: text, owner, target, status
    old: str
    new: str

    def sentence(self) -> str:
        word = {"text": "tekst", "owner": "eigenaar", "target": "termijn",
                "status": "status"}[self.field]
        if self.field == "text":
            return "tekst gewijzigd"
        return f"{word}: {self.old or '(geen)'} → {self.new or '(geen)'}"


def differences(f: FollowUp, wanted: Wanted, new_owner: bool) -> tuple[FieldChange, ...]:
    changes = []
    if wanted.text != f.text:
        changes.append(FieldChange("text", f.text, wanted.text))
    if new_owner or (wanted.person_id, wanted.organisation_id) != (
            f.owner_person_id, f.owner_organisation_id):
        changes.append(FieldChange("owner", f.owner_label, wanted.owner))
    if (wanted.target.due_date, wanted.target.meeting_id) != (
            f.target.due_date, f.target.meeting_id):
        changes.append(FieldChange("target", target_text(f.target),
                                   target_text(wanted.target)))
    if wanted.status is not f.status:
        changes.append(FieldChange("status", nl(f.status), nl(wanted.status)))
    return tuple(changes)


def apply_changes(f: FollowUp, wanted: Wanted, changes: tuple[FieldChange, ...], *,
                  origin: Meeting | None, meeting: Callable[[int], Meeting], today: date,
                  source: str) -> FollowUp:
    """`f` changed in place as `changes` say; refused by the rule that refuses the same
    change on screen (adopted minutes, a term before the meeting, a status step)."""
    fields = {c.field for c in changes}
    if fields & {"text", "owner"} and origin is not None:
        check_content_editable(origin)  # text and owner are what the minutes recorded
    if "text" in fields:
        f.text = wanted.text
    if "owner" in fields:
        f.owner_person_id, f.owner_organisation_id = wanted.person_id, wanted.organisation_id
    if "target" in fields:
        t = wanted.target
        f.target = t if origin is None else check_target(
            origin, on=t.due_date,
            meeting=None if t.meeting_id is None else meeting(t.meeting_id))
    if "status" in fields:
        reason = f.result or f"vervallen volgens {source}"
        change_status(f, wanted.status, on=today,
                      text=reason if wanted.status is FollowUpStatus.CANCELLED else f.result)
    return f
