"""Retention (AVG): on an --as-of date exactly the records past their period are listed,
and applying clears them in one audited step."""

from datetime import date

import pytest

from overleg.app import close_services, open_services
from overleg.cli.main import main
from overleg.domain.errors import ValidationError
from overleg.domain.retention import RetentionKind as K
from overleg.domain.retention import months_before
from overleg.services.audit_service import check_trail
from overleg.services.demo import build_demo


def _due(s, day):
    return sorted((str(d.kind), d.row_id) for d in s.retention.due(day))


def _confidential_with_notes(s, up_to: date) -> list[int]:
    return [r[0] for r in s.db.execute(
        "SELECT i.id FROM agenda_items i JOIN meetings m ON m.id = i.meeting_id "
        "WHERE i.confidential = 1 AND i.notes != '' AND date(m.starts_at) <= ?",
        [up_to.isoformat()])]


def test_the_defaults_list_exactly_the_notes_past_two_years(demo):
    s = demo
    notes = _confidential_with_notes(s, date(2013, 9, 19))
    assert len(notes) == 1  # the example's closed discussion of 19 September 2013
    assert _due(s, date(2015, 9, 18)) == []  # one day short of two years
    assert _due(s, date(2015, 9, 19)) == [("confidential_notes", notes[0])]


def test_a_changed_period_lists_exactly_the_attendance_before_its_cutoff(demo):
    s = demo
    s.retention.set_period(K.ATTENDANCE, 12)
    s.retention.set_period(K.CONFIDENTIAL_NOTES, 0)  # never
    as_of = date(2014, 7, 2)
    expected = sorted(("attendance", r[0]) for r in s.db.execute(
        "SELECT a.id FROM attendance a JOIN meetings m ON m.id = a.meeting_id "
        "WHERE date(m.starts_at) <= '2013-07-02'"))
    later = s.db.execute("SELECT count(*) FROM attendance a JOIN meetings m ON "
                         "m.id = a.meeting_id WHERE date(m.starts_at) > '2013-07-02'"
                         ).fetchone()[0]
    assert expected and later  # some before the cutoff, some after
    assert _due(s, as_of) == expected
    assert s.retention.periods()[K.ATTENDANCE] == 12
    assert [e.action for e in s.audit.for_record("retention.attendance")] == ["updated"]


def test_applying_clears_them_audited_and_the_chain_verifies(demo):
    s = demo
    s.retention.set_period(K.FOLLOWUP_OWNERS, 12)
    as_of = date(2015, 9, 19)
    due = s.retention.due(as_of)
    owners = [d.row_id for d in due if d.kind is K.FOLLOWUP_OWNERS]
    assert owners and any(d.kind is K.CONFIDENTIAL_NOTES for d in due)
    assert s.retention.apply(as_of) == len(due)
    assert s.retention.due(as_of) == []
    assert _confidential_with_notes(s, as_of) == []
    assert all(s.followups.get(f).owner_person_id is None for f in owners)
    applied = [e for d in due for e in s.audit.for_record(d.uuid)
               if e.action == "retention_applied"]
    assert len(applied) == len(due)
    assert check_trail(s.db, None).breaks == []


def test_a_period_outside_the_list_is_refused(demo):
    with pytest.raises(ValidationError, match="Kies een bewaartermijn uit de lijst"):
        demo.retention.set_period(K.ATTENDANCE, 13)
    assert demo.retention.periods()[K.ATTENDANCE] == 120


def test_months_before_keeps_the_day_or_the_months_last():
    assert months_before(date(2015, 9, 19), 24) == date(2013, 9, 19)
    assert months_before(date(2016, 3, 31), 1) == date(2016, 2, 29)


def test_the_command_lists_on_an_as_of_date_and_applies(tmp_path, capsys):
    path = tmp_path / "demo.db"
    s = open_services(path, user="tester")
    build_demo(s)
    close_services(s)
    assert main(["retention", "--db", str(path), "--as-of", "2015-09-19"]) == 0
    out = capsys.readouterr().out
    assert "Aanpak thuiszitters" in out and "1 gegevens over hun bewaartermijn" in out
    assert main(["retention", "--db", str(path), "--as-of", "2015-09-19", "--apply"]) == 0
    assert "1 gegevens geanonimiseerd of verwijderd" in capsys.readouterr().out
    assert main(["retention", "--db", str(path), "--as-of", "2015-09-19"]) == 0
    assert "geen gegevens over hun bewaartermijn" in capsys.readouterr().out
    assert main(["check", "--db", str(path)]) == 0
