"""Who sends what Overleg writes: the secretary named in the settings. Mail drafts are
signed with the name and function, and a calendar invitation names the e-mail address as
its organiser (Outlook treats an .ics without one as an appointment, not a meeting)."""

from dataclasses import dataclass

from overleg.domain.fields import email_address
from overleg.domain.text import clean_line


@dataclass(frozen=True)
class Sender:
    """The secretary who signs the mail drafts: name, function and address."""
    name: str = ""
    function: str = ""
    email: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "name", clean_line(self.name, field="naam"))
        object.__setattr__(self, "function", clean_line(self.function, field="functie"))
        object.__setattr__(self, "email", email_address(self.email))

    def signature(self) -> str:
        """'Anna de Vries' and her function on the next line; '' when no name is known."""
        return "\n".join(x for x in (self.name, self.function) if x) if self.name else ""
