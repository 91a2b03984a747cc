"""A deterministic synthetic ten-year archive, written through the storage layer.

`archive(scale)` returns the path of a cached database file (and what the benchmarks need
to know about it); the file is generated once per generator version, schema version and
scale, into benchmarks/out/, and reused by later runs.

    python -m benchmarks.archive            # generate (or find) the full archive
"""

import json
import os
import random
import time
from dataclasses import asdict, dataclass
from datetime import date, datetime, timedelta
from datetime import time as clock
from pathlib import Path

from benchmarks.archive_documents import attach_documents
from benchmarks.cast import Cast, add_cast, make_uuid, oogo_subject
from benchmarks.dutch_text import PLACES, Composer
from overleg.domain.agenda import AgendaItem, CriterionCheck
from overleg.domain.bodies import STANDARD_AGENDA
from overleg.domain.decisions import Decision, decision_number
from overleg.domain.enums import (
    AttendanceStatus,
    DecisionStatus,
    FollowUpStatus,
    ItemKind,
    MeetingStatus,
    MilestoneKind,
    Outcome,
    StandardItem,
)
from overleg.domain.followups import FollowUp, Target
from overleg.domain.meetings import Attendance, Meeting
from overleg.domain.milestones import Milestone
from overleg.services.container import build_services
from overleg.storage.agenda_repo import AgendaRepo
from overleg.storage.database import open_database
from overleg.storage.decision_repo import DecisionRepo
from overleg.storage.followup_repo import FollowUpRepo
from overleg.storage.meeting_repo import MeetingRepo
from overleg.storage.migrations import known_names
from overleg.storage.milestone_repo import MilestoneRepo

GENERATOR_VERSION = 4  # bump whenever the generated content changes
SEED = 20131119
OUT = Path(__file__).resolve().parent / "out"

# Ten years of history up to REFERENCE, one year of planned meetings after it.
START, REFERENCE, END = date(2016, 11, 1), date(2026, 11, 1), date(2027, 11, 1)
BIG = 40  # items on the meetings the agenda, minutes and Word measures open


@dataclass(frozen=True)
class Scale:
    bodies: int = 20
    people: int = 250
    meetings: int = 2_000
    items: int = 30_000
    decisions: int = 15_000
    followups: int = 25_000
    milestones: int = 100

    def times(self, n: int) -> "Scale":
        """N times the archive: N times the meetings and what hangs off them, by the same
        bodies and people (a region keeping N decades, or more municipalities)."""
        return Scale(self.bodies, self.people, self.meetings * n, self.items * n,
                     self.decisions * n, self.followups * n, self.milestones * n)

    @property
    def key(self) -> str:
        return "-".join(str(v) for v in asdict(self).values())


TEN_YEARS = Scale()
TINY = Scale(bodies=4, people=30, meetings=40, items=560, decisions=120, followups=200,
             milestones=5)


@dataclass(frozen=True)
class Archive:
    path: Path
    big_meetings: list[int]  # held meetings with BIG items, notes, decisions, follow-ups
    big_future: list[int]  # coming meetings with BIG items on their agenda (editable)
    counts: dict[str, int]
    seconds: float  # how long generating took


def archive(scale: Scale = TEN_YEARS, *, out: Path = OUT) -> Archive:
    """The cached archive for this scale, generated first when there is none."""
    key = f"g{GENERATOR_VERSION}-s{len(known_names())}-{scale.key}"
    path, meta = out / f"archive-{key}.db", out / f"archive-{key}.json"
    if not (path.exists() and meta.exists()):
        out.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        for stale in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
            stale.unlink(missing_ok=True)
        started = time.perf_counter()
        big, future, counts = generate(tmp, scale, final=path)
        seconds = time.perf_counter() - started
        os.replace(tmp, path)
        meta.write_text(json.dumps({"big_meetings": big, "big_future": future,
                                    "counts": counts, "seconds": round(seconds, 2)}))
    info = json.loads(meta.read_text())
    return Archive(path, info["big_meetings"], info["big_future"], info["counts"],
                   info["seconds"])


