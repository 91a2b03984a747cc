"""Every user action as a command: its change set's inverse restores the very same records
(ids, UUIDs, links, numbering), and applying it again gives the same result as the first
time. Undo and redo go through the rules and the audit trail."""

import sqlite3
from datetime import date, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from overleg.domain.enums import AttendanceStatus, MeetingStatus, Outcome
from overleg.domain.errors import OverlegError, ReadOnlyError
from overleg.domain.followups import Target
from overleg.domain.organisations import Person
from overleg.services.archive_service import export_archive, read_archive
from overleg.storage import archive_tables
from overleg.storage.errors import ChangedMeanwhile

DRAFT, PLANNED, ADOPTED = 7, 9, 5  # SWZ 21-11-2013, SWZ 16-01-2014, STT 19-09-2013
NOTES = 8  # STT 28-11-2013, a draft with follow-ups


def records(db) -> dict[str, list[dict]]:
    """Every record table as rows; the audit trail only grows, so it is left out."""
    return {t: archive_tables.rows(db, t) for t in archive_tables.record_tables(db)
            if t != "audit_log"}


class Missing(Exception):
    """The example no longer has a record this action needs (an earlier step removed it)."""


def first(db, sql: str, *args):
    row = db.execute(sql, args).fetchone()
    if row is None:
        raise Missing(sql)
    return row[0]


def actions(s):
    """(label, action) pairs covering each screen's edits, on the example data; the
    records an action works on are looked up when it runs."""
    db = s.db

    def lookup(sql: str, *args):
        return lambda: first(db, sql, *args)

    item = lookup("SELECT id FROM agenda_items WHERE meeting_id = ? AND standard IS NULL "
                  "ORDER BY position", DRAFT)
    decision = lookup("SELECT id FROM decisions WHERE meeting_id = ? ORDER BY id", DRAFT)
    followup = lookup("SELECT id FROM followups WHERE status = 'open' ORDER BY id")
    own_fu = lookup("SELECT id FROM followups WHERE meeting_id = ? ORDER BY id", NOTES)
    person = lookup("SELECT id FROM people ORDER BY id")
    body = lookup("SELECT body_id FROM meetings WHERE id = ?", DRAFT)
    theme = lookup("SELECT id FROM schema_themes ORDER BY id")
    return [
        ("Besluit nemen", lambda: s.minutes.take_decision(DRAFT, "Ingestemd.", item())),
        ("Besluit wijzigen", lambda: s.minutes.edit_decision(decision(), "Anders verwoord.")),
        ("Besluit intrekken", lambda: s.minutes.revoke_decision(decision(), "vergissing")),
        ("Besluit verwijderen", lambda: s.minutes.delete_decision(decision())),
        ("Actiepunt toevoegen", lambda: s.minutes.add_followup(
            DRAFT, "Notitie schrijven", item_id=item(), decision_id=decision(),
            owner_person_id=person(), target=Target(meeting_id=PLANNED))),
        ("Actiepunt wijzigen", lambda: s.minutes.edit_followup(
            own_fu(), "Nieuwe tekst", target=Target(due_date=date(2014, 3, 1)))),
        ("Actiepunt verwijderen", lambda: s.minutes.delete_followup(own_fu())),
        ("Afronden", lambda: s.followups.mark_done(followup(), "gedaan", on=date(2013, 12, 1))),
        ("Laten vervallen", lambda: s.followups.cancel(followup(), "niet meer nodig")),
        ("Agendapunt toevoegen", lambda: s.agenda.add_item(PLANNED, "Leerlingenvervoer")),
        ("Thema toevoegen", lambda: s.agenda.add_theme(PLANNED, theme())),
        ("Agendapunt wijzigen", lambda: s.agenda.update_item(
            item(), notes="Besproken.", outcome=Outcome.CONSENSUS, confidential=True)),
        ("Agendapunt verplaatsen", lambda: s.agenda.move_item(item(), 0)),
        ("Agendapunt verwijderen", lambda: s.agenda.delete_item(item())),
        ("Aanwezigheid", lambda: s.meetings.set_attendance(DRAFT, person(),
                                                           AttendanceStatus.APOLOGIES)),
        ("Vergadering plannen", lambda: s.meetings.plan(body(), datetime(2014, 5, 1, 15))),
        ("Vergadering verplaatsen", lambda: s.meetings.move(PLANNED,
                                                            datetime(2014, 1, 23, 13, 30))),
        ("Vergadering annuleren", lambda: s.meetings.cancel(PLANNED, "geen agenda")),
        ("Verslag vaststellen", lambda: s.minutes.adopt(DRAFT, PLANNED)),
        ("Verslag heropenen", lambda: s.minutes.reopen(ADOPTED, "typfout")),
        ("Persoon toevoegen", lambda: s.bodies.add_person(Person(name="Ingrid Bos"))),
        ("Lid verwijderen", lambda: s.bodies.remove_member(body(), first(
            db, "SELECT person_id FROM body_members WHERE body_id = ?", body()))),
    ]


@pytest.mark.parametrize("index", range(22))
def test_undo_restores_the_same_records_and_redo_repeats_them(demo, index):
    label, action = actions(demo)[index]
    before = records(demo.db)
    done = demo.commands.run(label, action)
    after = records(demo.db)
    assert done.changes and after != before, label

    demo.commands.undo(done.changes)
    assert records(demo.db) == before, f"{label}: undo did not restore every record"
    demo.commands.redo(done.changes)
    assert records(demo.db) == after, f"{label}: redo differs from the first time"


