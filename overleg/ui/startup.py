"""Which database the app opens at start, and the welcome on a first start.

Order: the file named on the command line; else the last one used (when the user wants
that and it still exists); else the default database from the settings; else the one in
the data folder. A file that will not open offers its backups (ui/backup/recovery.py);
who else has it open is said. A database without any body yet gets the welcome: the
example data, an empty start, or an existing file."""

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication

from overleg.domain.errors import OverlegError
from overleg.services.backup_service import FileProblem
from overleg.services.container import Services
from overleg.ui.backup.recovery import open_with_recovery
from overleg.ui.common.app_settings import AppSettings
from overleg.ui.prompts import Prompts

# The welcome's choices, in the order they are offered.
EXAMPLE, EMPTY, EXISTING = 0, 1, 2


class Env(Protocol):
    @property
    def default_path(self) -> Path: ...

    @property
    def data_dir(self) -> Path: ...
    def open(self, path: Path, *, create: bool = True, user: str | None = None,
             adopt_empty: bool = False) -> Services: ...
    def close(self, services: Services) -> None: ...
    def problem(self, path: Path, exc: OverlegError) -> FileProblem: ...
    def restore(self, path: Path, backup: Path) -> Path | None: ...
    def fill_with_demo(self, services: Services) -> None: ...


class Opening:
    """The environment as open_with_recovery sees it: opening as this user, and creating
    a missing file only when asked (File → Open never creates one)."""

    def __init__(self, env: Env, user: str | None, create: bool) -> None:
        self.env, self.user, self.create = env, user, create

    def open(self, path: Path) -> Services:
        return self.env.open(path, create=self.create, user=self.user)

    def adopt(self, path: Path) -> Services:
        """An empty file made an Overleg database: the user chose so."""
        return self.env.open(path, create=True, user=self.user, adopt_empty=True)

    def problem(self, path: Path, exc: OverlegError) -> FileProblem:
        return self.env.problem(path, exc)

    def restore(self, path: Path, backup: Path) -> Path | None:
        return self.env.restore(path, backup)


def open_file(env: Env, path: Path, prompts: Prompts, *, user: str | None = None,
              create: bool = False) -> Services | None:
    """The services over `path`, or None after telling the user why not."""
    return open_with_recovery(Opening(env, user, create), path, prompts)


def start_path(env: Env, settings: AppSettings, prompts: Prompts,
               db_path: Path | None) -> Path:
    if db_path is not None:
        return db_path
    last = settings.last_database
    if settings.open_last_at_start and last is not None:
        if last.exists():
            return last
        prompts.info(QCoreApplication.translate(
            "Startup", "The database you used last, {path}, no longer exists; the default "
            "database is opened.").format(path=last))
        settings.remove_recent(last)
        settings.last_database = None
    return settings.default_database or env.default_path


def open_at_start(env: Env, settings: AppSettings, prompts: Prompts,
                  db_path: Path | None,
                  ask_welcome: Callable[[Sequence[str]], int | None] | None = None
                  ) -> tuple[Services, Path] | None:
    """The services and file to show first, or None when nothing could be opened."""
    path = start_path(env, settings, prompts, db_path)
    user = settings.user_name or None
    services = open_file(env, path, prompts, user=user, create=True)
    if services is None:
        if path == env.default_path:
            return None
        prompts.info(QCoreApplication.translate("Startup",
                                                "The default database is opened instead."))
        return open_at_start(env, settings, prompts, env.default_path, ask_welcome)
    if not services.bodies.all():  # a new or empty file: the first start
        return welcome(env, services, path, prompts, user, ask_welcome)
    return services, path


def welcome_options() -> list[str]:
    return [QCoreApplication.translate(
                "Startup", "Explore the example data (Drechtsteden and Lelystad, 2013)"),
            QCoreApplication.translate("Startup", "Start with an empty database"),
            QCoreApplication.translate("Startup", "Open an existing database file…")]


def welcome(env: Env, services: Services, path: Path, prompts: Prompts,
            user: str | None = None,
            ask: Callable[[Sequence[str]], int | None] | None = None
            ) -> tuple[Services, Path]:
    """Asks how to begin on an empty database; Cancel keeps it empty."""
    options = welcome_options()
    if ask is None:
        def ask(opts: Sequence[str]) -> int | None:
            return prompts.choose(
                QCoreApplication.translate("Startup", "Welcome to Overleg"),
                QCoreApplication.translate(
                    "Startup", "This database is still empty. How do you want to begin?"),
                opts)
    while True:
        choice = ask(options)
        if choice == EXAMPLE:
            env.fill_with_demo(services)
            return services, path
        if choice != EXISTING:
            return services, path
        other = prompts.open_file(QCoreApplication.translate("Startup", "Open database"),
                                  database_filter())
        if other is None:
            continue
        opened = open_file(env, other, prompts, user=user)
        if opened is None:
            continue
        env.close(services)
        return opened, other


def database_filter() -> str:
    return QCoreApplication.translate("Startup",
                                      "Overleg database (*.db *.sqlite);;All files (*)")
