"""The composition root: resolves paths, opens databases, builds the services and hands
them to the window or a command. Nothing else in Overleg builds services or opens files on
its own: the window (Environment) and every command (cli/options.py) go through
open_services, so a file opened either way gets the same checks, migrations, built-in
data and presence note."""

from dataclasses import dataclass
from pathlib import Path

from overleg.domain.errors import OverlegError
from overleg.services.backup_service import FileProblem, file_problem, restore_file
from overleg.services.container import Services, build_services
from overleg.services.context import os_user
from overleg.storage import verified_files
from overleg.storage.database import inspect_file, open_database, open_for_reading
from overleg.storage.locations import data_dir, default_database_path, ensure_data_dir


def resolve_path(path: Path | None, *, create: bool = False) -> Path:
    """The file meant: the one named, else the default database in the user-data folder
    (made first when a database may be created there)."""
    if path is not None:
        return Path(path)
    if create:
        ensure_data_dir()
    return default_database_path()


def open_services(path: Path | None = None, *, writing: bool = True, create: bool = True,
                  adopt_empty: bool = False, user: str | None = None,
                  check_later: bool = False) -> Services:
    """The services over a database file: the one door into a file for the window and
    every command. Raises OverlegError with one sentence (nothing written on a refusal).

    Writing: the file is checked, copied and migrated when older, created when missing
    and `create`; the shipped schemas are added and this instance's presence note is
    written (close_services takes it away). An empty file becomes a database only with
    `adopt_empty` (the user chose so). Reading (`writing=False`): an existing file,
    opened read-only when its schema is current, so reading never changes it.

    `check_later` (the window): a file due for the full page check opens at once,
    read-only until services.file_check has run (storage/page_check.py); the writes of
    opening wait for it. A file without any body gets the welcome, which writes: it is
    checked at once (such a file is small)."""
    path = resolve_path(path, create=writing and create)
    if not writing:
        return build_services(open_for_reading(path), user=user)
    services = build_services(open_database(path, create=create, adopt_empty=adopt_empty,
                                            check_later=check_later), user=user)
    try:
        if services.file_check.pending and not services.bodies.all():
            services.file_check.run_now()
        if not services.file_check.pending:
            services.schemas.ensure_builtin()
    except BaseException:
        services.db.close()
        raise
    services.presence.claim()
    if not services.file_check.pending:  # an unchecked state is never vouched for
        verified_files.vouch(path)  # our own writes at opening need no check next time
    return services


def close_services(services: Services) -> None:
    """Done with a file: this instance's presence note goes, the connection closes (again
    is harmless)."""
    services.presence.release()
    services.db.close()


@dataclass(frozen=True)
class Environment:
    """What the UI may ask of the outside world, as plain functions (tests pass fakes)."""

    default_path: Path
    # The window's start: a file due for the full check opens at once and is checked in
    # the background (services.file_check); tests and commands check before opening.
    check_in_background: bool = False

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
        return open_services(path, create=create, adopt_empty=adopt_empty, user=user,
                             check_later=self.check_in_background)

    def adopt(self, path: Path) -> Services:
        """An empty file made an Overleg database, because the user chose so."""
        return self.open(path, adopt_empty=True)

    def close(self, services: Services) -> None:
        """Done with a file: this instance's presence note goes, the connection closes."""
        close_services(services)

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
        services = open_services(path, writing=False)
        try:
            return not services.bodies.all()
        finally:
            close_services(services)

    def fill_with_demo(self, services: Services) -> None:
        from overleg.services.demo import build_demo  # the first start only

        build_demo(services)


def run_app(db_path: Path | None = None) -> int:
    from overleg.ui.application import start_gui

    if db_path is None:
        ensure_data_dir()
    env = Environment(default_path=default_database_path(), check_in_background=True)
    return start_gui(env, db_path)
