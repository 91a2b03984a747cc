"""The composition root: resolves paths, opens databases, builds the services and hands
them to the window. Nothing else in Overleg builds services or opens files on its own."""

from dataclasses import dataclass
from pathlib import Path

from overleg.services.container import Services, build_services
from overleg.services.demo import build_demo
from overleg.storage.database import inspect_file, open_database, open_for_reading
from overleg.storage.locations import default_database_path, ensure_data_dir


@dataclass(frozen=True)
class Environment:
    """What the UI may ask of the outside world, as plain functions (tests pass fakes)."""

    default_path: Path

    def open(self, path: Path) -> Services:
        """Open (or create) a database file; raises OverlegError with one sentence."""
        services = build_services(open_database(path, create=True))
        services.schemas.ensure_builtin()
        return services

    def is_new(self, path: Path) -> bool:
        """True for a file that does not exist yet or holds no data (first start)."""
        if inspect_file(path) in ("missing", "empty"):
            return True
        # Read-only and without importing the shipped schemas: open() does that next.
        services = build_services(open_for_reading(path))
        try:
            return not services.bodies.all()
        finally:
            services.db.close()

    def fill_with_demo(self, services: Services) -> None:
        build_demo(services)


def run_app(db_path: Path | None = None) -> int:
    from overleg.ui.application import start_gui

    if db_path is None:
        ensure_data_dir()
    env = Environment(default_path=default_database_path())
    return start_gui(env, db_path)
