"""Follow-ups (actiepunten): owners, targets, status steps, the overdue rule and the
agenda proposals (what comes back where)."""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from overleg.domain.enums import FollowUpStatus, MeetingStatus
from overleg.domain.errors import TransitionError, ValidationError
from overleg.domain.fields import enum_value
from overleg.domain.meetings import Meeting
from overleg.domain.records import id_of, new_uuid
from overleg.domain.text import clean_line, clean_text


@dataclass(frozen=True)
class Target:
    """When a follow-up comes back: by a date, at a (later) meeting of any body, or not
    known yet (neither set). The one shape a term has from the minutes' widget through the
    services to the followups table; the meeting's day (and label) are filled on reading,
    so the overdue rule needs no lookup."""

    due_date: date | None = None
    meeting_id: int | None = None
    meeting_day: date | None = None
    meeting_label: str = ""

    def __post_init__(self) -> None:
        if self.due_date is not None and self.meeting_id is not None:
            raise ValidationError("Een actiepunt heeft óf een datum óf een vergadering als "
                                  "termijn, niet allebei.")

    @property
    def due(self) -> date | None:
        return self.due_date if self.due_date is not None else self.meeting_day

    @property
    def is_set(self) -> bool:
        return self.due_date is not None or self.meeting_id is not None


NO_TERM = Target()  # no date and no meeting yet ("geen termijn")


@dataclass
class FollowUp:
    """An action agreed in a meeting: who does it, by when, and when it comes back."""
    text: str
    owner_person_id: int | None = None
    owner_organisation_id: int | None = None
    owner_label: str = ""  # filled on reading: the person's or organisation's name
    meeting_id: int | None = None  # origin
    item_id: int | None = None
    decision_id: int | None = None
    target: Target = field(default_factory=Target)
    status: FollowUpStatus = FollowUpStatus.OPEN
    done_on: date | None = None
    result: str = ""
    created_on: date | None = None
    id: int | None = None
    uuid: str = field(default_factory=new_uuid)

    def __post_init__(self) -> None:
        self.text = clean_text(self.text, field="actiepunt").strip()
        if not self.text:
            raise ValidationError("Een actiepunt moet een omschrijving hebben.")
        self.owner_label = clean_line(self.owner_label, field="eigenaar")
        self.result = clean_text(self.result, field="resultaat")
        self.status = enum_value(FollowUpStatus, self.status, field="status")
        if self.status is FollowUpStatus.DONE and self.done_on is None:
            raise ValidationError("Een afgerond actiepunt heeft een datum van afronding.")

    @property
    def is_open(self) -> bool:
        return self.status is FollowUpStatus.OPEN

    def is_overdue(self, as_of: date) -> bool:
        return is_overdue(self.status, self.target.due, as_of)

    def mark_done(self, on: date, result: str) -> None:
        change_status(self, FollowUpStatus.DONE, on=on, text=result)


# -- status steps -------------------------------------------------------------------------

F = FollowUpStatus
_STEPS: dict[FollowUpStatus, frozenset[FollowUpStatus]] = {
    F.OPEN: frozenset({F.DONE, F.CANCELLED}),
    F.DONE: frozenset({F.OPEN}),
    F.CANCELLED: frozenset({F.OPEN}),
}
_REFUSED = {F.DONE: "Alleen een open actiepunt kan worden afgerond.",
            F.CANCELLED: "Alleen een open actiepunt kan vervallen.",
            F.OPEN: "Dit actiepunt staat al open."}


