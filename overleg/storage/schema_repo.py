"""Talking-point schemas with their themes and criteria."""

import json

from overleg.domain.errors import NotFoundError, ValidationError
from overleg.domain.schemas import Criterion, TalkingPointSchema, Theme
from overleg.storage.connection import Database
from overleg.storage.unreadable import readable


class SchemaRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    def add(self, s: TalkingPointSchema) -> TalkingPointSchema:
        if self.find(s.code, s.version) is not None:
            raise ValidationError(f"Het schema '{s.code}' versie {s.version} is al "
                                  "geïmporteerd.")
        s.id = self.db.table("schemas").insert({
            "uuid": s.uuid, "code": s.code, "version": s.version, "title": s.title,
            "region": s.region, "description": s.description}).last_pk
        for pos, t in enumerate(s.themes, start=1):
            t.id = self.db.table("schema_themes").insert({
                "schema_id": s.id, "position": pos, "code": t.code, "title": t.title,
                "description": t.description, "responsibility": str(t.responsibility),
                "elaboration": t.elaboration,
                "questions": json.dumps(t.questions, ensure_ascii=False)}).last_pk
        for pos, c in enumerate(s.criteria, start=1):
            c.id = self.db.table("schema_criteria").insert({
                "schema_id": s.id, "position": pos, "code": c.code, "title": c.title,
                "instead_of": c.instead_of}).last_pk
        return s

    def has_uuid(self, uuid: str) -> bool:
        return bool(list(self.db.query("SELECT 1 FROM schemas WHERE uuid = ?", [uuid])))

    def has(self, code: str, version: str) -> bool:
        return self.db.execute("SELECT 1 FROM schemas WHERE code = ? AND version = ?",
                               [code, version]).fetchone() is not None

    def find(self, code: str, version: str) -> TalkingPointSchema | None:
        rows = list(self.db.query("SELECT id FROM schemas WHERE code = ? AND version = ?",
                                  [code, version]))
        return self.get(rows[0]["id"]) if rows else None

    def all(self) -> list[TalkingPointSchema]:
        rows = self.db.query("SELECT id, uuid FROM schemas ORDER BY title, version")
        return readable(self.db, "schemas", rows, lambda r: self.get(r["id"]))

    def get(self, schema_id: int) -> TalkingPointSchema:
        rows = list(self.db.query("SELECT * FROM schemas WHERE id = ?", [schema_id]))
        if not rows:
            raise NotFoundError("Dit bespreekpuntenschema bestaat niet (meer).")
        r = rows[0]
        return TalkingPointSchema(
            code=r["code"], version=r["version"], title=r["title"], region=r["region"],
            description=r["description"], themes=self._themes(schema_id),
            criteria=self.criteria(schema_id), id=r["id"], uuid=r["uuid"])

    def theme(self, theme_id: int) -> tuple[Theme, int]:
        """A theme and the id of the schema it belongs to."""
        rows = list(self.db.query("SELECT * FROM schema_themes WHERE id = ?", [theme_id]))
        if not rows:
            raise NotFoundError("Dit thema bestaat niet (meer).")
        return _theme(rows[0]), rows[0]["schema_id"]

    def criteria(self, schema_id: int) -> list[Criterion]:
        return [Criterion(code=r["code"], title=r["title"], instead_of=r["instead_of"],
                          id=r["id"]) for r in self.db.query(
            "SELECT * FROM schema_criteria WHERE schema_id = ? ORDER BY position", [schema_id])]

    def _themes(self, schema_id: int) -> list[Theme]:
        return [_theme(r) for r in self.db.query(
            "SELECT * FROM schema_themes WHERE schema_id = ? ORDER BY position", [schema_id])]


def _theme(r: dict) -> Theme:
    return Theme(code=r["code"], title=r["title"], description=r["description"],
                 responsibility=r["responsibility"], elaboration=r["elaboration"],
                 questions=json.loads(r["questions"]), id=r["id"])
