"""Builds the example database through the services, as a secretary would enter it."""

from datetime import date, datetime

from overleg.domain.enums import AttendanceStatus, MeetingStatus, MilestoneKind, Outcome
from overleg.domain.followups import Proposal, Target
from overleg.domain.milestones import Milestone
from overleg.domain.records import id_of
from overleg.services.container import Services
from overleg.services.demo.cast import add_cast
from overleg.services.demo.oogo import add_support_plan_oogo
from overleg.services.demo.script import (
    ADOPTED,
    APOLOGIES,
    GUESTS,
    HELD_DRAFT,
    ITEMS,
    MEETINGS,
    MILESTONES,
    PLANNED_THEMES,
)

# Follow-ups the example records as done, by (meeting key, owner, start of the text),
# with their result.
DONE = {
    ("pfo1", "Bas Koster", "Kadernotitie uitwerken"):
        "Uitgewerkt en geagendeerd voor 2 juli 2013.",
    ("pfo2", "G.B. van der Vlies", "Kadernotitie met"): "Verzonden op 10 juli 2013.",
    ("pfo2", "Linda Dekker", "In het PFO"): "Vastgesteld door het college op 27 augustus 2013.",
    ("pfo2", "Erik Willems", "In het PFO"): "Vastgesteld door het college op 20 augustus 2013.",
    ("swz1", "Fatima El Amrani", "Extra vergadering"): "Gepland op 21 november 2013.",
    ("stt1", "Ruud Smits", "Interventies"): "Getoetst; besproken op 17 oktober 2013.",
    ("stt1", "Anouk Jansen", "Agenda extra"): "Agenda opgesteld en verzonden.",
    ("stt1", "Anouk Jansen", "Casusoverleg"): "Casusoverleg loopt sinds oktober 2013, "
                                              "tweewekelijks.",
}


def build_demo(s: Services) -> None:
    """Fill an empty database with the example; one transaction, so all or nothing."""
    with s.db.atomic():
        s.schemas.ensure_builtin()
        orgs, people, bodies = add_cast(s)
        themes = _theme_ids(s)
        meetings = _plan(s, bodies)
        for key, *_ in MEETINGS:
            _fill(s, key, meetings, people, themes)
        _close_followups(s, meetings, people)
        for key in HELD_DRAFT + list(ADOPTED):
            s.meetings.set_status(meetings[key], MeetingStatus.MINUTES_DRAFT)
        s.meetings.set_status(meetings["bopo"], MeetingStatus.AGENDA_SENT)
        for key, later in ADOPTED.items():
            _note_adoption(s, meetings[later], meetings[key])
            s.minutes.adopt(meetings[key], meetings[later])
        for title, due, kind, basis, served in MILESTONES:
            s.planning.add_milestone(Milestone(
                title=title, due=due, kind=MilestoneKind(kind), legal_basis=basis,
                meeting_ids=[meetings[k] for k in served]))
        add_support_plan_oogo(s, orgs, meetings["bopo"], bodies["BOPO"])


def _theme_ids(s: Services) -> dict[tuple[str, str], int]:
    return {(schema.code, t.code): id_of(t) for schema in s.schemas.all()
            for t in schema.themes}


def _plan(s: Services, bodies: dict[str, int]) -> dict[str, int]:
    ids: dict[str, int] = {}
    for key, body, day, start, end, location, subject, title in MEETINGS:
        m = s.meetings.plan(bodies[body], _at(day, start), _at(day, end), location=location,
                            subject=subject, title=title)
        ids[key] = id_of(m)
    return ids


def _at(day: date, hhmm: str) -> datetime:
    h, m = map(int, hhmm.split(":"))
    return datetime(day.year, day.month, day.day, h, m)


