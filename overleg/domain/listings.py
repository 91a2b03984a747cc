"""Read models for lists and searches: a record plus what a list shows next to it."""

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from overleg.domain.decisions import Decision
from overleg.domain.enums import FollowUpStatus
from overleg.domain.followups import FollowUp
from overleg.domain.meetings import Meeting


@dataclass(frozen=True)
class MeetingListing:
    """A meeting as the meeting list shows it: with its body's name and code."""
    meeting: Meeting
    body_name: str
    body_code: str

    @property
    def label(self) -> str:
        return f"{self.body_name} {self.meeting.starts_at:%d-%m-%Y}"


@dataclass(frozen=True)
class ActionFilter:
    """Which follow-ups the action list shows: status, overdue, body, owner."""
    status: FollowUpStatus | None = None
    overdue_only: bool = False
    body_id: int | None = None  # the body of the meeting the follow-up came from
    owner_person_id: int | None = None
    owner_organisation_id: int | None = None
    target_meeting_id: int | None = None
    origin_meeting_id: int | None = None
    text: str = ""  # substring of text or owner, for the filter field
    as_of: date = field(default_factory=date.today)


@dataclass(frozen=True)
class ActionListing:
    """A follow-up as the action list shows it: with its origin meeting's body and day."""
    followup: FollowUp
    body_name: str  # of the origin meeting
    origin_day: date | None
    overdue: bool

    @property
    def target_label(self) -> str:
        t = self.followup.target
        if t.meeting_id is not None:
            return t.meeting_label
        return f"{t.due_date:%d-%m-%Y}" if t.due_date else ""


@dataclass(frozen=True)
class DecisionListing:
    """A decision as the decision register shows it: with its body, meeting and item."""
    decision: Decision
    body_name: str
    meeting_starts: datetime
    item_title: str


@dataclass(frozen=True)
class SearchHit:
    """One record a search found, with where it sits and the text around the match."""
    kind: str  # 'item', 'decision', 'followup', 'position', 'document'
    record_id: int
    uuid: str
    meeting_id: int | None
    title: str
    snippet: str
    body_name: str
    day: date | None


class SearchOrder(StrEnum):
    NEWEST = "newest"  # the latest meetings first: what was said or agreed last
    BEST = "best"  # bm25 relevance, a match in a title counting most


@dataclass(frozen=True)
class SearchResults:
    """The hits a search shows and how many records match in all; `total_capped`: more
    than `total` match (counting stops there, so a search costs the same in any archive)."""
    hits: list[SearchHit]
    total: int
    total_capped: bool = False


@dataclass(frozen=True)
class DecisionGroup:
    """One meeting's place in the decision register: its body, its start and how many of
    its decisions pass the register's filter."""

    body_id: int
    body_name: str
    meeting_id: int
    meeting_starts: datetime
    decisions: int
