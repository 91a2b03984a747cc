"""Robustness of input: a Hypothesis state machine drives the services with arbitrary
text, dates and orders of create / edit / move / delete / adopt / reopen, and checks after
every step that
- decision numbers are consistent (1..n in agenda order, matching body and date),
- no follow-up, decision or item is orphaned (and every reference points to a record),
- adopted minutes are unchanged except through reopen,
- an action that is refused changes nothing at all.
"""

import os
import tempfile
import zipfile
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule

from overleg.domain.decisions import decision_number
from overleg.domain.enums import AttendanceStatus, FollowUpStatus, MeetingStatus
from overleg.domain.errors import OverlegError
from overleg.domain.followups import Target
from overleg.domain.organisations import Person
from overleg.services.archive_service import export_archive, import_archive
from overleg.services.container import build_services
from overleg.storage import archive_tables
from overleg.storage.database import open_memory
from tests.helpers import body_with_members
from tests.services.public_outputs import (
    confidential_texts,
    markers,
    public_lists,
    public_outputs,
)

# Every example starts with closed text, so each one's final check renders every public
# output of every meeting (about 3 s an example): 12 keep `make test` short; raise it
# (OVERLEG_STATEFUL_EXAMPLES=200) for a longer hunt.
EXAMPLES = int(os.environ.get("OVERLEG_STATEFUL_EXAMPLES", "12"))
S = MeetingStatus
NOW = datetime(2013, 12, 1, 10, 0)

# Mostly ordinary words (so actions get far), often anything at all (so rules get tested).
texts = st.one_of(st.sampled_from(["Notitie samenhang", "Leerlingenvervoer", "Besluit",
                                   "Thuiszitters aanpakken", "OOGO ondersteuningsplan"]),
                  st.text(max_size=60))
days = st.dates(date(2013, 1, 1), date(2014, 12, 31))
hours = st.integers(8, 20)
picks = st.integers(0, 1 << 16)


