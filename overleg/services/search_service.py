"""One search over agenda items, notes, decisions and follow-ups."""

from overleg.domain.listings import SearchHit
from overleg.services.context import Context
from overleg.storage.search_repo import SearchRepo


class SearchService:
    def __init__(self, ctx: Context) -> None:
        self.repo = SearchRepo(ctx.db)

    def search(self, text: str, limit: int = 200) -> list[SearchHit]:
        return self.repo.search(text, limit=limit)
