"""Where a file dialog starts: the folder last used for that kind of file, else the
user's Documents, else the home folder. Never the working directory, which on Windows is
the program's own folder.

Pure: the operating system's facts come in as arguments, so the choice is tested for
Windows paths on any machine."""

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePath


@dataclass(frozen=True)
class FolderFacts:
    """What a file dialog starts in is decided from: the remembered folder, Documents, home."""
    remembered: PurePath | None  # the folder last used for this kind of file
    documents: PurePath | None  # the user's Documents (Windows: the known folder)
    home: PurePath
    is_dir: Callable[[PurePath], bool]  # a network share or USB stick may be gone


def start_folder(facts: FolderFacts) -> PurePath:
    for folder in (facts.remembered, facts.documents):
        if folder is not None and str(folder) and facts.is_dir(folder):
            return folder
    return facts.home


def file_kind(filters: str) -> str:
    """The kind of file a dialog's filter asks for: its first extension ('docx'), or
    'file' for 'All files (*)' alone."""
    found = re.search(r"\*\.([A-Za-z0-9]+)", filters)
    return found.group(1).lower() if found else "file"


def documents_folder() -> Path | None:
    """The user's Documents as the platform names it (localised, redirected, OneDrive)."""
    from platformdirs import user_documents_dir

    try:
        return Path(user_documents_dir())
    except Exception:  # an odd profile: the home folder will do
        return None