def generate(path: Path, scale: Scale, final: Path | None = None
             ) -> tuple[list[int], list[int], dict[str, int]]:
    rng = random.Random(SEED)
    text = Composer(rng)
    db = open_database(path)
    try:
        services = build_services(db, now=lambda: datetime.combine(REFERENCE, clock(9)))
        with db.atomic():
            services.schemas.ensure_builtin()
            criteria = [(t.id, [CriterionCheck(c.id, c.code, c.title) for c in s.criteria])
                        for s in services.schemas.all() for t in s.themes]
            cast = add_cast(db, rng, n_bodies=scale.bodies, n_people=scale.people)
            meetings = _meetings(db, rng, cast, scale.meetings)
            big, future = _big_meetings(meetings)
            items = _items(db, rng, text, cast, meetings, big + future, scale.items, criteria)
            decisions = _decisions(db, rng, text, cast, meetings, items, scale.decisions)
            _followups(db, rng, text, cast, meetings, items, decisions, scale.followups)
            _attendance(db, rng, cast, meetings)
            _milestones(db, rng, meetings, scale.milestones)
            documents = attach_documents(services, text, [m for m in meetings if _is_held(m)],
                                         items, final or path)
        counts = {"bodies": len(cast.bodies), "people": len(cast.people),
                  "meetings": len(meetings), "items": sum(len(v) for v in items.values()),
                  "decisions": sum(len(v) for v in decisions.values()),
                  "followups": scale.followups, "milestones": scale.milestones,
                  "documents": documents}
    finally:
        db.close()
    return [m.id for m in big], [m.id for m in future], counts  # type: ignore[misc]


def _meetings(db, rng: random.Random, cast: Cast, total: int) -> list[Meeting]:
    """Each body meets at regular intervals with some jitter; the past ones are held and
    (but for the latest) have adopted minutes, a few were cancelled."""
    span = (END - START).days
    meetings: list[Meeting] = []
    for n, body in enumerate(cast.bodies):
        count = total // len(cast.bodies) + (1 if n < total % len(cast.bodies) else 0)
        step = span / count
        hour = rng.choice([9, 10, 14, 16, 19])
        for k in range(count):
            day = START + timedelta(days=int(k * step + rng.uniform(0, step * 0.3)))
            starts = datetime.combine(day, clock(hour, rng.choice([0, 30])))
            meetings.append(Meeting(
                body_id=body.id, starts_at=starts,  # type: ignore[arg-type]
                ends_at=starts + timedelta(hours=2), location=f"Stadhuis {rng.choice(PLACES)}",
                subject=oogo_subject(body), uuid=make_uuid(rng)))
    meetings.sort(key=lambda m: (m.body_id, m.starts_at))
    for body in cast.bodies:
        own = [m for m in meetings if m.body_id == body.id]
        past = [m for m in own if m.day < REFERENCE]
        for m in past[:-1]:
            m.status = MeetingStatus.CANCELLED if rng.random() < 0.02 \
                else MeetingStatus.MINUTES_ADOPTED
        if past:
            past[-1].status = MeetingStatus.MINUTES_DRAFT
        future = [m for m in own if m.day >= REFERENCE]
        if future:
            future[0].status = MeetingStatus.AGENDA_SENT
    MeetingRepo(db).add_many(meetings)
    held = [m for m in meetings if m.status is not MeetingStatus.CANCELLED]
    for a, b in zip(held, held[1:], strict=False):  # minutes adopted at the next meeting
        if a.status is MeetingStatus.MINUTES_ADOPTED:
            if a.body_id == b.body_id and b.day < REFERENCE:
                a.adopted_in_meeting_id, a.adopted_on = b.id, b.day
            else:
                a.status = MeetingStatus.MINUTES_DRAFT
    repo = MeetingRepo(db)
    for m in meetings:
        if m.status is MeetingStatus.MINUTES_ADOPTED or m.status is MeetingStatus.MINUTES_DRAFT:
            repo.update(m)
    return meetings


def _big_meetings(meetings: list[Meeting]) -> tuple[list[Meeting], list[Meeting]]:
    """Per body the latest meeting with adopted minutes and the next meeting (its agenda
    sent) get BIG items."""
    latest: dict[int, Meeting] = {}
    coming: dict[int, Meeting] = {}
    for m in meetings:
        if m.status is MeetingStatus.MINUTES_ADOPTED:
            latest[m.body_id] = m
        if m.status is MeetingStatus.AGENDA_SENT:
            coming[m.body_id] = m
    return list(latest.values()), list(coming.values())


def _is_held(m: Meeting) -> bool:
    return m.status in (MeetingStatus.MINUTES_ADOPTED, MeetingStatus.MINUTES_DRAFT)