def change_status(f: FollowUp, to: FollowUpStatus, *, on: date | None = None,
                  text: str = "") -> FollowUp:
    """The one place a follow-up changes status (in place; returned for convenience):

    - open -> done, on a date not before it was agreed, with its result (`text`);
    - open -> cancelled, with the reason (`text`, required);
    - done or cancelled -> open (reopened): the date of completion goes, the last result
      stays readable until a new one replaces it.
    """
    to = FollowUpStatus(to)
    if to not in _STEPS[f.status]:
        raise TransitionError(_REFUSED[to])
    text = clean_text(text, field="resultaat").strip()
    if to is F.DONE:
        if on is None:
            raise ValidationError("Een afgerond actiepunt heeft een datum van afronding.")
        if f.created_on and on < f.created_on:
            raise ValidationError("Een actiepunt kan niet zijn afgerond voordat het ontstond.")
        f.status, f.done_on, f.result = F.DONE, on, text
    elif to is F.CANCELLED:
        if not text:
            raise ValidationError("Geef een reden op waarom het actiepunt vervalt.")
        f.status, f.done_on, f.result = F.CANCELLED, None, text
    else:
        f.status, f.done_on = F.OPEN, None
    return f


# -- editability --------------------------------------------------------------------------

def check_content_editable(origin: Meeting) -> None:
    """What the minutes recorded of a follow-up (its text, owner and agreed term) is part
    of the origin meeting's minutes: it changes only while those can (once adopted, only
    after an explicit reopen). Its later life is not: marking it done, cancelling,
    reopening and a new term are the action list's work after the meeting, allowed after
    adoption and recorded in the audit trail."""
    origin.ensure_editable()


# -- targets ------------------------------------------------------------------------------

_GONE = (MeetingStatus.CANCELLED, MeetingStatus.MOVED)


def is_later_meeting(origin: Meeting, candidate: Meeting) -> bool:
    """A meeting a point agreed in `origin` may come back to: of any body, starting after
    the origin, and not cancelled or moved away."""
    return candidate.starts_at > origin.starts_at and candidate.status not in _GONE


def check_target(origin: Meeting, *, on: date | None = None,
                 meeting: Meeting | None = None) -> Target:
    """The one rule for a follow-up's term and a postponed item's return: a date on or
    after the day of the meeting where it was agreed, or a later meeting (is_later_meeting)."""
    if on is not None and on < origin.day:
        raise ValidationError("De termijn van een actiepunt kan niet vóór de vergadering "
                              "liggen waarin het is afgesproken.")
    if meeting is not None:
        if not is_later_meeting(origin, meeting):
            raise ValidationError("Een punt kan alleen terugkomen in een latere vergadering "
                                  "die niet is geannuleerd of verplaatst.")
        return Target(due_date=on, meeting_id=meeting.id, meeting_day=meeting.day)
    return Target(due_date=on)


@dataclass(frozen=True)
class TargetChoices:
    """What a screen offers as a term: dates from `earliest_date`, and the meetings."""

    earliest_date: date
    meeting_ids: tuple[int, ...]


def target_choices(origin: Meeting, candidates: Iterable[Meeting]) -> TargetChoices:
    """The terms to offer: every later meeting that still takes agenda items (one that was
    held can be a target, but is not where a new point should go)."""
    return TargetChoices(origin.day, tuple(
        id_of(m) for m in candidates
        if is_later_meeting(origin, m) and m.is_open_for_agenda))


def is_overdue(status: FollowUpStatus, due: date | None, as_of: date) -> bool:
    """Open, and its target date or target meeting lies before `as_of`."""
    return status is FollowUpStatus.OPEN and due is not None and due < as_of


@dataclass(frozen=True)
class Proposal:
    """An item the app proposes for a meeting's agenda ('terugkomend punt')."""

    title: str
    followup_id: int | None = None
    item_id: int | None = None  # a postponed item
    description: str = ""
    confidential: bool = field(default=False, compare=False)  # see domain/audience.py


@dataclass(frozen=True)
class PostponedItem:
    """An agenda item moved to a later meeting, and the meeting it should return in."""
    id: int
    title: str
    description: str
    postponed_to_meeting_id: int | None
    meeting_id: int | None = None  # the meeting where it was postponed
    carried_to: tuple[MeetingStatus, ...] = ()  # status of each meeting it was carried to

    @property
    def continued(self) -> bool:
        """Carried onto an agenda that still counts: a cancelled meeting's does not."""
        return any(s is not MeetingStatus.CANCELLED for s in self.carried_to)


