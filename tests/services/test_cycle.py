"""The cycle never drops a point, and each of its rules has one owner that every path asks
(issue 11, findings 2, 3 and 4), on the example data:

- PFO: 2 Apr and 2 Jul (adopted), 3 Sep 2013 (draft); no later meeting planned.
- SWZ: 9 Sep (adopted), 21 Nov 2013 (draft), 16 Jan 2014 (planned).
- STT: 19 Sep (adopted), 28 Nov 2013 (draft).
"""

from datetime import date, datetime

import docx
import pytest

from overleg.domain.enums import FollowUpStatus, Outcome
from overleg.domain.errors import ReadOnlyError, TransitionError, ValidationError
from overleg.domain.followups import Target
from overleg.services.container import Services
from overleg.storage import archive_tables
from tests.exports.word_records import body_text


def meeting_of(s: Services, code: str, day: date) -> int:
    return next(x.meeting.id for x in s.meetings.listings()
                if x.body_code == code and x.meeting.day == day)


def body_of(s: Services, code: str) -> int:
    return next(b.id for b in s.bodies.all() if b.code == code)


def item_of(s: Services, meeting_id: int, title_start: str) -> int:
    return next(i.id for i in s.agenda.agenda(meeting_id) if i.title.startswith(title_start))


def followup_of(s: Services, meeting_id: int, text_start: str) -> int:
    return next(f.id for f in s.minutes.followups_of(meeting_id)
                if f.text.startswith(text_start))


def everything(s: Services) -> dict:
    return {t: archive_tables.rows(s.db, t) for t in archive_tables.record_tables(s.db)}


PFO3, SWZ2, SWZ3 = date(2013, 9, 3), date(2013, 11, 21), date(2014, 1, 16)
STT1, STT2 = date(2013, 9, 19), date(2013, 11, 28)


# -- finding 2: a postponed item whose return is 'Nog niet bekend' comes back -------------

def test_an_item_postponed_to_no_known_meeting_comes_back_at_the_next_planned_one(demo):
    s = demo
    swz2, swz3 = meeting_of(s, "SWZ", SWZ2), meeting_of(s, "SWZ", SWZ3)
    item = item_of(s, swz2, "Kadernota Jeugdzorg")
    s.agenda.update_item(item, outcome=Outcome.POSTPONED, postponed_to_meeting_id=None)
    proposed = [p for p in s.agenda.proposals(swz3) if p.item_id == item]
    assert [p.title for p in proposed] == ["Kadernota Jeugdzorg: concept"]
    s.agenda.accept_proposal(swz3, proposed[0])
    assert [p for p in s.agenda.proposals(swz3) if p.item_id == item] == []
    # The meeting it went to is cancelled: the point is not lost with it.
    s.meetings.cancel(swz3, "geen quorum")
    later = s.meetings.plan(body_of(s, "SWZ"), datetime(2014, 3, 13, 13, 30)).id
    assert [p.item_id for p in s.agenda.proposals(later) if p.item_id == item] == [item]


def test_every_open_follow_up_comes_back_at_the_next_planned_meeting_whatever_its_term(demo):
    """'Concept-ondersteuningsplannen ... toezenden' is due 15 January 2014; the PFO meets
    again in October 2013 and it is proposed there, not first after its due date."""
    s = demo
    pfo3 = meeting_of(s, "PFO", PFO3)
    fu = followup_of(s, pfo3, "Concept-ondersteuningsplannen")
    assert s.followups.get(fu).target.due_date == date(2014, 1, 15)
    october = s.meetings.plan(body_of(s, "PFO"), datetime(2013, 10, 8, 14)).id
    assert fu in [p.followup_id for p in s.agenda.proposals(october)]
    # Not taken on in October: once that meeting is held it comes back at the next one.
    s.meetings.set_status(october, "held")
    december = s.meetings.plan(body_of(s, "PFO"), datetime(2013, 12, 10, 14)).id
    assert fu in [p.followup_id for p in s.agenda.proposals(december)]


# -- finding 3: a returning follow-up is settled in the minutes ----------------------------

