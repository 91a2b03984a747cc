"""The procedure templates: the shipped TOML files under resources/procedures/, and a
region's own file read the same way."""

from functools import cache
from pathlib import Path

from overleg.domain.errors import ValidationError
from overleg.domain.procedures import ProcedureTemplate, template_from_mapping
from overleg.resource_paths import resource

MAX_TEMPLATE_FILE = 200_000


def read_template_file(path: Path) -> ProcedureTemplate:
    import tomllib  # when a template is first read, not at every start

    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ValidationError(f"'{path.name}' kan niet worden gelezen ({exc.strerror}).") \
            from None
    if len(raw) > MAX_TEMPLATE_FILE:
        raise ValidationError(f"'{path.name}' is te groot voor een proceduresjabloon.")
    try:
        data = tomllib.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ValidationError(f"'{path.name}' is geen leesbaar proceduresjabloon ({exc}).") \
            from None
    return template_from_mapping(data)


@cache
def builtin_templates() -> dict[str, ProcedureTemplate]:
    found = [read_template_file(p) for p in sorted(resource("procedures").glob("*.toml"))]
    return {t.code: t for t in found}


def template(code: str) -> ProcedureTemplate:
    try:
        return builtin_templates()[code]
    except KeyError:
        raise ValidationError(f"Er is geen proceduresjabloon '{code}'; kies uit "
                              f"{', '.join(sorted(builtin_templates()))}.") from None
