"""One search over agenda items, notes, decisions and follow-ups."""

from overleg.domain.listings import SearchHit, SearchOrder, SearchResults
from overleg.services.context import Context
from overleg.storage.search_repo import SearchRepo


class SearchService:
    def __init__(self, ctx: Context) -> None:
        self.repo = SearchRepo(ctx.db)

    def search(self, text: str, limit: int = 200,
               order: SearchOrder = SearchOrder.NEWEST) -> list[SearchHit]:
        return self.repo.search(text, limit=limit, order=order)

    def find(self, text: str, order: SearchOrder = SearchOrder.NEWEST,
             limit: int = 200) -> SearchResults:
        """The hits the search screen shows, with how many match in all."""
        return self.repo.find(text, limit=limit, order=order)
