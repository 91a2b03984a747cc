"""The stored facts the audience rule needs: which items are marked confidential and where
a record comes from. The rule itself lives in overleg/domain/audience.py."""

from collections.abc import Iterable

from overleg.domain import audience as rule
from overleg.domain.agenda import AgendaItem
from overleg.domain.decisions import Decision
from overleg.domain.errors import NotFoundError
from overleg.domain.followups import FollowUp, Proposal
from overleg.domain.positions import Position
from overleg.domain.procedures import Procedure
from overleg.domain.records import id_of
from overleg.storage.agenda_repo import AgendaRepo
from overleg.storage.decision_repo import DecisionRepo
from overleg.storage.followup_repo import FollowUpRepo
from overleg.storage.position_repo import PositionRepo


class Confidentiality:
    def __init__(self, db) -> None:
        self.items = AgendaRepo(db)
        self.decisions = DecisionRepo(db)
        self.followups = FollowUpRepo(db)
        self.positions = PositionRepo(db)

    def closed_items(self, item_ids: Iterable[int | None]) -> set[int]:
        return self.items.confidential_among(item_ids)

    def followup_items(self, followups: Iterable[FollowUp]) -> dict[int, int | None]:
        """Follow-up id -> its agenda item (directly or through its decision)."""
        followups = list(followups)
        via = self.decisions.items_of(f.decision_id for f in followups)
        return {id_of(f): rule.record_item(f.item_id, f.decision_id, via)
                for f in followups}

    def closed_followups(self, followups: Iterable[FollowUp]) -> set[int]:
        """The ids of the follow-ups that are confidential."""
        items = self.followup_items(followups)
        closed = self.closed_items(items.values())
        return {f for f, item in items.items() if rule.record_confidential(item, closed)}

    def closed_decisions(self, decisions: Iterable[Decision]) -> set[int]:
        decisions = list(decisions)
        closed = self.closed_items(d.item_id for d in decisions)
        return {id_of(d) for d in decisions
                if rule.record_confidential(d.item_id, closed)}

    def closed_positions(self, positions: Iterable[Position]) -> set[int]:
        """The ids of the positions taken on a confidential talking point."""
        positions = list(positions)
        closed = self.closed_items(p.item_id for p in positions)
        return {id_of(p) for p in positions
                if rule.record_confidential(p.item_id, closed)}

    def closed_procedures(self, procedures: Iterable[Procedure]) -> set[int]:
        """The ids of the dispute tracks opened from a confidential talking point (and of
        the milestones' procedures that are such a track)."""
        procedures = list(procedures)
        closed = self.closed_items(p.item_id for p in procedures)
        return {id_of(p) for p in procedures
                if rule.record_confidential(p.item_id, closed)}

    def source_confidential(self, followup_id: int | None, carried_from: int | None) -> bool:
        """Whether the follow-up or postponed item an agenda item derives from is
        confidential."""
        if carried_from is not None and self.closed_items([carried_from]):
            return True
        if followup_id is None:
            return False
        try:
            followup = self.followups.get(followup_id)
        except NotFoundError:
            return False
        return bool(self.closed_followups([followup]))

    def item_source_confidential(self, item: AgendaItem) -> bool:
        return self.source_confidential(item.source_followup_id, item.carried_from_item_id)

    def proposal_confidential(self, p: Proposal) -> bool:
        return self.source_confidential(p.followup_id, p.item_id)

    def closed_proposals(self, proposals: list[Proposal],
                         followups: Iterable[FollowUp]) -> list[bool]:
        """proposal_confidential of each proposal, in a few queries for all of them (a
        meeting can have thousands): `followups` are the ones the proposals came from."""
        closed_items = self.closed_items(p.item_id for p in proposals)
        known = {id_of(f): f for f in followups}
        closed = self.closed_followups(known[p.followup_id] for p in proposals
                                       if p.followup_id in known)
        return [(p.item_id is not None and p.item_id in closed_items)
                or (p.followup_id is not None
                    and (p.followup_id in closed if p.followup_id in known
                         else self.proposal_confidential(p)))
                for p in proposals]
