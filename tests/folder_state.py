"""A folder's listing and every file's hash: what a refusal must leave unchanged."""

import hashlib
from pathlib import Path


def snapshot(folder: Path) -> dict[str, str]:
    """Relative path -> sha256 (or 'dir'), hidden files and sub-folders included."""
    state = {}
    for p in sorted(folder.rglob("*")):
        rel = str(p.relative_to(folder))
        state[rel] = "dir" if p.is_dir() else hashlib.sha256(p.read_bytes()).hexdigest()
    return state


def one_sentence(text: str) -> bool:
    text = text.strip().removeprefix("overleg: ")
    return bool(text) and "\n" not in text and "Traceback" not in text and \
        text.endswith((".", ")")) and "Onverwachte fout" not in text
