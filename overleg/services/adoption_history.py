"""What happened to a meeting's minutes after they were written, as the audit trail
recorded it: adopted (as they were, or with amendments, whose text is kept in the
adoption's reason) and reopened (with the reason given). The audit trail is the record:
it is kept with the file, travels in the archive and cannot be edited afterwards."""

from dataclasses import dataclass
from datetime import datetime

from overleg.domain.meetings import Meeting
from overleg.storage.audit_repo import AuditRepo

AMENDED = " met wijzigingen: "  # between where it was adopted and the amendments
ADOPTED, REOPENED = "minutes_adopted", "minutes_reopened"


@dataclass(frozen=True)
class MinutesEvent:
    """The minutes of a meeting adopted or reopened: when, by whom and why."""
    at: datetime
    user: str
    action: str  # ADOPTED or REOPENED
    reason: str  # where it was adopted (and the amendments), or why it was reopened

    @property
    def amendments(self) -> str:
        _where, found, amendments = self.reason.partition(AMENDED)
        return amendments if found and self.action == ADOPTED else ""


def adoption_reason(day_text: str, amendments: str) -> str:
    reason = f"vastgesteld in de vergadering van {day_text}"
    return f"{reason}{AMENDED}{amendments}" if amendments else reason


def minutes_events(repo: AuditRepo, meeting: Meeting) -> list[MinutesEvent]:
    """Adoptions and reopenings of these minutes, oldest first."""
    return [MinutesEvent(e.at, e.user, e.action, e.reason)
            for e in repo.for_record(meeting.uuid) if e.action in (ADOPTED, REOPENED)]


def current_amendments(repo: AuditRepo, meeting: Meeting) -> str:
    """The amendments the minutes were adopted with, if they are adopted now."""
    events = minutes_events(repo, meeting)
    if not events or events[-1].action != ADOPTED:
        return ""
    return events[-1].amendments