def _counts(rng: random.Random, n: int, total: int, low: int = 7, high: int = 30) -> list[int]:
    """n numbers between low and high summing to total."""
    counts = [total // n + (1 if i < total % n else 0) for i in range(n)]
    assert low <= min(counts) and max(counts) <= high, "scale gives too few or many items"
    for _ in range(n * 2):
        i, j, d = rng.randrange(n), rng.randrange(n), rng.randint(1, 6)
        if counts[i] - d >= low and counts[j] + d <= high:
            counts[i] -= d
            counts[j] += d
    return counts


def _items(db, rng, text: Composer, cast: Cast, meetings: list[Meeting], big: list[Meeting],
           total: int, criteria) -> dict[int, list[AgendaItem]]:
    active = [m for m in meetings if m.status is not MeetingStatus.CANCELLED]
    big_ids = {m.id for m in big}
    others = [m for m in active if m.id not in big_ids]
    sizes = dict(zip([m.id for m in others],
                     _counts(rng, len(others), total - BIG * len(big)), strict=True))
    sizes.update({m.id: BIG for m in big})
    following = _next_of_body(meetings)
    names = [p.name for p in cast.people]
    opening = [e for e in STANDARD_AGENDA if not e.at_end]
    closing = [e for e in STANDARD_AGENDA if e.at_end]
    result: dict[int, list[AgendaItem]] = {}
    for m in active:
        held = _is_held(m)
        items = [AgendaItem(meeting_id=m.id, title=e.title, kind=e.kind,  # type: ignore[arg-type]
                            planned_minutes=e.minutes, standard=e.key,
                            notes=text.sentence() if held else "", uuid=make_uuid(rng))
                 for e in opening]
        for _ in range(sizes[m.id] - len(STANDARD_AGENDA)):
            items.append(_content_item(rng, text, m, held, names, criteria, following))
        items += [AgendaItem(meeting_id=m.id, title=e.title, kind=e.kind,  # type: ignore[arg-type]
                             planned_minutes=e.minutes, standard=e.key, uuid=make_uuid(rng))
                  for e in closing]
        for pos, item in enumerate(items, start=1):
            item.position = pos
        result[m.id] = items  # type: ignore[index]
    AgendaRepo(db).add_many([i for items in result.values() for i in items])
    return result


def _content_item(rng, text: Composer, m: Meeting, held: bool, names, criteria, following
                  ) -> AgendaItem:
    kind = rng.choices(list(ItemKind), weights=[35, 45, 20])[0]
    theme_id, checklist = None, []
    if criteria and rng.random() < 0.2:
        theme_id, checks = rng.choice(criteria)
        checklist = [CriterionCheck(c.criterion_id, c.code, c.title, held and rng.random() < .6)
                     for c in checks]
    outcome, postponed_to = None, None
    if held and kind is not ItemKind.INFORMATION:
        outcome = rng.choices(list(Outcome), weights=[80, 8, 8, 4])[0]
        postponed_to = following.get(m.id)
        if outcome is Outcome.POSTPONED and postponed_to is None:
            outcome = Outcome.CONSENSUS
    return AgendaItem(
        meeting_id=m.id, title=text.item_title(m.starts_at.year),  # type: ignore[arg-type]
        description=text.paragraph(1, 2), kind=kind, presenter=rng.choice(names),
        planned_minutes=rng.choice([10, 15, 20, 30]), confidential=rng.random() < 0.03,
        theme_id=theme_id, checklist=checklist,
        documents=f"Notitie {rng.randint(1, 999)}.pdf" if rng.random() < 0.4 else "",
        notes=text.notes() if held else "", outcome=outcome,
        postponed_to_meeting_id=postponed_to, uuid=make_uuid(rng))


def _next_of_body(meetings: list[Meeting]) -> dict[int, int]:
    active = [m for m in meetings if m.status is not MeetingStatus.CANCELLED]
    return {a.id: b.id for a, b in zip(active, active[1:], strict=False)  # type: ignore[misc]
            if a.body_id == b.body_id}


def _decisions(db, rng, text: Composer, cast: Cast, meetings, items, total: int
               ) -> dict[int, list[Decision]]:
    by_id = {m.id: m for m in meetings}
    codes = {b.id: b.code for b in cast.bodies}
    eligible = [i for mid, its in items.items() if _is_held(by_id[mid]) for i in its
                if i.kind is ItemKind.DECISION and (i.standard is None
                                                    or i.standard is StandardItem.ADOPT_MINUTES)]
    chosen: dict[int, list[AgendaItem]] = {}
    for item in rng.choices(eligible, k=total) if eligible else []:
        chosen.setdefault(item.meeting_id, []).append(item)
    result: dict[int, list[Decision]] = {}
    for mid, its in chosen.items():
        m = by_id[mid]
        its.sort(key=lambda i: i.position)
        result[mid] = [Decision(
            body_id=m.body_id, meeting_id=mid, item_id=i.id, sequence=n,
            number=decision_number(codes[m.body_id], m.day, n), text=text.decision("Het overleg"),
            status=DecisionStatus.REVOKED if rng.random() < 0.02 else DecisionStatus.TAKEN,
            uuid=make_uuid(rng)) for n, i in enumerate(its, start=1)]
    DecisionRepo(db).add_many([d for ds in result.values() for d in ds])
    return result


def _followups(db, rng, text: Composer, cast: Cast, meetings, items, decisions, total: int
               ) -> None:
    """A third open (mostly recent ones, many due at a coming meeting), the rest done or
    cancelled."""
    by_id = {m.id: m for m in meetings}
    future = {}
    for m in meetings:
        if m.day >= REFERENCE and m.status is not MeetingStatus.CANCELLED:
            future.setdefault(m.body_id, []).append(m)
    following = _next_of_body(meetings)
    eligible = [i for mid, its in items.items() if _is_held(by_id[mid]) for i in its
                if i.standard is None]
    origins = sorted(rng.choices(eligible, k=total) if eligible else [],
                     key=lambda i: by_id[i.meeting_id].starts_at, reverse=True)
    open_ones = set(rng.sample(range(len(origins) // 2), total // 3))
    decided = {d.item_id: d.id for ds in decisions.values() for d in ds}
    result = []
    for n, item in enumerate(origins):
        m = by_id[item.meeting_id]
        members = cast.members[m.body_id]
        person, org = (rng.choice(members), None) if rng.random() < 0.8 \
            else (None, rng.choice(cast.organisations).id)
        status, done_on, result_text = FollowUpStatus.OPEN, None, ""
        if n not in open_ones:
            status = FollowUpStatus.CANCELLED if rng.random() < 0.05 else FollowUpStatus.DONE
            done_on = min(m.day + timedelta(days=rng.randint(7, 120)), REFERENCE)
            result_text = text.result()
        coming = future.get(m.body_id, [])
        if status is FollowUpStatus.OPEN and coming and rng.random() < 0.6:
            target = Target(meeting_id=rng.choice(coming[:3]).id)
        elif status is not FollowUpStatus.OPEN and following.get(m.id) and rng.random() < 0.5:
            target = Target(meeting_id=following[m.id])  # type: ignore[index]
        else:
            target = Target(due_date=m.day + timedelta(days=rng.randint(14, 180)))
        result.append(FollowUp(
            text=text.followup(), owner_person_id=person, owner_organisation_id=org,
            meeting_id=m.id, item_id=item.id,
            decision_id=decided.get(item.id) if rng.random() < 0.5 else None, target=target,
            status=status, done_on=done_on, result=result_text, created_on=m.day,
            uuid=make_uuid(rng)))
    FollowUpRepo(db).add_many(result)


def _attendance(db, rng, cast: Cast, meetings: list[Meeting]) -> None:
    entries = []
    for m in meetings:
        if m.status is MeetingStatus.CANCELLED:
            continue
        for person_id in cast.members[m.body_id]:
            status = AttendanceStatus.INVITED
            if _is_held(m):
                status = AttendanceStatus.APOLOGIES if rng.random() < 0.15 \
                    else AttendanceStatus.PRESENT
            entries.append(Attendance(m.id, person_id, status))  # type: ignore[arg-type]
    MeetingRepo(db).add_attendance_many(entries)


def _milestones(db, rng, meetings: list[Meeting], total: int) -> None:
    repo = MilestoneRepo(db)
    span = (END - START).days
    for n in range(total):
        due = START + timedelta(days=int(n * span / total) + rng.randint(0, 20))
        statutory = rng.random() < 0.4
        title = rng.choice(
            [f"Ondersteuningsplan {due.year}-{due.year + 4} naar de inspectie",
             f"OOGO over het concept-ondersteuningsplan {due.year}",
             f"Vaststelling jeugdplan {due.year}", f"IHP {due.year} vastgesteld",
             f"Evaluatie thuiszittersprotocol {due.year}"])
        near = [m.id for m in meetings if abs((m.day - due).days) < 30][:2]
        repo.add(Milestone(
            title=title, due=due,
            kind=MilestoneKind.STATUTORY if statutory else MilestoneKind.POLICY,
            legal_basis="WPO art. 18a lid 9" if statutory else "", meeting_ids=near,
            uuid=make_uuid(rng)))


if __name__ == "__main__":
    a = archive()
    print(f"{a.path} ({a.path.stat().st_size / 1e6:.0f} MB, generated in {a.seconds:.1f} s)")
    print(json.dumps(a.counts))