def test_undoing_a_deleted_decision_keeps_its_uuid_and_its_follow_ups_link(demo, tmp_path):
    db = demo.db
    decision = first(db, "SELECT id FROM decisions WHERE meeting_id = ?", DRAFT)
    for text in ("Uitwerken", "Terugkoppelen"):
        demo.minutes.add_followup(DRAFT, text, decision_id=decision)
    linked = 2
    export_archive(db, tmp_path / "voor.zip")

    done = demo.commands.run("Besluit verwijderen",
                             lambda: demo.minutes.delete_decision(decision))
    assert first(db, "SELECT count(*) FROM followups WHERE decision_id = ?", decision) == 0
    demo.commands.undo(done.changes)
    assert first(db, "SELECT count(*) FROM followups WHERE decision_id = ?", decision) == linked

    export_archive(db, tmp_path / "na.zip")
    _, tables_before = read_archive(tmp_path / "voor.zip")
    _, tables_after = read_archive(tmp_path / "na.zip")
    tables_before.pop("audit_log"), tables_after.pop("audit_log")
    assert tables_after == tables_before


def test_a_record_changed_meanwhile_is_never_overwritten(demo):
    db = demo.db
    decision = first(db, "SELECT id FROM decisions WHERE meeting_id = ?", DRAFT)
    done = demo.commands.run("wijzigen", lambda: demo.minutes.edit_decision(decision, "Eén"))
    demo.minutes.edit_decision(decision, "Twee, door een collega")  # not through the stack
    before = records(db)
    with pytest.raises(ChangedMeanwhile):
        demo.commands.undo(done.changes)
    assert records(db) == before


def test_undo_obeys_the_rule_on_adopted_minutes(demo):
    db = demo.db
    decision = first(db, "SELECT id FROM decisions WHERE meeting_id = ?", DRAFT)
    done = demo.commands.run("weg", lambda: demo.minutes.delete_decision(decision))
    demo.minutes.adopt(DRAFT, PLANNED)
    before = records(db)
    with pytest.raises(ReadOnlyError):
        demo.commands.undo(done.changes)
    assert records(db) == before


def test_undo_and_redo_are_in_the_audit_trail(demo):
    decision = first(demo.db, "SELECT id FROM decisions WHERE meeting_id = ?", DRAFT)
    uuid = demo.minutes.decisions.get(decision).uuid
    done = demo.commands.run("Besluit wijzigen",
                             lambda: demo.minutes.edit_decision(decision, "Nieuw."))
    demo.commands.undo(done.changes)
    demo.commands.redo(done.changes)
    assert [e.action for e in demo.audit.for_record(uuid)][-3:] == ["edited", "undone",
                                                                     "redone"]


def test_a_refused_action_yields_no_change_set_and_changes_nothing(demo):
    before = records(demo.db)
    with pytest.raises(OverlegError):
        demo.commands.run("leeg", lambda: demo.agenda.add_item(DRAFT, "   "))
    assert records(demo.db) == before


@pytest.fixture(scope="module")
def example_file(tmp_path_factory):
    """The example built once; every hypothesis example starts from a copy."""
    from overleg.services.container import build_services
    from overleg.services.demo import build_demo
    from overleg.storage.database import open_memory

    s = build_services(open_memory(), now=lambda: datetime(2013, 12, 1, 10), user="h")
    s.schemas.ensure_builtin()
    build_demo(s)
    path = tmp_path_factory.mktemp("voorbeeld") / "voorbeeld.db"
    s.db.execute(f"VACUUM INTO '{path}'")
    s.db.close()
    return path


def fresh_copy(path):
    from sqlite_utils import Database

    from overleg.services.container import build_services

    conn = sqlite3.connect(":memory:")
    with sqlite3.connect(path) as source:
        source.backup(conn)
    db = Database(conn, execute_plugins=False)
    db.execute("PRAGMA foreign_keys = ON")
    return build_services(db, now=lambda: datetime(2013, 12, 1, 10), user="h")


@settings(max_examples=12, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(st.tuples(st.integers(0, 21), st.sampled_from(["do", "undo", "redo"])),
                      min_size=1, max_size=12))
def test_random_sequences_of_actions_undos_and_redos(example_file, steps):
    """A model of the undo stack: after every undo the records are as before that step,
    after every redo as after it; refused actions change nothing."""
    s = fresh_copy(example_file)
    done_stack: list = []  # (change set, records before, records after)
    undone: list = []
    try:
        for index, what in steps:
            if what == "do":
                before = records(s.db)
                try:
                    done = s.commands.run("stap", actions(s)[index][1])
                except Missing:
                    continue
                except OverlegError:
                    assert records(s.db) == before
                    continue
                done_stack.append((done.changes, before, records(s.db)))
                undone.clear()
            elif what == "undo" and done_stack:
                changes, before, _after = entry = done_stack.pop()
                s.commands.undo(changes)
                assert records(s.db) == before
                undone.append(entry)
            elif what == "redo" and undone:
                changes, _before, after = entry = undone.pop()
                s.commands.redo(changes)
                assert records(s.db) == after
                done_stack.append(entry)
    finally:
        s.db.close()


def test_a_change_set_says_what_changed(demo):
    done = demo.commands.run("Agendapunt toevoegen",
                             lambda: demo.agenda.add_item(PLANNED, "Leerlingenvervoer"))
    item = done.result
    assert item.uuid in done.changes.uuids("agenda_items")
    assert done.changes.touches("agenda_items")
    assert not done.changes.touches("decisions", "followups")
    assert demo.meetings.get(PLANNED).status is MeetingStatus.PLANNED