def test_a_returning_follow_up_settled_in_the_minutes_stops_returning(demo, tmp_path):
    s = demo
    pfo3 = meeting_of(s, "PFO", PFO3)
    item = item_of(s, pfo3, "In het PFO van 3 september melden of het college de notitie "
                            "heeft vastgesteld (Yvonne Bakker)")
    fu = s.agenda.item(item).source_followup_id
    october = s.meetings.plan(body_of(s, "PFO"), datetime(2013, 10, 8, 14)).id
    assert fu in [p.followup_id for p in s.agenda.proposals(october)]
    settled = s.minutes.settle_followup(item, FollowUpStatus.DONE,
                                        "Sliedrecht meldt de vaststelling schriftelijk.")
    assert (settled.status, settled.done_on) == (FollowUpStatus.DONE, PFO3)  # meeting's day
    assert s.followups.get(fu).result == "Sliedrecht meldt de vaststelling schriftelijk."
    assert fu not in [p.followup_id for p in s.agenda.proposals(october)]
    text = body_text(docx.Document(str(s.documents.minutes(pfo3, tmp_path / "v.docx"))))
    assert ("Actiepunt afgerond op 3 september 2013: Sliedrecht meldt de vaststelling "
            "schriftelijk.") in text
    # The other returned points of that meeting show their result as well.
    assert ("Actiepunt afgerond op 3 september 2013: Vastgesteld door het college op 20 "
            "augustus 2013.") in text


def test_settling_is_refused_where_it_has_no_place(demo):
    s = demo
    pfo3, stt2 = meeting_of(s, "PFO", PFO3), meeting_of(s, "STT", STT2)
    before = everything(s)
    with pytest.raises(ValidationError, match="brengt geen actiepunt terug"):
        s.minutes.settle_followup(item_of(s, pfo3, "Schema bespreekpunten"),
                                  FollowUpStatus.DONE, "klaar")
    item = item_of(s, pfo3, "In het PFO van 3 september melden of het college de notitie "
                            "heeft vastgesteld (Yvonne Bakker)")
    with pytest.raises(ValidationError, match="reden"):
        s.minutes.settle_followup(item, FollowUpStatus.CANCELLED, " ")
    with pytest.raises(ValidationError, match="voordat het ontstond"):
        s.minutes.settle_followup(item, FollowUpStatus.DONE, "klaar", on=date(2013, 1, 1))
    done_item = item_of(s, stt2, "Agenda extra bestuurlijk overleg")  # brings back a done one
    with pytest.raises(TransitionError, match="Alleen een open actiepunt kan worden afgerond"):
        s.minutes.settle_followup(done_item, FollowUpStatus.DONE, "nogmaals")
    assert everything(s) == before


# -- finding 4: one target rule, one editability rule, one set of status steps -------------

def test_a_target_before_the_origin_is_refused_on_every_path_alike(demo):
    """Follow-ups and items of 28 November 2013 cannot come back on 9 September 2013 (the
    SWZ meeting) or on 28 April 2013 (seven months earlier); FollowUpService.retarget
    accepted both before."""
    s = demo
    stt2 = meeting_of(s, "STT", STT2)
    earlier = meeting_of(s, "SWZ", date(2013, 9, 9))
    fu = followup_of(s, stt2, "Uitwerking tweede tranche")
    item = item_of(s, stt2, "Consequenties van passend onderwijs voor het leerlingenvervoer")
    by_meeting = [
        lambda: s.minutes.add_followup(stt2, "Nieuw", target=Target(meeting_id=earlier)),
        lambda: s.minutes.edit_followup(fu, "Anders", target=Target(meeting_id=earlier)),
        lambda: s.followups.retarget(fu, Target(meeting_id=earlier)),
        lambda: s.agenda.update_item(item, outcome=Outcome.POSTPONED,
                                     postponed_to_meeting_id=earlier),
    ]
    by_date = [
        lambda: s.minutes.add_followup(stt2, "Nieuw", target=Target(due_date=date(2013, 4, 28))),
        lambda: s.minutes.edit_followup(fu, "Anders", target=Target(due_date=date(2013, 4, 28))),
        lambda: s.followups.retarget(fu, Target(due_date=date(2013, 4, 28))),
    ]
    before = everything(s)
    refusals = set()
    for path in by_meeting + by_date:
        with pytest.raises(ValidationError) as refused:
            path()
        refusals.add(str(refused.value))
    assert refusals == {
        "Een punt kan alleen terugkomen in een latere vergadering die niet is geannuleerd "
        "of verplaatst.",
        "De termijn van een actiepunt kan niet vóór de vergadering liggen waarin het is "
        "afgesproken."}
    assert everything(s) == before
    # The screens' picker offers only what the rule allows, from the same service.
    earliest, offered = s.minutes.possible_targets(stt2)
    assert earliest == STT2
    assert earlier not in [x.meeting.id for x in offered]
    assert [x.meeting.day for x in offered] == [SWZ3, date(2014, 2, 13)]


