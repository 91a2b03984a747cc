"""A record's version and who changed it (and each of its fields) last, as an exchange
between installations compares them."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Stamp:
    """Who changed something last, and when (UTC, ISO); empty when nobody known."""

    at: str = ""
    by: str = ""
    installation: str = ""

    @classmethod
    def parse(cls, text: object) -> "Stamp":
        if not isinstance(text, str) or not text:
            return cls()
        at, _, rest = text.partition("|")
        by, _, installation = rest.partition("|")
        return cls(at, by, installation)

    def text(self) -> str:
        return f"{self.at}|{self.by}|{self.installation}" if self.at else ""


@dataclass(frozen=True)
class Version:
    """A record's version: its number and who changed it and when, field by field."""
    version: int
    last: Stamp
    fields: dict[str, Stamp]  # the fields changed since the record was made
    created: Stamp = Stamp()

    def field(self, name: str) -> Stamp:
        """When a field last changed: its own stamp, else the record's creation."""
        return self.fields.get(name) or self.created
