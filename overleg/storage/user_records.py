"""Small JSON records Overleg keeps about files in the user's data folder (which files
were checked, which archives were exported): read forgivingly, written whole and then
moved into place, so that a damaged or unwritable record only costs a re-check."""

import json
import os

from overleg.storage.locations import data_dir


def read_record(name: str) -> dict:
    try:
        records = json.loads((data_dir() / name).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}  # missing or damaged: as if nothing were recorded
    return records if isinstance(records, dict) else {}


def save_record(name: str, records: dict) -> None:
    target = data_dir() / name
    partial = target.with_name(f"{target.name}.{os.getpid()}.deel")
    try:
        target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        partial.write_text(json.dumps(records, indent=1), encoding="utf-8")
        os.replace(partial, target)
    except OSError:
        try:
            partial.unlink(missing_ok=True)
        except OSError:
            pass
