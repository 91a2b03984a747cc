"""Talking-point schemas (bespreekpunten): versioned catalogues of themes and criteria.

A schema is data a region edits or imports; this module turns a plain mapping (read from
TOML or JSON) into checked records and back.
"""

from dataclasses import dataclass, field, fields
from typing import Any

from overleg.domain.enums import Responsibility
from overleg.domain.errors import ValidationError
from overleg.domain.fields import safe_code
from overleg.domain.records import new_uuid
from overleg.domain.text import clean_line, clean_text


@dataclass
class Theme:
    """A theme of a talking-points schema: whose responsibility it is, where it is taken
    further, and its questions."""
    code: str
    title: str
    description: str = ""
    responsibility: Responsibility = Responsibility.SHARED
    elaboration: str = ""  # 'uitwerking': where and when it is taken further
    questions: list[str] = field(default_factory=list)
    id: int | None = None

    def __post_init__(self) -> None:
        self.code = safe_code(self.code)
        self.title = clean_line(self.title, field="titel", required=True)
        self.description = clean_text(self.description, field="omschrijving")
        self.elaboration = clean_text(self.elaboration, field="uitwerking")
        self.questions = [clean_line(q, field="vraag") for q in self.questions if q.strip()]
        try:
            self.responsibility = Responsibility(self.responsibility)
        except ValueError:
            raise ValidationError(
                f"Onbekende verantwoordelijkheid '{self.responsibility}' bij thema "
                f"{self.code}; kies school_boards, shared of municipality.") from None


@dataclass
class Criterion:
    """A criterion of a talking-points theme, which an agenda item can be held against."""
    code: str
    title: str
    instead_of: str = ""  # "X in plaats van Y": the Y
    id: int | None = None

    def __post_init__(self) -> None:
        self.code = safe_code(self.code)
        self.title = clean_line(self.title, field="titel", required=True)
        self.instead_of = clean_line(self.instead_of, field="in plaats van")


@dataclass
class TalkingPointSchema:
    """A versioned talking-points schema: the themes an agenda is built from."""
    code: str
    version: str
    title: str
    region: str = ""
    description: str = ""
    themes: list[Theme] = field(default_factory=list)
    criteria: list[Criterion] = field(default_factory=list)
    id: int | None = None
    uuid: str = field(default_factory=new_uuid)

    def __post_init__(self) -> None:
        self.code = safe_code(self.code, max_length=40)
        self.version = clean_line(self.version, field="versie", required=True, max_length=20)
        self.title = clean_line(self.title, field="titel", required=True)
        self.region = clean_line(self.region, field="regio")
        self.description = clean_text(self.description, field="omschrijving")
        if not self.themes:
            raise ValidationError(f"Het schema '{self.title}' bevat geen thema's.")
        _unique([t.code for t in self.themes], "thema")
        _unique([c.code for c in self.criteria], "criterium")

    @property
    def label(self) -> str:
        return f"{self.title} (versie {self.version})"


def _unique(codes: list[str], what: str) -> None:
    seen: set[str] = set()
    for code in codes:
        if code in seen:
            raise ValidationError(f"De code '{code}' komt twee keer voor als {what}.")
        seen.add(code)


def schema_from_mapping(data: Any) -> TalkingPointSchema:
    """Build a schema from the structure of a schema file; one clear error when it is off."""
    if not isinstance(data, dict) or not isinstance(data.get("schema"), dict):
        raise ValidationError("Dit is geen bespreekpuntenschema: de sectie [schema] ontbreekt.")
    head = data["schema"]
    try:
        themes = [Theme(**_pick(t, Theme)) for t in _list(data, "theme")]
        criteria = [Criterion(**_pick(c, Criterion)) for c in _list(data, "criterion")]
        return TalkingPointSchema(
            code=str(head.get("code", "")), version=str(head.get("version", "")),
            title=str(head.get("title", "")), region=str(head.get("region", "")),
            description=str(head.get("description", "")), themes=themes, criteria=criteria,
            **({"uuid": head["uuid"]} if head.get("uuid") else {}),
        )
    except TypeError as exc:
        raise ValidationError(f"Het schema is onvolledig of bevat onbekende velden ({exc}).") \
            from None


def schema_to_mapping(schema: TalkingPointSchema) -> dict[str, Any]:
    return {
        "schema": {"code": schema.code, "version": schema.version, "title": schema.title,
                   "region": schema.region, "description": schema.description,
                   "uuid": schema.uuid},
        "theme": [{"code": t.code, "title": t.title, "description": t.description,
                   "responsibility": str(t.responsibility), "elaboration": t.elaboration,
                   "questions": list(t.questions)} for t in schema.themes],
        "criterion": [{"code": c.code, "title": c.title, "instead_of": c.instead_of}
                      for c in schema.criteria],
    }


def _list(data: dict, key: str) -> list[dict]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise ValidationError(f"De lijst '{key}' in het schema heeft niet de juiste vorm.")
    return value


def _pick(row: dict, cls: type) -> dict:
    allowed = {f.name for f in fields(cls)} - {"id"}
    unknown = set(row) - allowed
    if unknown:
        raise ValidationError(f"Onbekend veld in het schema: {', '.join(sorted(unknown))}.")
    return row
