"""The exchange as the window and the command line use it: export a package, preview what
one would change, apply the accepted differences as one undoable command."""

from dataclasses import dataclass
from pathlib import Path

from overleg.services.command_service import CommandService, Done
from overleg.services.context import Context
from overleg.services.exchange import export, intake
from overleg.services.exchange.compare import RecordDifference, differences
from overleg.services.exchange.intake import Choice
from overleg.services.exchange.package import Package, read_package
from overleg.storage.exchange_rows import Scope


@dataclass(frozen=True)
class Preview:
    """What taking in a package would change, before the user chooses."""
    source: str
    package: Package
    differences: list[RecordDifference]

    def as_dict(self) -> dict:
        m = self.package.manifest
        return {"package": self.source, "installation": m.get("installation"),
                "user": m.get("user"), "exported_at": m.get("exported_at"),
                "audience": m.get("audience"),
                "differences": [d.as_dict() for d in self.differences]}

    def accept_all(self) -> set[Choice]:
        return intake.accept_all(self.differences)


class ExchangeService:
    def __init__(self, ctx: Context, commands: CommandService) -> None:
        self.ctx = ctx
        self.commands = commands

    def scope(self, *, meeting: int | None = None, body: str | None = None,
              everything: bool = False) -> Scope:
        return export.scope_for(self.ctx, meeting=meeting, body=body, everything=everything)

    def export(self, scope: Scope, out: Path, *, public: bool = False) -> Package:
        return export.export_package(self.ctx, scope, out, public=public)

    def preview(self, path: Path) -> Preview:
        """Read and check the package (one sentence, or one per refused record, when it
        cannot be taken in) and list what it would change; nothing is written."""
        package = read_package(path)
        intake.check_package(self.ctx, package, path.name)
        return Preview(path.name, package, differences(self.ctx.db, package))

    def apply(self, preview: Preview, accepted: set[Choice]) -> Done[int]:
        return intake.apply(self.ctx, self.commands, preview.package, preview.differences,
                            accepted, preview.source)
