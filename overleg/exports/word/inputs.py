"""The plain inputs of the document functions: domain records plus the names and labels
a document shows, gathered by the document service. Nothing here reads a database."""

from dataclasses import dataclass, field
from datetime import date, datetime

from overleg.domain.agenda import AgendaItem
from overleg.domain.bodies import Body
from overleg.domain.decisions import Decision
from overleg.domain.followups import FollowUp
from overleg.domain.meetings import Meeting
from overleg.domain.oogo_status import PartyPosition


@dataclass(frozen=True)
class People:
    """Names as they appear in the title block ('Anouk Jansen (gemeente Lelystad)')."""

    chair: str = ""
    secretary: str = ""
    invited: tuple[str, ...] = ()  # for the agenda: everyone asked to come
    present: tuple[str, ...] = ()
    apologies: tuple[str, ...] = ()
    guests: tuple[str, ...] = ()


PositionLine = PartyPosition  # a party's position on a point, as the minutes show it


@dataclass
class MeetingRecord:
    """One meeting with everything its agenda and minutes show."""

    body: Body
    meeting: Meeting
    items: list[AgendaItem]
    decisions: list[Decision] = field(default_factory=list)
    followups: list[FollowUp] = field(default_factory=list)
    people: People = field(default_factory=People)
    adopted_in: str = ""  # the adopting meeting, e.g. 'Stuurgroep Talentontwikkeling'
    amendments: str = ""  # adopted "met wijzigingen": which
    postponed_to: dict[int, str] = field(default_factory=dict)  # item id -> meeting label
    returning: dict[int, FollowUp] = field(default_factory=dict)  # item id -> what it brings back
    # item id -> 'Thema T1 Samenhangende structuur (verantwoordelijkheid: gedeeld)'
    themes: dict[int, str] = field(default_factory=dict)
    # the minutes this meeting adopted: 'het verslag van de vergadering van 19 september 2013'
    adopted_here: list[str] = field(default_factory=list)
    # item id -> the positions of the parties on it (an OOGO talking point)
    positions: dict[int, list[PositionLine]] = field(default_factory=dict)

    @property
    def confidential_item_ids(self) -> set[int]:
        return {i.id for i in self.items if i.confidential and i.id is not None}


@dataclass(frozen=True)
class DecisionEntry:
    """A decision as the Word decision list shows it."""
    decision: Decision
    body_name: str
    meeting_starts: datetime
    item_title: str
    confidential: bool = False  # taken in a closed (confidential) item


@dataclass(frozen=True)
class ActionEntry:
    """A follow-up as the Word action list shows it."""
    followup: FollowUp
    body_name: str  # of the meeting it came from
    origin_day: date | None
    confidential: bool = False


@dataclass(frozen=True)
class Scope:
    """What a decision or action list covers, for its title: one meeting, or one body or
    all bodies over an optional period."""

    body_name: str = ""  # empty: all bodies
    meeting_starts: datetime | None = None
    start: date | None = None
    end: date | None = None
    draft: bool = False  # one meeting whose minutes are not adopted yet
