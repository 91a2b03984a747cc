"""The action list's due order comes from an indexed due day kept in the follow-up row
(migration 0002); it must follow every change a user can make to a target."""

from datetime import date, datetime

import pytest

from overleg.domain.enums import FollowUpStatus
from overleg.domain.errors import NotFoundError
from overleg.domain.followups import Target
from overleg.domain.listings import ActionFilter
from overleg.services.container import Services, build_services
from overleg.storage.database import open_database
from overleg.storage.followup_repo import FollowUpRepo
from overleg.storage.migrations import migrations
from tests.helpers import body_with_members, meeting


def _page(s: Services, flt: ActionFilter, descending: bool = False) -> list[str]:
    return [x.followup.text for x in s.followups.page(flt, descending=descending)]


def test_due_order_follows_dates_meetings_and_their_moves(services: Services):
    s = services
    body = body_with_members(s)
    origin = meeting(s, body, (2013, 9, 9))
    december = meeting(s, body, (2013, 12, 10))
    january = meeting(s, body, (2014, 1, 20))
    s.minutes.add_followup(origin, "Datum", target=Target(due_date=date(2014, 1, 5)))
    s.minutes.add_followup(origin, "December", target=Target(meeting_id=december))
    s.minutes.add_followup(origin, "Zonder termijn")
    late = s.minutes.add_followup(origin, "Januari", target=Target(meeting_id=january))
    everything = s.followups.filter(as_of=date(2014, 1, 10))
    assert _page(s, everything) == ["December", "Datum", "Januari", "Zonder termijn"]
    assert _page(s, everything, descending=True) == [
        "Zonder termijn", "Januari", "Datum", "December"]
    overdue = s.followups.filter(as_of=date(2014, 1, 10), overdue_only=True)
    assert _page(s, overdue) == ["December", "Datum"]
    assert s.followups.count(overdue) == 2

    s.meetings.update_details(january, starts_at=datetime(2013, 12, 5, 15),
                              ends_at=datetime(2013, 12, 5, 17))
    assert _page(s, everything)[0] == "Januari"
    s.followups.retarget(late.id, Target(due_date=date(2014, 2, 1)))
    assert _page(s, everything) == ["December", "Datum", "Januari", "Zonder termijn"]
    s.meetings.move(december, datetime(2014, 3, 1, 15))  # follow-ups go to the new date
    assert _page(s, everything) == ["Datum", "Januari", "December", "Zonder termijn"]
    done = s.followups.filter(status=FollowUpStatus.OPEN, as_of=date(2014, 1, 10))
    s.followups.mark_done(late.id, "Gedaan", on=date(2014, 1, 6))
    assert _page(s, done) == ["Datum", "December", "Zonder termijn"]


def test_text_and_owner_filters_count_what_they_list(services: Services):
    s = services
    body = body_with_members(s)  # members 'Lid STT 0..2'
    origin = meeting(s, body, (2013, 9, 9))
    owner = s.bodies.members(body)[0][1]
    s.minutes.add_followup(origin, "Leerlingenvervoer regelen", owner_person_id=owner.id)
    s.minutes.add_followup(origin, "Cijfers thuiszitters")
    # As on the screen: a word that begins with the typed text, or the owner's name
    # holding it ('i': 'Lid STT 0'); a word's middle ('vervoer') finds nothing.
    for text, expected in (("leerlingen", 1), ("THUISZ", 1), ("lid stt", 1), ("i", 1),
                           ("vervoer", 0), ("niets", 0)):
        flt = s.followups.filter(text=text)
        assert s.followups.count(flt) == len(s.followups.page(flt)) == expected
        assert set(s.followups.ids_matching(text)) == {
            x.followup.id for x in s.followups.page(flt)}
    flt = s.followups.filter(body_id=body)
    assert s.followups.count(flt) == 2


def test_an_older_database_gets_its_due_days_when_migrated(tmp_path):
    from sqlite_utils import Database

    path = tmp_path / "oud.db"
    old = Database(path)  # the file as the version before this migration left it
    migrations.apply(old, stop_before="0003_followup_due_order")
    before = build_services(old)
    body = body_with_members(before)
    origin = meeting(before, body, (2013, 9, 9))
    target = meeting(before, body, (2013, 10, 1))
    old.execute("INSERT INTO followups (uuid, text, meeting_id, target_meeting_id, status) "
                "VALUES ('u1', 'Oud actiepunt', ?, ?, 'open')", [origin, target])
    old.close()
    s = build_services(open_database(path))
    try:
        assert "0003_followup_due_order" in [m.name for m in migrations.applied(s.db)]
        flt = s.followups.filter(as_of=date(2013, 10, 2), overdue_only=True)
        assert _page(s, flt) == ["Oud actiepunt"]
        assert list(tmp_path.glob("oud.db.voor-migratie-v*.bak"))
    finally:
        s.db.close()


def test_an_update_writes_every_field_and_one_that_is_gone_says_so(services: Services):
    s = services
    origin = meeting(s, body_with_members(s), (2013, 9, 9))
    f = s.minutes.add_followup(origin, "Notitie", target=Target(due_date=date(2014, 1, 5)))
    repo = FollowUpRepo(s.db)
    f = repo.get(f.id)
    f.text, f.status, f.done_on, f.result = ("Notitie schrijven", FollowUpStatus.DONE,
                                             date(2014, 1, 3), "Verstuurd")
    repo.update(f)
    again = repo.get(f.id)
    assert (again.text, again.status, again.done_on, again.result) == (
        "Notitie schrijven", FollowUpStatus.DONE, date(2014, 1, 3), "Verstuurd")
    assert again.uuid == f.uuid and again.target.due_date == date(2014, 1, 5)
    repo.delete(f.id)
    with pytest.raises(NotFoundError, match="bestaat niet"):
        repo.update(f)
