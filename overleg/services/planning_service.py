"""The road ahead: coming meetings and milestones, with what is due at each."""

from dataclasses import dataclass
from datetime import date

from overleg.domain.dutch_dates import short_date
from overleg.domain.listings import MeetingListing
from overleg.domain.milestones import Milestone
from overleg.domain.records import id_of
from overleg.services.context import Context
from overleg.storage.followup_repo import FollowUpRepo
from overleg.storage.meeting_repo import MeetingRepo
from overleg.storage.milestone_repo import MilestoneRepo


@dataclass(frozen=True)
class PlanningEntry:
    """One day of the planning: a meeting, a deadline, and the follow-ups due back then."""
    day: date
    meeting: MeetingListing | None
    milestone: Milestone | None
    open_followups: int  # open follow-ups that must come back here


class PlanningService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.meetings = MeetingRepo(ctx.db)
        self.milestones = MilestoneRepo(ctx.db)
        self.followups = FollowUpRepo(ctx.db)

    def add_milestone(self, milestone: Milestone) -> Milestone:
        with self.ctx.db.atomic():
            added = self.milestones.add(milestone)
            self.ctx.audit("milestones", added.uuid, "created", field="due",
                           new=f"{added.title}: {short_date(added.due)}")
            return added

    def milestones_between(self, start: date | None = None, end: date | None = None
                           ) -> list[Milestone]:
        return self.milestones.between(start=start, end=end)

    def ahead(self, start: date | None = None, end: date | None = None) -> list[PlanningEntry]:
        start = start or self.ctx.today()
        entries: list[PlanningEntry] = []
        listings = self.meetings.listings(start=start, end=end)
        counts = self.followups.open_counts_targeting(
            [id_of(x.meeting) for x in listings])
        for listing in listings:
            entries.append(PlanningEntry(listing.meeting.day, listing, None,
                                         counts.get(id_of(listing.meeting), 0)))
        for m in self.milestones.between(start=start, end=end):
            entries.append(PlanningEntry(m.due, None, m, 0))
        return sorted(entries, key=lambda e: (e.day, e.milestone is not None))
