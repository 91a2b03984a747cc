"""What the commands share: the --db option, opening the file, writing output.

Building the parser must stay cheap: `overleg` without a command starts the app, which
should not wait for what only the commands use. So the services and the storage layer
(and sqlite-utils below them) are imported when a command opens its file.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from overleg.domain.dutch_dates import parse_date

if TYPE_CHECKING:
    from overleg.services.container import Services
    from overleg.storage.connection import Database


def add_db(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", type=Path, metavar="BESTAND",
                        help="het databasebestand (standaard: de database in uw gebruikersmap)")


def add_action_db(parser: argparse.ArgumentParser) -> None:
    """--db on an action under a command (`milestones add`): given before or after the
    action, the file is the same (a default here would hide the one given before)."""
    parser.add_argument("--db", type=Path, metavar="BESTAND", default=argparse.SUPPRESS,
                        help="het databasebestand (standaard: de database in uw gebruikersmap)")


def add_json(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true",
                        help="uitvoer als JSON (een lijst van objecten) voor scripts")


def db_path(args: argparse.Namespace) -> Path:
    from overleg.app import resolve_path

    return resolve_path(args.db)


def services_for_reading(args: argparse.Namespace) -> Services:
    """An existing database, opened without writing when it is already current."""
    from overleg.app import open_services

    return _remembered(args, open_services(args.db, writing=False))


def services_for_writing(args: argparse.Namespace, *, create: bool = False) -> Services:
    """The database opened as the app opens it (overleg.app.open_services): built-in
    schemas added and a presence note while the command runs."""
    from overleg.app import open_services
    from overleg.storage.database import notices

    services = open_services(args.db, create=create)
    for notice in notices(services.db):
        print(f"overleg: {notice}", file=sys.stderr)
    return _remembered(args, services)


def _remembered(args: argparse.Namespace, services: Services) -> Services:
    """Kept on the arguments so main() can report the records a command skipped and
    close what a command left open."""
    args.opened_services = [*getattr(args, "opened_services", []), services]
    return services


def close_opened(args: argparse.Namespace) -> None:
    """Every file a command opened closed, its presence note removed (a command that
    closed its file already loses nothing)."""
    from overleg.app import close_services

    for services in getattr(args, "opened_services", []):
        close_services(services)


def print_skipped(args: argparse.Namespace) -> None:
    """A stored record a listing or export left out: one line each on stderr."""
    for services in getattr(args, "opened_services", []):
        for sentence in services.ctx.skipped_records():
            print(f"overleg: waarschuwing: {sentence}", file=sys.stderr)


def close(db: Database) -> None:
    db.close()


def date_arg(text: str):
    """argparse type for dates: ISO or Dutch notation; a wrong date is a usage error."""
    try:
        return parse_date(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def emit_json(rows: Iterable[dict[str, Any]]) -> None:
    json.dump(list(rows), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def emit_table(rows: list[list[str]]) -> None:
    """Aligned columns for people; the last column is not padded."""
    if not rows:
        return
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]) - 1)]
    for r in rows:
        cells = [c.ljust(w) for c, w in zip(r, widths, strict=False)] + [r[-1]]
        print("  ".join(cells).rstrip())
