"""Positions per party per talking point: recorded, listed with the meeting, searched."""

from dataclasses import dataclass

from overleg.domain.audience import Audience, for_audience
from overleg.domain.errors import NotFoundError
from overleg.domain.positions import Position, Stance
from overleg.domain.records import id_of
from overleg.services.confidentiality import Confidentiality
from overleg.services.context import Context
from overleg.storage.agenda_repo import AgendaRepo
from overleg.storage.people_repo import PeopleRepo
from overleg.storage.position_repo import PositionRepo


@dataclass(frozen=True)
class PositionListing:
    """A position as the positions list shows it: with its party and item."""
    position: Position
    party: str
    item_title: str
    meeting_id: int


class PositionService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.repo = PositionRepo(ctx.db)
        self.items = AgendaRepo(ctx.db)

    def set(self, item_id: int, organisation_id: int, stance: Stance, text: str = "",
            document_version: str = "") -> Position:
        """A party's position on a point; setting it again replaces the earlier one."""
        self.items.get(item_id)
        PeopleRepo(self.ctx.db).organisation(organisation_id)
        p = Position(item_id, organisation_id, stance, text, document_version)
        with self.ctx.db.atomic():
            before = {x.organisation_id: x for x in self.repo.of_items([item_id])}
            old = before.get(organisation_id)
            self.repo.save(p)
            self.ctx.audit("item_positions", p.uuid, "edited" if old else "created",
                           field="stance", old=str(old.stance) if old else None,
                           new=str(p.stance))
        return p

    def remove(self, item_id: int, organisation_id: int) -> None:
        with self.ctx.db.atomic():
            old = {x.organisation_id: x for x in self.repo.of_items([item_id])}
            if organisation_id in old:
                self.repo.delete(item_id, organisation_id)
                self.ctx.audit("item_positions", old[organisation_id].uuid, "deleted",
                               field="stance", old=str(old[organisation_id].stance))

    def of_items(self, item_ids: list[int]) -> list[PositionListing]:
        return self._listed(self.repo.of_items(item_ids))

    def of_meeting(self, meeting_id: int) -> list[PositionListing]:
        ids = [id_of(i) for i in self.items.items(meeting_id, with_checklists=False)]
        return self.of_items(ids)

    def search(self, words: str, *, audience: Audience = Audience.MEMBERS
               ) -> list[PositionListing]:
        """Positions holding the words; for a public audience none on a closed point."""
        found = self.repo.search(words)
        closed = Confidentiality(self.ctx.db).closed_positions(found)
        return self._listed(for_audience(found, audience, lambda p: p.id in closed).shown)

    def item_of(self, position_id: int) -> int:
        """The talking point a position was taken on (a search hit leads there)."""
        found = self.repo.by_ids([position_id])
        if not found:
            raise NotFoundError("Dit standpunt bestaat niet meer.")
        return found[0].item_id

    def _listed(self, found: list[Position]) -> list[PositionListing]:
        orgs = {o.id: o.name for o in PeopleRepo(self.ctx.db).organisations()}
        out = []
        for p in found:
            item = self.items.get(p.item_id)
            out.append(PositionListing(p, orgs.get(p.organisation_id, "?"), item.title,
                                       item.meeting_id))
        return out