@dataclass(frozen=True)
class ProposalPage:
    """Part of what comes back at a meeting: `total` proposals in all, `proposals` from
    the offset asked for (a coming meeting of a large archive has thousands)."""

    total: int
    proposals: list[Proposal]


@dataclass(frozen=True)
class ReturningKey:
    """What the proposal rule needs of a follow-up: read for every candidate, while the
    texts are read only for the proposals shown."""

    id: int
    origin_id: int | None
    target_meeting_id: int | None
    is_open: bool = True


def proposals(meeting_id: int, origins: set[int], followups: Iterable[FollowUp],
              postponed: Iterable[PostponedItem],
              already_on_agenda: Sequence[tuple[int | None, int | None]]) -> list[Proposal]:
    """What comes back on a meeting's agenda, each at most once. Nothing is dropped:

    - every open follow-up and every postponed item not yet continued comes back at its
      body's next planned meeting, whatever its target (`origins`: the meetings whose next
      planned meeting this is, from meetings.returning_origins);
    - besides, an open follow-up at the meeting it targets, and a postponed item at the
      meeting it was postponed to.

    `already_on_agenda` holds (source_followup_id, carried_from_item_id) of its items.
    """
    by_id: dict[int, FollowUp] = {}
    keys = []
    for fu in followups:
        by_id.setdefault(id_of(fu), fu)
        keys.append(ReturningKey(id_of(fu), fu.meeting_id, fu.target.meeting_id, fu.is_open))
    return ([followup_proposal(by_id[i])
             for i in returning_followups(meeting_id, origins, keys, already_on_agenda)]
            + postponed_proposals(meeting_id, origins, postponed, already_on_agenda))


def returning_followups(meeting_id: int, origins: set[int], candidates: Iterable[ReturningKey],
                        already_on_agenda: Sequence[tuple[int | None, int | None]]
                        ) -> list[int]:
    """The follow-ups of `proposals` (ids, in the candidates' order), from their keys."""
    on_fu = {f for f, _ in already_on_agenda if f is not None}
    found: list[int] = []
    for key in candidates:
        if (not key.is_open or key.id in on_fu
                or not returns_at(meeting_id, origins, key.origin_id, key.target_meeting_id)):
            continue
        on_fu.add(key.id)
        found.append(key.id)
    return found


def followup_proposal(fu: FollowUp) -> Proposal:
    owner = f" ({fu.owner_label})" if fu.owner_label else ""
    return Proposal(title=_first_line(fu.text) + owner, followup_id=fu.id, description=fu.text)


def postponed_proposals(meeting_id: int, origins: set[int], postponed: Iterable[PostponedItem],
                        already_on_agenda: Sequence[tuple[int | None, int | None]]
                        ) -> list[Proposal]:
    """The postponed items of `proposals`."""
    on_item = {i for _, i in already_on_agenda if i is not None}
    result: list[Proposal] = []
    for item in postponed:
        if (item.continued or item.id in on_item
                or not returns_at(meeting_id, origins, item.meeting_id,
                                  item.postponed_to_meeting_id)):
            continue
        on_item.add(item.id)
        result.append(Proposal(title=item.title, item_id=item.id,
                               description=item.description))
    return result


def returns_at(meeting_id: int, origins: set[int], origin_id: int | None,
               target_meeting_id: int | None) -> bool:
    """Whether an open point agreed in `origin_id` comes back at `meeting_id`."""
    return target_meeting_id == meeting_id or origin_id in origins


def _first_line(text: str, limit: int = 120) -> str:
    line = text.strip().splitlines()[0] if text.strip() else ""
    return line if len(line) <= limit else line[: limit - 1] + "…"
