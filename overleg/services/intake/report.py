"""What an import found: the refusals that stop it, and the records it kept local."""

from dataclasses import dataclass, field

from overleg.domain.errors import OverlegError


@dataclass(frozen=True)
class Refusal:
    """A record or field an import refused, with the reason in one sentence."""
    table: str
    record: str  # its UUID, or 'regel 5' / 'rij 3' where it has none
    field: str  # as the user knows it ('' when the rule is about the whole record)
    sentence: str

    def line(self) -> str:
        where = f", veld '{self.field}'" if self.field else ""
        return f"{self.table} {self.record}{where}: {self.sentence}"


@dataclass(frozen=True)
class Difference:
    """A record the database holds under the same UUID with other content: kept local."""

    table: str
    uuid: str
    fields: tuple[tuple[str, object, object], ...]  # (column, local, incoming)

    def line(self) -> str:
        names = ", ".join(f for f, _l, _i in self.fields)
        return (f"{self.table} {self.uuid} bestaat hier al met andere inhoud ({names}); "
                "de eigen versie is behouden.")


@dataclass
class IntakeReport:
    """What an import added, found identical, and found differing from the records here."""
    added: int = 0
    identical: int = 0
    differing: list[Difference] = field(default_factory=list)

    def lines(self) -> list[str]:
        return [d.line() for d in self.differing]


class IntakeRefused(OverlegError):
    """Records the domain refuses: the import was refused as a whole, nothing changed."""

    def __init__(self, source: str, refusals: list[Refusal]) -> None:
        n = len(refusals)
        super().__init__(
            f"'{source}' is niet ingelezen: {n} record{'s' if n != 1 else ''} "
            f"voldo{'en' if n != 1 else 'et'} niet aan de regels van Overleg; er is niets "
            "veranderd.")
        self.refusals = refusals

    def lines(self) -> list[str]:
        return [r.line() for r in self.refusals]
