"""Where the data lives: the platform's user-data folder, or OVERLEG_DATA_DIR when set
(development, tests, a portable install)."""

import os
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "Overleg"
DEFAULT_FILE = "overleg.db"


def data_dir() -> Path:
    override = os.environ.get("OVERLEG_DATA_DIR")
    return Path(override) if override else Path(user_data_dir(APP_NAME, appauthor=False))


def default_database_path() -> Path:
    return data_dir() / DEFAULT_FILE


def ensure_data_dir() -> Path:
    folder = data_dir()
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    return folder