class ServicesMachine(RuleBasedStateMachine):
    @initialize()
    def start(self):
        self.s = build_services(open_memory(), now=lambda: NOW, user="hypothesis")
        self.body = body_with_members(self.s, "STT", n=2)
        planned = []
        for day in (date(2013, 9, 19), date(2013, 11, 28)):  # something to work on at once
            start = datetime.combine(day, datetime.min.time()) + timedelta(hours=15)
            m = self.s.meetings.plan(self.body, start, start + timedelta(hours=2))
            planned.append(m.id)
            for title in ("Opening", "Notitie samenhang"):
                self.s.agenda.add_item(m.id, title)
        # A closed item with a follow-up returning at the next meeting, so that every
        # example has confidential text for the public checks to look for.
        closed = self.s.agenda.add_item(planned[0], self._secret("Besloten casus"),
                                        confidential=True)
        self.s.minutes.add_followup(planned[0], self._secret("Actie"), item_id=closed.id,
                                    target=Target(meeting_id=planned[1]))
        self.adopted: dict[int, object] = {}  # meeting id -> minutes at adoption
        self.counts = {"steps": 0, "refused": 0}
        self._start_cycle()

    def teardown(self):
        if hasattr(self, "s"):
            try:
                self.final_public_check()
                self._archive_round_trip_is_identical()  # entrances (issue 11)
            finally:
                self.s.db.close()

    # -- helpers ----------------------------------------------------------------------------

    def _pick(self, table: str, n: int) -> int | None:
        ids = [r[0] for r in self.s.db.execute(f"SELECT id FROM {table} ORDER BY id")]
        return ids[n % len(ids)] if ids else None

    def _everything(self):
        db = self.s.db
        return {t: archive_tables.rows(db, t) for t in archive_tables.record_tables(db)}

    def _do(self, action):
        """Run one user action; a refusal (one sentence) must leave every table as it was."""
        self.counts["steps"] += 1
        before = self._everything()
        try:
            action()
        except OverlegError as exc:
            self.counts["refused"] += 1
            assert str(exc) and "\n" not in str(exc)
            assert self._everything() == before, f"refused ({exc}) yet something changed"

    def _minutes(self, meeting_id: int):
        s = self.s
        return ([(i.uuid, i.position, i.title, i.description, i.notes, i.outcome,
                  i.confidential) for i in s.agenda.agenda(meeting_id)],
                [(d.uuid, d.number, d.text, d.status, d.item_id)
                 for d in s.minutes.decisions_of(meeting_id)],
                [(f.uuid, f.text, f.item_id, f.decision_id)
                 for f in s.minutes.followups_of(meeting_id)])

    # -- meetings ---------------------------------------------------------------------------

    @rule(day=days, hour=hours)
    def plan(self, day, hour):
        start = datetime.combine(day, datetime.min.time()) + timedelta(hours=hour)
        self._do(lambda: self.s.meetings.plan(self.body, start, start + timedelta(hours=2)))

    @rule(n=picks, day=days, hour=hours)
    def move_meeting(self, n, day, hour):
        mid = self._pick("meetings", n)
        if mid is not None:
            start = datetime.combine(day, datetime.min.time()) + timedelta(hours=hour)
            self._do(lambda: self.s.meetings.move(mid, start))

    @rule(n=picks)
    def to_draft(self, n):
        mid = self._pick("meetings", n)
        if mid is not None:
            self._do(lambda: self.s.meetings.set_status(mid, S.MINUTES_DRAFT))

    @rule(n=picks, m=picks)
    def adopt(self, n, m):
        mid, later = self._pick("meetings", n), self._pick("meetings", m)
        if mid is None:
            return
        self._do(lambda: self.s.minutes.adopt(mid, later))
        if self.s.meetings.get(mid).status is S.MINUTES_ADOPTED and mid not in self.adopted:
            self.adopted[mid] = self._minutes(mid)

    @rule(n=picks, reason=texts)
    def reopen(self, n, reason):
        mid = self._pick("meetings", n)
        if mid is None:
            return
        self._do(lambda: self.s.minutes.reopen(mid, reason))
        if self.s.meetings.get(mid).status is not S.MINUTES_ADOPTED:
            self.adopted.pop(mid, None)

    # -- agenda -----------------------------------------------------------------------------

    @rule(n=picks, title=texts, confidential=st.booleans())
    def add_item(self, n, title, confidential):
        mid = self._pick("meetings", n)
        if mid is not None:
            self._do(lambda: self.s.agenda.add_item(mid, title, confidential=confidential))

    @rule(n=picks, notes=texts, outcome=st.sampled_from([None, "consensus", "postponed",
                                                           "dispute"]))
    def edit_item(self, n, notes, outcome):
        item = self._pick("agenda_items", n)
        if item is not None:
            self._do(lambda: self.s.agenda.update_item(item, notes=notes, outcome=outcome))

    @rule(n=picks, to=st.integers(-2, 12))
    def move_item(self, n, to):
        item = self._pick("agenda_items", n)
        if item is not None:
            self._do(lambda: self.s.agenda.move_item(item, to))

    @rule(n=picks)
    def delete_item(self, n):
        item = self._pick("agenda_items", n)
        if item is not None:
            self._do(lambda: self.s.agenda.delete_item(item))

    # -- decisions and follow-ups ------------------------------------------------------------

    @rule(n=picks, text=texts, with_item=st.booleans(), k=picks)
    def take_decision(self, n, text, with_item, k):
        mid = self._pick("meetings", n)
        if mid is None:
            return
        items = [i.id for i in self.s.agenda.agenda(mid)]
        item = items[k % len(items)] if with_item and items else None
        self._do(lambda: self.s.minutes.take_decision(mid, text, item))

    @rule(n=picks, text=texts)
    def edit_decision(self, n, text):
        d = self._pick("decisions", n)
        if d is not None:
            self._do(lambda: self.s.minutes.edit_decision(d, text))

    @rule(n=picks)
    def delete_decision(self, n):
        d = self._pick("decisions", n)
        if d is not None:
            self._do(lambda: self.s.minutes.delete_decision(d))

    @rule(n=picks, text=texts, k=picks, due=st.none() | days)
    def add_followup(self, n, text, k, due):
        mid = self._pick("meetings", n)
        if mid is None:
            return
        items = [i.id for i in self.s.agenda.agenda(mid)]
        item = items[k % len(items)] if items else None
        self._do(lambda: self.s.minutes.add_followup(mid, text, item_id=item,
                                                     target=Target(due_date=due)))

    @rule(n=picks, result=texts)
    def mark_done(self, n, result):
        f = self._pick("followups", n)
        if f is not None:
            self._do(lambda: self.s.followups.mark_done(f, result))


    # == The cycle never drops a point (issue 11): several bodies, postponing with and ======
    # == without a known meeting, accepting proposals, settling returning follow-ups =======

    def _start_cycle(self):
        self.bodies = [self.body, body_with_members(self.s, "SWZ", n=1),
                       body_with_members(self.s, "BOPO", n=1)]

    @rule(b=picks, day=days, hour=hours)
    def plan_for_a_body(self, b, day, hour):
        body = self.bodies[b % len(self.bodies)]
        start = datetime.combine(day, datetime.min.time()) + timedelta(hours=hour)
        self._do(lambda: self.s.meetings.plan(body, start, start + timedelta(hours=2)))

    @rule(n=picks)
    def cancel_meeting(self, n):
        mid = self._pick("meetings", n)
        if mid is not None:
            self._do(lambda: self.s.meetings.cancel(mid, "geen quorum"))

    @rule(n=picks, known=st.booleans(), m=picks)
    def postpone(self, n, known, m):
        item, to = self._pick("agenda_items", n), self._pick("meetings", m) if known else None
        if item is not None:
            self._do(lambda: self.s.agenda.update_item(item, outcome="postponed",
                                                       postponed_to_meeting_id=to))

    @rule(n=picks, text=texts, m=picks)
    def add_followup_for_a_meeting(self, n, text, m):
        mid, to = self._pick("meetings", n), self._pick("meetings", m)
        if mid is not None:
            self._do(lambda: self.s.minutes.add_followup(mid, text, target=Target(meeting_id=to)))

    @rule(n=picks, k=picks)
    def accept_proposal(self, n, k):
        mid = self._pick("meetings", n)
        if mid is None:
            return
        offered = self.s.agenda.proposals(mid)
        if offered:
            self._do(lambda: self.s.agenda.accept_proposal(mid, offered[k % len(offered)]))

    @rule(n=picks, done=st.booleans(), text=texts, late=st.integers(-30, 30))
    def settle_returning_followup(self, n, done, text, late):
        items = [r[0] for r in self.s.db.execute(
            "SELECT id FROM agenda_items WHERE source_followup_id IS NOT NULL ORDER BY id")]
        if not items:
            return
        item = items[n % len(items)]
        meeting = self.s.meetings.get(self.s.agenda.item(item).meeting_id)
        on = meeting.day + timedelta(days=late)
        status = FollowUpStatus.DONE if done else FollowUpStatus.CANCELLED
        self._do(lambda: self.s.minutes.settle_followup(item, status, text, on=on))
        self.counts["settled"] = self.counts.get("settled", 0) + 1

    def _next_planned(self, origin_id: int) -> int | None:
        """Worked out here from the raw rows, not by the rule under test."""
        row = self.s.db.execute(
            """SELECT n.id FROM meetings o JOIN meetings n ON n.body_id = o.body_id
               WHERE o.id = ? AND n.status IN ('planned', 'agenda_sent')
               AND n.starts_at > o.starts_at ORDER BY n.starts_at, n.id LIMIT 1""",
            [origin_id]).fetchone()
        return row[0] if row else None

    @invariant()
    def no_open_point_is_dropped(self):
        db, agenda = self.s.db, self.s.agenda
        points = [("followup", f, o) for f, o in db.execute(
            "SELECT id, meeting_id FROM followups WHERE status = 'open'")]
        points += [("item", i, o) for i, o in db.execute(
            """SELECT i.id, i.meeting_id FROM agenda_items i WHERE i.outcome = 'postponed'
               AND NOT EXISTS (SELECT 1 FROM agenda_items c JOIN meetings m
                               ON m.id = c.meeting_id WHERE c.carried_from_item_id = i.id
                               AND m.status != 'cancelled')""")]
        offered: dict[int, set] = {}
        for kind, point, origin in points:
            home = self._next_planned(origin)
            if home is None:
                continue
            if home not in offered:
                proposals = agenda.proposals(home)
                keys = [("followup", p.followup_id) if p.followup_id is not None
                        else ("item", p.item_id) for p in proposals]
                assert len(keys) == len(set(keys)), "a point proposed twice on one agenda"
                on_agenda = {("followup", i.source_followup_id) for i in agenda.agenda(home)
                             } | {("item", i.carried_from_item_id) for i in agenda.agenda(home)}
                assert not set(keys) & on_agenda, "proposed while already on the agenda"
                offered[home] = set(keys) | on_agenda
            assert (kind, point) in offered[home], \
                f"{kind} {point} of meeting {origin} is not proposed at meeting {home}"
    # -- audience (issue 11): closed items, returning points, public outputs -------------
    # Texts written here carry a unique marker (G0001G …); after every step no marker of a
    # record that is confidential by the domain's rule may appear in a public output of
    # the meetings the step touched, and every few steps in those of all meetings.

    def _secret(self, what: str) -> str:
        self.marker = getattr(self, "marker", 0) + 1
        return f"{what} G{self.marker:04d}G"

    def _touch(self, *meeting_ids):
        self.touched = getattr(self, "touched", set()) | {m for m in meeting_ids if m}

    @rule(n=picks, confidential=st.booleans())
    def mark_confidential(self, n, confidential):
        item = self._pick("agenda_items", n)
        if item is not None:
            self._do(lambda: self.s.agenda.update_item(item, confidential=confidential))
            self._touch(*[r[0] for r in self.s.db.execute("SELECT meeting_id FROM "
                                                          "agenda_items")])

    @rule(n=picks)
    def add_closed_item(self, n):
        mid = self._pick("meetings", n)
        if mid is not None:
            self._do(lambda: self.s.agenda.add_item(mid, self._secret("Besloten casus"),
                                                    confidential=True,
                                                    description=self._secret("Toelichting")))
            self._touch(mid)

    @rule(n=picks, k=picks, m=picks, via_decision=st.booleans())
    def agree_returning_followup(self, n, k, m, via_decision):
        """A follow-up (directly, or under a decision) that returns at another meeting."""
        mid, target = self._pick("meetings", n), self._pick("meetings", m)
        if mid is None:
            return
        items = [i.id for i in self.s.agenda.agenda(mid)]
        if not items:
            return
        item = items[k % len(items)]

        decision = None
        if via_decision:  # one user action each
            self._do(lambda: self.s.minutes.take_decision(mid, self._secret("Besluit"), item))
            decision = self._pick("decisions", -1)
        self._do(lambda: self.s.minutes.add_followup(
            mid, self._secret("Actie"), item_id=None if decision else item,
            decision_id=decision, target=Target(meeting_id=target)))
        self._touch(mid, target)

    @rule(n=picks, m=picks)
    def postpone_item(self, n, m):
        item, later = self._pick("agenda_items", n), self._pick("meetings", m)
        if item is not None and later is not None:
            self._do(lambda: self.s.agenda.update_item(item, outcome="postponed",
                                                       postponed_to_meeting_id=later))
            self._touch(self.s.agenda.item(item).meeting_id, later)

    @rule(n=picks)
    def accept_proposals(self, n):
        mid = self._pick("meetings", n)
        if mid is None:
            return
        for p in self.s.agenda.proposals(mid):
            self._do(lambda p=p: self.s.agenda.accept_proposal(mid, p))
        self._touch(mid)

    @rule(n=picks)
    def invite_guest(self, n):
        mid = self._pick("meetings", n)
        if mid is None:
            return
        if not hasattr(self, "guest"):
            self.guest = self.s.bodies.add_person(Person("Gast", email="gast@example.org")).id
        self._do(lambda: self.s.meetings.set_attendance(mid, self.guest,
                                                        AttendanceStatus.GUEST))
        self._touch(mid)

    @invariant()
    def nothing_confidential_in_a_public_output(self):
        """Cheap outputs (the .ics) of touched meetings after every step; the Word
        documents and mails every 20 steps for the last touched meeting; everything, the
        PDF/A documents and packs of every meeting too, at the end."""
        touched = getattr(self, "touched", set())
        word = self.counts["steps"] % 20 == 0 and touched
        self._check_public(touched, word=[max(touched)] if word else [], pdf=False)
        self.touched = touched if not word else set()

    def _check_public(self, meetings, *, word=(), lists=False, pdf=True) -> set[str]:
        """The outputs checked, by name (none when nothing is confidential)."""
        if not meetings:
            return set()
        secret, open_ = confidential_texts(self.s.db)
        forbidden = markers(secret) - markers(open_)
        if not forbidden:
            return set()
        outputs = public_lists(self.s) if lists else {}
        existing = {x.meeting.id for x in self.s.meetings.listings()}
        for mid in existing & set(meetings):
            if mid in word:
                found = public_outputs(self.s, mid, pdf=pdf)
            else:
                try:
                    found = {"ics": self.s.calendar.meeting_ics(mid).decode().replace(
                        "\r\n ", "")}
                except OverlegError:
                    continue
            outputs |= {f"{k} of meeting {mid}": v for k, v in found.items()}
        for name, text in outputs.items():
            leaked = {m for m in forbidden if m in text}
            assert not leaked, f"closed text {sorted(leaked)} in the public {name}"
        return set(outputs)

    def final_public_check(self):
        """At the end, for ALL meetings: every public output (each XML part of the public
        Word agenda, minutes, decision and action lists; the guests' mail drafts; the
        .ics), and over every body the public .xlsx and Word lists and year calendars."""
        if hasattr(self, "s") and getattr(self, "marker", 0):
            everything = [x.meeting.id for x in self.s.meetings.listings()]
            self.final_checked = self._check_public(everything, word=everything, lists=True)

    # -- invariants -------------------------------------------------------------------------

    @invariant()
    def decisions_are_numbered_in_agenda_order(self):
        s = self.s
        for x in s.meetings.listings():
            m = x.meeting
            decisions = s.minutes.decisions_of(m.id)
            assert [d.sequence for d in decisions] == list(range(1, len(decisions) + 1))
            positions = {i.id: i.position for i in s.agenda.agenda(m.id)}
            far = 1 << 30
            keys = [positions.get(d.item_id, far) for d in decisions]
            assert keys == sorted(keys), "numbers follow the agenda"
            for d in decisions:
                assert d.number.startswith(f"{x.body_code}-{m.day:%Y%m%d}")
                assert d.number.endswith(f"-{d.sequence:02d}")
            if decisions:
                suffixes = {d.number[len(decision_number(x.body_code, m.day, 0)) - 3:
                                     -3] for d in decisions}
                assert len(suffixes) == 1, "one meeting, one date suffix"

    @invariant()
    def nothing_is_orphaned(self):
        db = self.s.db
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        # Items, decisions and follow-ups hang together within one meeting.
        assert db.execute("""SELECT count(*) FROM decisions d JOIN agenda_items i
                             ON i.id = d.item_id WHERE i.meeting_id != d.meeting_id"""
                          ).fetchone()[0] == 0, "a decision refers to another meeting's item"
        assert db.execute("""SELECT count(*) FROM followups f JOIN agenda_items i
                             ON i.id = f.item_id WHERE i.meeting_id != f.meeting_id"""
                          ).fetchone()[0] == 0, "a follow-up refers to another meeting's item"
        assert db.execute("SELECT count(*) FROM followups WHERE meeting_id IS NULL"
                          ).fetchone()[0] == 0

    @invariant()
    def adopted_minutes_are_unchanged(self):
        for mid, snapshot in self.adopted.items():
            assert self.s.meetings.get(mid).status is S.MINUTES_ADOPTED
            assert self._minutes(mid) == snapshot

    # -- entrances (issue 11): export-archive -> import into a new database -> export-archive
    # gives the same archive (the export time fixed). Every few steps and at the end.

    def _archive_round_trip_is_identical(self):
        with tempfile.TemporaryDirectory(prefix="overleg-rt-") as folder:
            first, again = Path(folder) / "eerst.zip", Path(folder) / "opnieuw.zip"
            export_archive(self.s.db, first, now=NOW)
            target = build_services(open_memory(), now=lambda: NOW, user="hypothesis")
            try:
                import_archive(target.ctx, first)
                export_archive(target.db, again, now=NOW)
            finally:
                target.db.close()
            with zipfile.ZipFile(first) as a, zipfile.ZipFile(again) as b:
                assert a.namelist() == b.namelist()
                # The audit trail is history, not a record: an import keeps the archive's
                # rows as imported history and adds its own event (audit_history.py), so it
                # and the schema's count and anchor of it differ by design.
                for name in a.namelist():
                    if name in ("tabellen/audit_log.json", "schema.json"):
                        continue
                    assert a.read(name) == b.read(name), f"{name} differs after the round trip"

    @invariant()
    def archive_round_trip_every_few_steps(self):
        if self.counts["steps"] % 20 == 19:
            self._archive_round_trip_is_identical()

    # -- end of the entrances block ----------------------------------------------------------


