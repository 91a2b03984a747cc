"""Writes the one shape a schema file has (a table, arrays of tables, strings and lists
of strings) as TOML, so an exported schema reads like the shipped ones. The standard
library reads TOML but does not write it."""

import json
from typing import Any


def _value(v: Any) -> str:
    if isinstance(v, list):
        return "[" + ", ".join(_value(x) for x in v) + "]"
    # A JSON string is a valid TOML basic string (same escapes), non-ASCII kept.
    return json.dumps(str(v), ensure_ascii=False)


def _table(rows: dict[str, Any]) -> list[str]:
    return [f"{k} = {_value(v)}" for k, v in rows.items()]


def dumps_toml(data: dict[str, Any]) -> str:
    out: list[str] = []
    for key, value in data.items():
        if isinstance(value, dict):
            out += [f"[{key}]", *_table(value), ""]
        else:
            for row in value:
                out += [f"[[{key}]]", *_table(row), ""]
    return "\n".join(out)