def test_a_cancelled_meeting_is_no_target_on_any_path(demo):
    s = demo
    stt2, swz3 = meeting_of(s, "STT", STT2), meeting_of(s, "SWZ", SWZ3)
    fu = followup_of(s, stt2, "Uitwerking tweede tranche")
    s.meetings.cancel(swz3, "geen quorum")
    for path in (lambda: s.minutes.add_followup(stt2, "Nieuw", target=Target(meeting_id=swz3)),
                 lambda: s.followups.retarget(fu, Target(meeting_id=swz3))):
        with pytest.raises(ValidationError, match="latere vergadering"):
            path()
    assert swz3 not in [x.meeting.id for x in s.minutes.possible_targets(stt2)[1]]


def test_the_wording_of_adopted_minutes_is_read_only_on_every_path(demo):
    """19 September 2013 is adopted: FollowUpService.edit_text changed its follow-ups."""
    s = demo
    stt1 = meeting_of(s, "STT", STT1)
    fu = followup_of(s, stt1, "Concept-ondersteuningsplan PO")
    before = everything(s)
    refusals = set()
    for path in (lambda: s.followups.edit_text(fu, "Iets anders"),
                 lambda: s.minutes.edit_followup(fu, "Iets anders"),
                 lambda: s.minutes.delete_followup(fu),
                 lambda: s.minutes.add_followup(stt1, "Iets nieuws")):
        with pytest.raises(ReadOnlyError) as refused:
            path()
        refusals.add(str(refused.value))
    assert len(refusals) == 1 and "vastgesteld" in refusals.pop()
    assert everything(s) == before
    # Its later life is the action list's: done, reopened, a new term, after adoption.
    s.followups.mark_done(fu, "Ontvangen op 14 januari 2014.", on=date(2014, 1, 14))
    s.followups.reopen(fu)
    s.followups.retarget(fu, Target(due_date=date(2014, 2, 1)))
    assert s.followups.get(fu).target.due_date == date(2014, 2, 1)


def test_status_steps_refuse_alike_in_the_action_list_and_in_the_minutes(demo):
    s = demo
    stt2 = meeting_of(s, "STT", STT2)
    item = item_of(s, stt2, "Casusoverleg thuiszitters")  # brings back a done follow-up
    fu = s.agenda.item(item).source_followup_id
    before = everything(s)
    refusals = set()
    for path in (lambda: s.followups.mark_done(fu, "nogmaals"),
                 lambda: s.minutes.settle_followup(item, FollowUpStatus.DONE, "nogmaals")):
        with pytest.raises(TransitionError) as refused:
            path()
        refusals.add(str(refused.value))
    for path in (lambda: s.followups.cancel(fu, "niet nodig"),
                 lambda: s.minutes.settle_followup(item, FollowUpStatus.CANCELLED,
                                                   "niet nodig")):
        with pytest.raises(TransitionError) as refused:
            path()
        refusals.add(str(refused.value))
    assert refusals == {"Alleen een open actiepunt kan worden afgerond.",
                        "Alleen een open actiepunt kan vervallen."}
    assert everything(s) == before