TestServicesMachine = ServicesMachine.TestCase

EVERY_MEETING_OUTPUT = ("agenda", "minutes", "decisions.docx", "actions.docx", "ics",
                        "invitation (guests)", "draft_minutes (guests)", "minutes.pdf",
                        "pack.pdf")


def _machine_with_a_guest_everywhere() -> ServicesMachine:
    machine = ServicesMachine()
    machine.start()
    for n in range(2):
        machine.invite_guest(n)
    return machine


def test_the_final_check_reads_every_public_output_of_every_meeting():
    machine = _machine_with_a_guest_everywhere()
    try:
        machine.final_public_check()
        meetings = [x.meeting.id for x in machine.s.meetings.listings()]
        assert len(meetings) == 2
        assert {f"{kind} of meeting {m}" for kind in EVERY_MEETING_OUTPUT
                for m in meetings} <= machine.final_checked
        assert {"actions.xlsx", "decisions.xlsx", "decisions.docx (all bodies)",
                "actions.docx (all bodies)", "ics of body 1 in 2013"} <= machine.final_checked
    finally:
        machine.s.db.close()


@pytest.mark.parametrize("leak", ["agenda", "actions"])
def test_the_final_check_fails_when_a_public_output_leaks(leak):
    """A public document that ignored the audience rule is caught (the check can fail)."""
    machine = _machine_with_a_guest_everywhere()
    try:
        full = getattr(machine.s.documents, leak)
        setattr(machine.s.documents, leak,
                lambda *a, public=False, **k: full(*a, public=False, **k))
        with pytest.raises(AssertionError, match="closed text"):
            machine.final_public_check()
    finally:
        machine.s.db.close()
