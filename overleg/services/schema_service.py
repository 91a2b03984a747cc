"""Talking-point schemas: the shipped ones, a region's own files, import and export."""

import json
import re
from pathlib import Path

from overleg.domain.errors import ValidationError
from overleg.domain.input_limits import (
    MAX_JSON_DEPTH,
    InputLimitError,
    deeper_than,
    loads_json,
)
from overleg.domain.records import new_uuid
from overleg.domain.schemas import TalkingPointSchema, schema_from_mapping, schema_to_mapping
from overleg.resource_paths import resource
from overleg.services.context import Context
from overleg.storage.schema_repo import SchemaRepo

MAX_SCHEMA_FILE = 2_000_000


def read_schema_file(path: Path) -> TalkingPointSchema:
    """A schema from a .toml or .json file, with one clear sentence when it is not one."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ValidationError(f"'{path.name}' kan niet worden gelezen ({exc.strerror}).") \
            from None
    if len(raw) > MAX_SCHEMA_FILE:
        raise ValidationError(f"'{path.name}' is te groot voor een bespreekpuntenschema.")
    return schema_from_text(raw, path.name, json_file=path.suffix.lower() == ".json")


def schema_from_text(raw: bytes, name: str, *, json_file: bool = False
                     ) -> TalkingPointSchema:
    """A schema from the bytes of a .toml (or .json) file, nested at most
    MAX_JSON_DEPTH deep."""
    import tomllib  # read when a file is, not at every opening (see shipped_identity)

    try:
        text = raw.decode("utf-8-sig")
        if json_file:
            data = loads_json(text, name)
        else:
            data = tomllib.loads(text)
            if deeper_than(data, MAX_JSON_DEPTH):
                raise RecursionError
    except RecursionError:
        raise InputLimitError(f"'{name}' is dieper genest dan {MAX_JSON_DEPTH} niveaus, de "
                              "grens voor een schemabestand.") from None
    except (UnicodeDecodeError, json.JSONDecodeError, tomllib.TOMLDecodeError) as exc:
        detail = " ".join(str(exc).split())[:120]
        raise ValidationError(f"'{name}' is geen leesbaar schemabestand ({detail}).") \
            from None
    return schema_from_mapping(data)


def builtin_schema_files() -> list[Path]:
    return sorted(resource("schemas").glob("*.toml"))


_SCHEMA_TABLE = re.compile(r"^\[schema\][ \t]*$(.*?)(?=^\[|\Z)", re.M | re.S)
_PLAIN_KEY = re.compile(r'^(code|version)[ \t]*=[ \t]*"([^"\\\n]*)"[ \t]*$', re.M)


def shipped_identity(path: Path) -> tuple[str, str] | None:
    """The code and version a shipped schema file declares, found without parsing it:
    every opening asks whether the shipped schemas are in the file, and parsing them
    (and importing tomllib) cost some 15 ms of every start. None when they are not
    written plainly (`code = "..."` in the [schema] table); read_schema_file decides."""
    try:
        table = _SCHEMA_TABLE.search(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError):
        return None
    pairs = sorted(_PLAIN_KEY.findall(table.group(1))) if table else []
    if [key for key, _ in pairs] != ["code", "version"]:
        return None
    return pairs[0][1], pairs[1][1]


class SchemaService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.repo = SchemaRepo(ctx.db)

    def all(self) -> list[TalkingPointSchema]:
        return self.repo.all()

    def get(self, schema_id: int) -> TalkingPointSchema:
        return self.repo.get(schema_id)

    def import_file(self, path: Path) -> TalkingPointSchema:
        schema = read_schema_file(path)
        with self.ctx.db.atomic():
            if self.repo.find(schema.code, schema.version) is None and \
                    self.repo.has_uuid(schema.uuid):
                schema.uuid = new_uuid()  # an exported schema edited into a new version
            return self.repo.add(schema)

    def ensure_builtin(self) -> list[TalkingPointSchema]:
        """Import the shipped schemas that are not in this database yet. Runs at every
        opening: usually all are there, and then nothing is written (no transaction)."""
        missing = []
        for path in builtin_schema_files():
            known = shipped_identity(path)
            if known is not None and self.repo.has(*known):
                continue
            schema = read_schema_file(path)
            if not self.repo.has(schema.code, schema.version):
                missing.append(schema)
        added = []
        if missing:
            with self.ctx.db.atomic():
                for schema in missing:  # asked again: another instance may have added it
                    if not self.repo.has(schema.code, schema.version):
                        added.append(self.repo.add(schema))
        return added

    def export_file(self, schema_id: int, path: Path) -> None:
        data = schema_to_mapping(self.repo.get(schema_id))
        if path.suffix.lower() == ".json":
            text = json.dumps(data, ensure_ascii=False, indent=2)
        else:
            from overleg.services.toml_writer import dumps_toml  # an export only

            text = dumps_toml(data)
        try:
            path.write_text(text, encoding="utf-8")
        except OSError as exc:
            raise ValidationError(f"'{path.name}' kan niet worden opgeslagen "
                                  f"({exc.strerror or exc}).") from None
