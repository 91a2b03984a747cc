"""Starting the desktop app (the default when no command is given)."""

import argparse


def run_gui(args: argparse.Namespace) -> int:
    from overleg.app import run_app  # Qt is loaded only when the window is wanted

    return run_app(args.db)