@pytest.mark.parametrize("leak", ["pack", "minutes.pdf"])
def test_the_final_check_fails_when_a_public_pdf_leaks(leak):
    """The public PDF/A minutes and pack are checked too: one that ignored the audience
    rule is caught."""
    machine = _machine_with_a_guest_everywhere()
    try:
        owner = machine.s.pack if leak == "pack" else machine.s.pdf_documents
        name = "pack" if leak == "pack" else "minutes"
        full = getattr(owner, name)
        setattr(owner, name, lambda *a, public=False, **k: full(*a, public=False, **k))
        with pytest.raises(AssertionError, match="closed text"):
            machine.final_public_check()
    finally:
        machine.s.db.close()


TestServicesMachine.settings = settings(max_examples=EXAMPLES, stateful_step_count=40,
                                        deadline=None)


def test_moving_a_meeting_takes_its_decisions_and_follow_ups_along(services):
    """Found by the machine above: they stayed behind on the old date while their agenda
    item moved, so a decision referred to another meeting's item."""
    s = services
    body = body_with_members(s)
    start = datetime(2013, 9, 19, 15)
    old = s.meetings.plan(body, start, start + timedelta(hours=2))
    item = s.agenda.add_item(old.id, "Notitie samenhang")
    d = s.minutes.take_decision(old.id, "De stuurgroep onderschrijft de notitie.", item.id)
    f = s.minutes.add_followup(old.id, "Notitie rondsturen", item_id=item.id)
    new = s.meetings.move(old.id, datetime(2013, 10, 3, 15))
    assert [x.uuid for x in s.minutes.decisions_of(new.id)] == [d.uuid]
    assert s.minutes.decisions_of(new.id)[0].number == "STT-20131003-01"
    assert [x.uuid for x in s.minutes.followups_of(new.id)] == [f.uuid]
    assert s.minutes.decisions_of(old.id) == [] and s.minutes.followups_of(old.id) == []
