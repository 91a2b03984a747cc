"""One search over agenda items, notes, decisions, follow-ups, the parties' positions and
the documents attached to items."""

from dataclasses import replace

from overleg.domain.audience import Audience, file_confidential, for_audience
from overleg.domain.listings import SearchHit, SearchOrder, SearchResults
from overleg.services.confidentiality import Confidentiality
from overleg.services.context import Context
from overleg.storage.attachment_repo import AttachmentRepo
from overleg.storage.search_repo import SearchRepo

# What a search shows at once: the newest (or best) 50 with their snippets and how many
# match in all; the search screen asks for the next page when scrolled to the end.
PAGE = 50


class SearchService:
    def __init__(self, ctx: Context) -> None:
        self.repo = SearchRepo(ctx.db)
        self.closed = Confidentiality(ctx.db)
        self.attachments = AttachmentRepo(ctx.db)

    def search(self, text: str, limit: int = 200,
               order: SearchOrder = SearchOrder.NEWEST, *,
               audience: Audience = Audience.MEMBERS) -> list[SearchHit]:
        """`audience`: who will see the hits; a public context gets no closed record."""
        hits = self.repo.search(text, limit=limit, order=order)
        return self._for(hits, audience)

    def find(self, text: str, order: SearchOrder = SearchOrder.NEWEST,
             limit: int = PAGE, *, audience: Audience = Audience.MEMBERS) -> SearchResults:
        """The hits the search screen shows, with how many match in all."""
        results = self.repo.find(text, limit=limit, order=order)
        shown = self._for(results.hits, audience)
        if results.total_capped:  # still more than the cap
            return replace(results, hits=shown)
        return replace(results, hits=shown,
                       total=results.total - (len(results.hits) - len(shown)))

    def _for(self, hits: list[SearchHit], audience: Audience) -> list[SearchHit]:
        # Which hits are closed is read only when the audience's rule asks (members see
        # them all: the search screen's default, on every search).
        closed: set[tuple[str, int]] | None = None

        def confidential(h: SearchHit) -> bool:
            nonlocal closed
            if closed is None:
                closed = self._closed(hits)
            return (h.kind, h.record_id) in closed

        return for_audience(hits, audience, confidential).shown

    def _closed(self, hits: list[SearchHit]) -> set[tuple[str, int]]:
        ids = {kind: [h.record_id for h in hits if h.kind == kind]
               for kind in ("item", "decision", "followup", "position", "document")}
        items = self.closed.closed_items(ids["item"])
        decisions = self.closed.closed_decisions(
            self.closed.decisions.get(i) for i in ids["decision"])
        followups = self.closed.closed_followups(
            self.closed.followups.get(i) for i in ids["followup"])
        positions = self.closed.closed_positions(self.closed.positions.by_ids(ids["position"]))
        documents = self._closed_documents(ids["document"])
        return ({("item", i) for i in items} | {("decision", i) for i in decisions}
                | {("followup", i) for i in followups} | {("position", i) for i in positions}
                | {("document", i) for i in documents})

    def _closed_documents(self, ids: list[int]) -> set[int]:
        """Documents marked confidential or on a closed item (audience.file_confidential)."""
        if not ids:
            return set()
        found = self.attachments.flags(ids)
        closed = self.closed.closed_items(item for item, _ in found.values())
        return {i for i, (item, marked) in found.items()
                if file_confidential(marked, item in closed)}
