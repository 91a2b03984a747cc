from datetime import date, datetime

import pytest

from overleg.domain.agenda import AgendaItem
from overleg.domain.bodies import Body
from overleg.domain.enums import BodyKind, FollowUpStatus, ItemKind, Outcome
from overleg.domain.errors import NotFoundError, ValidationError
from overleg.domain.followups import FollowUp, Target
from overleg.domain.listings import ActionFilter
from overleg.domain.meetings import Meeting
from overleg.storage.agenda_repo import AgendaRepo
from overleg.storage.body_repo import BodyRepo
from overleg.storage.columns import required_date, required_datetime
from overleg.storage.followup_repo import FollowUpRepo
from overleg.storage.meeting_repo import MeetingRepo
from overleg.storage.search_repo import SearchRepo, fts_query


def setup_meeting(db) -> int:
    body = BodyRepo(db).add(Body("Stuurgroep Talentontwikkeling", "stt",
                                 BodyKind.STEERING_COMMITTEE))
    return MeetingRepo(db).add(Meeting(body.id, datetime(2013, 9, 19, 15), location="Raadzaal")).id


def test_records_come_back_as_they_were_stored(db):
    mid = setup_meeting(db)
    m = MeetingRepo(db).get(mid)
    assert (m.starts_at, m.ends_at, m.location) == (
        datetime(2013, 9, 19, 15), datetime(2013, 9, 19, 17), "Raadzaal")
    item = AgendaRepo(db).add(AgendaItem(mid, "Aanpak thuiszitters", position=1,
                                         kind=ItemKind.DECISION, confidential=True,
                                         notes="Drie situaties", outcome=Outcome.DISPUTE))
    back = AgendaRepo(db).get(item.id)
    assert back == item
    assert BodyRepo(db).find("STT").code == "STT"
    assert BodyRepo(db).find("talent").name == "Stuurgroep Talentontwikkeling"
    with pytest.raises(NotFoundError):
        MeetingRepo(db).get(999)


def test_body_codes_are_unique(db):
    BodyRepo(db).add(Body("Stuurgroep A", "SA"))
    with pytest.raises(ValidationError, match="al in gebruik"):
        BodyRepo(db).add(Body("Stuurgroep B", "sa"))


def test_the_action_list_filters_and_marks_overdue_in_sql(db):
    mid = setup_meeting(db)
    repo = FollowUpRepo(db)
    repo.add(FollowUp("Te laat", meeting_id=mid, target=Target(due_date=date(2013, 10, 1))))
    repo.add(FollowUp("Op tijd", meeting_id=mid, target=Target(due_date=date(2014, 1, 1))))
    repo.add(FollowUp("Klaar", meeting_id=mid, target=Target(due_date=date(2013, 10, 1)),
                      status=FollowUpStatus.DONE, done_on=date(2013, 9, 30)))
    as_of = date(2013, 12, 1)
    everything = repo.page(ActionFilter(as_of=as_of))
    assert [(x.followup.text, x.overdue) for x in everything] == [
        ("Te laat", True), ("Klaar", False), ("Op tijd", False)]
    assert repo.count(ActionFilter(overdue_only=True, as_of=as_of)) == 1
    assert repo.count(ActionFilter(status=FollowUpStatus.OPEN, as_of=as_of)) == 2
    assert [x.followup.text for x in repo.page(ActionFilter(text="tijd", as_of=as_of))] == [
        "Op tijd"]
    assert everything[0].body_name == "Stuurgroep Talentontwikkeling"


def test_full_text_search_finds_notes_ignoring_accents_and_case(db):
    mid = setup_meeting(db)
    AgendaRepo(db).add(AgendaItem(mid, "Overgangen", position=1,
                                  notes="Doorlopende zorglijnen zijn belangrijk bij de "
                                        "overgang naar het vo; geïnventariseerd door het CJG."))
    hits = SearchRepo(db).search("ZORGLIJN")
    assert [(h.kind, h.title) for h in hits] == [("item", "Overgangen")]
    assert SearchRepo(db).search("geinventariseerd")
    assert SearchRepo(db).search('"; DROP TABLE meetings; --') == []


def test_fts_query_quotes_user_words():
    assert fts_query('thuis "zitters" AND') == '"thuis" "zitters" "AND"*'
    assert fts_query("  ..  ") == ""


def test_conditions_join_only_the_filters_that_are_set():
    from overleg.storage.conditions import Conditions

    empty = Conditions().equals("a", None).meeting_period("m", None, None).one_of("s", [])
    assert (empty.sql, empty.params) == ("1 = 1", [])
    c = (Conditions().equals("b", 3).meeting_period("m", date(2013, 9, 1), date(2013, 9, 30))
         .one_of("s", ["planned", "held"]))
    assert c.sql == "b = ? AND m >= ? AND m < date(?, '+1 day') AND s IN (?, ?)"
    assert c.params == [3, "2013-09-01", "2013-09-30", "planned", "held"]


def test_a_required_date_column_left_empty_is_refused_in_one_sentence():
    assert required_date("2013-09-19") == date(2013, 9, 19)
    assert required_datetime("2013-09-19T15:00") == datetime(2013, 9, 19, 15)
    with pytest.raises(ValidationError, match="Het veld 'vervaldatum' mag niet leeg zijn."):
        required_date(None, field="vervaldatum")
    with pytest.raises(ValidationError, match="Het veld 'tijdstip' mag niet leeg zijn."):
        required_datetime("")
