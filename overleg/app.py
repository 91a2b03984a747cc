"""The composition root: resolves paths, opens databases, builds the services and hands
them to the window. Nothing else in Overleg builds services or opens files on its own."""

from dataclasses import dataclass
from pathlib import Path

from overleg.domain.errors import OverlegError
from overleg.services.backup_service import FileProblem, file_problem, restore_file
from overleg.services.container import Services, build_services
from overleg.services.context import os_user
from overleg.services.demo import build_demo
from overleg.storage import verified_files
from overleg.storage.database import inspect_file, open_database, open_for_reading
from overleg.storage.locations import data_dir, default_database_path, ensure_data_dir


@dataclass(frozen=True)
class Environment:
    """What the UI may ask of the outside world, as plain functions (tests pass fakes)."""

    default_path: Path

    @property
    def data_dir(self) -> Path:
        """The user-data folder (the default database, the log file)."""
        return data_dir()

    def open(self, path: Path, *, create: bool = True, user: str | None = None,
             adopt_empty: bool = False) -> Services:
        """Open a database file (created when missing and `create`); `user` is the name
        the audit trail records (default: the login name). Raises OverlegError with one
        sentence. Announces this instance to others on the same file
        (services.presence.message() says who they are). The day's backup is the
        window's to start, in the background (services.backups.automatic_job). An empty
        file becomes a database only with `adopt_empty` (the user chose so)."""
        services = build_services(open_database(path, create=create, adopt_empty=adopt_empty),
                                  user=user)
        services.schemas.ensure_builtin()
        services.presence.claim()
        verified_files.vouch(path)  # our own writes at opening need no check next time
        return services

    def adopt(self, path: Path) -> Services:
        """An empty file made an Overleg database, because the user chose so."""
        return self.open(path, adopt_empty=True)

    def close(self, services: Services) -> None:
        """Done with a file: this instance's presence note goes, the connection closes."""
        services.presence.release()
        services.db.close()

    def problem(self, path: Path, exc: OverlegError) -> FileProblem:
        """Why `path` cannot be opened, with the backups that could replace it."""
        return file_problem(path, exc)

    def restore(self, path: Path, backup: Path) -> Path | None:
        """Put a backup in place of a file that would not open (or any closed file);
        returns the copy kept of what it replaced."""
        return restore_file(path, backup, os_user())

    def is_new(self, path: Path) -> bool:
        """True for a file that does not exist yet or holds no data (first start)."""
        if inspect_file(path) in ("missing", "empty"):
            return True
        # Read-only and without importing the shipped schemas: open() does that next.
        services = build_services(open_for_reading(path))
        try:
            return not services.bodies.all()
        finally:
            services.presence.release()
            services.db.close()

    def fill_with_demo(self, services: Services) -> None:
        build_demo(services)


def run_app(db_path: Path | None = None) -> int:
    from overleg.ui.application import start_gui

    if db_path is None:
        ensure_data_dir()
    env = Environment(default_path=default_database_path())
    return start_gui(env, db_path)
