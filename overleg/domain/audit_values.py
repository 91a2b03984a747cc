"""Values in the audit trail as the user reads them, never as internal numbers: an owner
by name, a target as "vergadering van 28-11-2013 (Stuurgroep ...)" or a Dutch date."""

from overleg.domain.dutch_dates import short_date
from overleg.domain.followups import FollowUp, Target

NO_OWNER = "geen eigenaar"
NO_TARGET = "geen termijn"


def target_text(t: Target) -> str:
    if t.meeting_id is not None:
        text = (f"vergadering van {short_date(t.meeting_day)}" if t.meeting_day
                else "een vergadering")
        body = t.meeting_label.rsplit(" ", 1)[0] if " " in t.meeting_label else ""
        return f"{text} ({body})" if body else text
    if t.due_date is not None:
        return short_date(t.due_date)
    return NO_TARGET


def owner_text(f: FollowUp) -> str:
    return f.owner_label or NO_OWNER


def followup_changes(old: FollowUp, new: FollowUp) -> list[tuple[str, str, str]]:
    """(field, old, new) for each of text, owner and target that differs as read."""
    pairs = [("text", old.text, new.text), ("owner", owner_text(old), owner_text(new)),
             ("target", target_text(old.target), target_text(new.target))]
    return [(name, a, b) for name, a, b in pairs if a != b]
