"""Entry point of `overleg`: parse, dispatch, and turn every failure into one sentence."""

import argparse
import os
import sys

from overleg import __version__
from overleg.cli import (
    backup_cmds,
    db_cmds,
    exchange_cmds,
    export_cmd,
    import_cmd,
    list_cmds,
    milestone_cmds,
    oogo_cmds,
)
from overleg.cli.gui_cmd import run_gui
from overleg.cli.options import add_db, close_opened, db_path, print_skipped
from overleg.domain.errors import OverlegError

# Each module registers its subcommands; add new command modules here.
COMMAND_MODULES = [db_cmds, list_cmds, export_cmd, import_cmd, backup_cmds, milestone_cmds,
                   oogo_cmds, exchange_cmds]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="overleg",
        description="Overleg: agenda's, verslagen, besluiten en actiepunten van het op "
                    "overeenstemming gericht overleg. Zonder opdracht start de app.")
    parser.add_argument("--version", action="version", version=f"overleg {__version__}")
    add_db(parser)
    parser.set_defaults(run=run_gui)
    sub = parser.add_subparsers(title="opdrachten", metavar="OPDRACHT")
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
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
        print_skipped(args)
        close_opened(args)


def _with_backup_offer(args: argparse.Namespace, exc: OverlegError) -> str:
    """A damaged or unreadable database: name its newest backup and how to restore it."""
    from overleg.services.backup_service import describe_with_offer

    path = db_path(args)
    return describe_with_offer(path, exc) if path.name in str(exc) else str(exc)


def _fail(message: str) -> int:
    print(f"overleg: {message}", file=sys.stderr)
    return 1
