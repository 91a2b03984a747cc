"""How a database file is opened for reading only: the URIs that leave no side files
where SQLite cannot or should not make them."""

import os
from pathlib import Path


def inspect_uri(path: Path) -> str:
    """Read-only, and immutable when the file is in WAL mode with no WAL beside it: then
    no one has it open (a WAL reader keeps the -wal file), and SQLite needs no side files
    to read it, so inspecting leaves the folder exactly as it was."""
    uri = read_only_uri(path)
    if "immutable" in uri or sidecars(path)[0].exists():
        return uri
    try:
        with path.open("rb") as fh:
            header = fh.read(20)
    except OSError:
        return uri
    return uri + "&immutable=1" if header[18:20] == b"\x02\x02" else uri


def read_only_uri(path: Path) -> str:
    """A read-only folder (an archive share, a CD) cannot hold SQLite's side files; with
    no WAL content pending, the file is then read as immutable."""
    frozen = not os.access(path.parent, os.W_OK) and not sidecars(path)[0].exists()
    return f"{path.resolve().as_uri()}?mode=ro" + ("&immutable=1" if frozen else "")


def sidecars(path: Path) -> list[Path]:
    return [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm")]
