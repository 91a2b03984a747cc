"""What each party brought in on a talking point of an OOGO, and on which version of the
document under discussion."""

from dataclasses import dataclass, field
from enum import StrEnum

from overleg.domain.errors import ValidationError
from overleg.domain.records import new_uuid
from overleg.domain.text import clean_line, clean_text


class Stance(StrEnum):
    AGREE = "agree"
    RESERVATIONS = "reservations"
    DISAGREE = "disagree"


STANCE_NL = {Stance.AGREE: "akkoord", Stance.RESERVATIONS: "akkoord met voorbehoud",
             Stance.DISAGREE: "niet akkoord"}


def stance_of(text: str) -> Stance:
    """A stance from its identifier or its Dutch wording."""
    word = text.strip().lower()
    for stance, dutch in STANCE_NL.items():
        if word in (stance.value, dutch):
            return stance
    if word in ("voorbehoud", "bedenkingen"):
        return Stance.RESERVATIONS
    raise ValidationError(f"Onbekend standpunt '{text}'; kies akkoord, voorbehoud of "
                          "niet akkoord.")


@dataclass
class Position:
    """An organisation's stance on an agenda item, with the document version it holds."""
    item_id: int
    organisation_id: int
    stance: Stance
    text: str = ""
    document_version: str = ""  # 'concept 0.3 van 12-01-2027'
    id: int | None = None
    uuid: str = field(default_factory=new_uuid)

    def __post_init__(self) -> None:
        self.stance = Stance(self.stance)
        self.text = clean_text(self.text, field="standpunt")
        self.document_version = clean_line(self.document_version, field="documentversie")
