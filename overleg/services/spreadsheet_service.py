"""Excel exports: the action list and the decision register."""

from pathlib import Path

from overleg.domain.audience import audience_for, for_audience
from overleg.domain.listings import ActionFilter
from overleg.services.confidentiality import Confidentiality
from overleg.services.context import Context
from overleg.services.file_output import write_file
from overleg.storage.body_repo import BodyRepo
from overleg.storage.decision_repo import DecisionRepo
from overleg.storage.followup_repo import FollowUpRepo


class SpreadsheetService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.followups = FollowUpRepo(ctx.db)
        self.decisions = DecisionRepo(ctx.db)
        self.bodies = BodyRepo(ctx.db)
        self.closed = Confidentiality(ctx.db)

    def action_list_xlsx(self, flt: ActionFilter | None = None, *,
                         public: bool = False) -> bytes:
        """The action list as the list screen filters it (all actions by default), in
        order of due date; 'te laat' as of the filter's date. The full version has a
        'Besloten' column; the public one leaves closed follow-ups out."""
        flt = flt or ActionFilter(as_of=self.ctx.today())
        listings = self.followups.page(flt, limit=-1)
        closed = self.closed.closed_followups(x.followup for x in listings)
        selection = for_audience(listings, audience_for(public),
                                 lambda x: x.followup.id in closed)
        # openpyxl (about 100 ms to import) loads with the first workbook, not at start-up.
        from overleg.exports.spreadsheet.workbook import action_list

        return action_list(selection.shown, self._title("Actielijst", flt.body_id),
                           closed=None if public else lambda x: x.followup.id in closed,
                           left_out=selection.note)

    def decision_register_xlsx(self, body_id: int | None = None, *,
                               public: bool = False) -> bytes:
        listings = self.decisions.register(body_id=body_id)
        closed = self.closed.closed_decisions(x.decision for x in listings)
        selection = for_audience(listings, audience_for(public),
                                 lambda x: x.decision.id in closed)
        from overleg.exports.spreadsheet.workbook import decision_register

        return decision_register(selection.shown, self._title("Besluitenlijst", body_id),
                                 closed=None if public else lambda x: x.decision.id in closed,
                                 left_out=selection.note)

    def export_actions(self, out: Path, flt: ActionFilter | None = None, *,
                       public: bool = False) -> Path:
        return write_file(out, self.action_list_xlsx(flt, public=public))

    def export_decisions(self, out: Path, body_id: int | None = None, *,
                         public: bool = False) -> Path:
        return write_file(out, self.decision_register_xlsx(body_id, public=public))

    def _title(self, kind: str, body_id: int | None) -> str:
        return f"{kind} {self.bodies.get(body_id).code}" if body_id is not None else kind
