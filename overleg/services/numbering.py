"""Keeps decision numbers in agenda order after any change to items or decisions."""

from overleg.domain.decisions import numbered
from overleg.storage.agenda_repo import AgendaRepo
from overleg.storage.body_repo import BodyRepo
from overleg.storage.connection import Database
from overleg.storage.decision_repo import DecisionRepo
from overleg.storage.meeting_repo import MeetingRepo


def renumber_decisions(db: Database, meeting_id: int) -> None:
    """Call inside the transaction that changed the agenda or the decisions."""
    decisions = DecisionRepo(db).for_meeting(meeting_id)
    if not decisions:
        return
    meetings = MeetingRepo(db)
    meeting = meetings.get(meeting_id)
    body = BodyRepo(db).get(meeting.body_id)
    earlier_same_day = meetings.same_day_count(meeting.body_id, meeting.day, meeting.id)
    suffix = chr(ord("a") + earlier_same_day) if earlier_same_day else ""
    positions = {i.id: i.position for i in AgendaRepo(db).items(meeting_id,
                                                                 with_checklists=False)}
    DecisionRepo(db).store_numbers(numbered(decisions, positions, body.code, meeting.day,
                                            suffix))