def _fill(s: Services, key: str, meetings: dict[str, int], people: dict[str, int],
          themes: dict[tuple[str, str], int]) -> None:
    mid = meetings[key]
    s.agenda.start_from_standard(mid)
    carried = [s.agenda.accept_proposal(mid, p) for p in s.agenda.proposals(mid)
               if _due_here(s, mid, p)]
    if key in PLANNED_THEMES:
        schema, codes = PLANNED_THEMES[key]
        for code in codes:
            s.agenda.add_theme(mid, themes[(schema, code)])
        return
    for name in APOLOGIES.get(key, []):
        s.meetings.set_attendance(mid, people[name], AttendanceStatus.APOLOGIES)
    for name in GUESTS.get(key, []):
        s.meetings.set_attendance(mid, people[name], AttendanceStatus.GUEST)
    for a in s.meetings.attendance(mid):
        if a.status is AttendanceStatus.INVITED:
            s.meetings.set_attendance(mid, a.person_id, AttendanceStatus.PRESENT)
    for spec in ITEMS[key]:
        _item(s, mid, spec, meetings, people, themes, carried)


def _due_here(s: Services, mid: int, p: Proposal) -> bool:
    """The example's secretary takes on the agenda what was due by this meeting; the rest
    of what is open stays on the proposals list (and in the action list)."""
    if p.followup_id is None:
        return (p.item_id is not None  # a proposal brings back a follow-up or an item
                and s.agenda.item(p.item_id).postponed_to_meeting_id == mid)
    target = s.followups.get(p.followup_id).target
    due = target.due_date
    return target.meeting_id == mid or (due is not None and due <= s.meetings.get(mid).day)


def _item(s: Services, mid: int, spec: dict, meetings: dict[str, int],
          people: dict[str, int], themes: dict[tuple[str, str], int], carried: list) -> None:
    title = spec["title"]
    if isinstance(title, tuple):
        theme_id = themes[("lelystad-werkagenda", title[1])]
        item = next((c for c in carried if c.theme_id == theme_id), None) \
            or s.agenda.add_theme(mid, theme_id)
    else:
        item = s.agenda.add_item(mid, title)
    postponed = spec.get("postponed_to")
    item_id = id_of(item)
    s.agenda.update_item(
        item_id, kind=spec["kind"], planned_minutes=spec["minutes"],
        presenter=spec.get("presenter", ""), notes=spec.get("notes", ""),
        outcome=spec.get("outcome"), confidential=spec.get("confidential", False),
        documents=spec.get("documents", ""),
        postponed_to_meeting_id=meetings[postponed] if postponed else None)
    codes = set(spec.get("checks", []))
    for check in s.agenda.item(item_id).checklist:
        if check.code in codes:
            s.agenda.set_check(item_id, check.criterion_id, True)
    for text in spec.get("decisions", []):
        s.minutes.take_decision(mid, text, item.id)
    for text, owner, target in spec.get("followups", []):
        term = (Target(due_date=target) if isinstance(target, date)
                else Target(meeting_id=meetings[target]))
        s.minutes.add_followup(mid, text, item_id=item.id, owner_person_id=people[owner],
                               target=term)


def _close_followups(s: Services, meetings: dict[str, int], people: dict[str, int]) -> None:
    by_id: dict[int | None, str] = {v: k for k, v in meetings.items()}
    names: dict[int | None, str] = {v: k for k, v in people.items()}
    for f in s.followups.all(s.followups.filter()):
        fu = f.followup
        key = (by_id.get(fu.meeting_id), names.get(fu.owner_person_id))
        result = next((r for (m, o, start), r in DONE.items()
                       if (m, o) == key and fu.text.startswith(start)), None)
        if result is not None:
            due = fu.target.due or date(2013, 12, 31)
            s.followups.mark_done(id_of(fu), result, on=due)


def _note_adoption(s: Services, later_id: int, earlier_id: int) -> None:
    item_id = s.minutes.adoption_item(later_id)
    earlier = s.meetings.get(earlier_id)
    if item_id is not None:
        s.agenda.update_item(item_id, outcome=Outcome.CONSENSUS, notes=(
            f"Het verslag van de vergadering van {earlier.starts_at:%d-%m-%Y} wordt "
            "ongewijzigd vastgesteld."))
