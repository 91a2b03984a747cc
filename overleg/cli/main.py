"""Entry point of `overleg`: parse, dispatch, and turn every failure into one sentence."""

import argparse
import os
import sys

from overleg import __version__, compiled_code, start_collection
from overleg.cli.gui_cmd import run_gui
from overleg.cli.options import add_db, close_opened, db_path, print_skipped
from overleg.domain.errors import OverlegError


def command_modules() -> list:
    """Each module registers its subcommands; add new command modules here. Imported
    here, not at the top: starting the window needs none of them."""
    from overleg.cli import (
        attach_cmds,
        backup_cmds,
        db_cmds,
        exchange_cmds,
        export_cmd,
        import_cmd,
        list_cmds,
        milestone_cmds,
        oogo_cmds,
        person_cmds,
    )

    return [db_cmds, list_cmds, export_cmd, import_cmd, backup_cmds, milestone_cmds,
            oogo_cmds, person_cmds, attach_cmds, exchange_cmds]


def build_parser(*, commands: bool = True) -> argparse.ArgumentParser:
    """The whole command line; without `commands` only what starting the window takes
    (`overleg`, `overleg --db FILE`): the ~40 subcommand parsers cost the start ~40 ms."""
    parser = argparse.ArgumentParser(
        prog="overleg",
        description="Overleg: agenda's, verslagen, besluiten en actiepunten van het op "
                    "overeenstemming gericht overleg. Zonder opdracht start de app.")
    parser.add_argument("--version", action="version", version=f"overleg {__version__}")
    add_db(parser)
    parser.set_defaults(run=run_gui)
    if not commands:
        return parser
    sub = parser.add_subparsers(title="opdrachten", metavar="OPDRACHT")
    for module in command_modules():
        module.register(sub)
    return parser


def starts_window(argv: list[str]) -> bool:
    """True for the plain start of the app: no arguments, or only the database file."""
    if not argv:
        return True
    if len(argv) == 1:
        return argv[0].startswith("--db=")
    return len(argv) == 2 and argv[0] == "--db" and not argv[1].startswith("-")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    window = starts_window(argv)
    parser = build_parser(commands=not window)
    args = parser.parse_args(argv)
    if window:
        start_collection.pause()  # until the window is shown (start_collection.py)
    try:
        return args.run(args)
    except OverlegError as exc:
        return _fail(_with_backup_offer(args, exc))
    except KeyboardInterrupt:
        return _fail("Afgebroken.")
    except BrokenPipeError:
        return 0
    except Exception as exc:  # a bug: still one sentence, the detail on request
        if os.environ.get("OVERLEG_DEBUG"):
            raise
        return _fail(f"Onverwachte fout ({type(exc).__name__}: {exc}); zet OVERLEG_DEBUG=1 "
                     "voor details.")
    finally:
        start_collection.resume()  # a start that ended before its window was shown
        print_skipped(args)
        close_opened(args)
        compiled_code.save()


def _with_backup_offer(args: argparse.Namespace, exc: OverlegError) -> str:
    """A damaged or unreadable database: name its newest backup and how to restore it."""
    from overleg.services.backup_service import describe_with_offer

    path = db_path(args)
    return describe_with_offer(path, exc) if path.name in str(exc) else str(exc)


def _fail(message: str) -> int:
    print(f"overleg: {message}", file=sys.stderr)
    return 1
