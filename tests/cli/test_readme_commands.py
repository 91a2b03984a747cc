"""The README's command list and `overleg --help` in step: a command (or an action under
one) that one side has and the other lacks fails here, naming it."""

import argparse
import re
from pathlib import Path

from overleg.cli.main import build_parser

README = Path(__file__).resolve().parents[2] / "README.md"


def readme_commands() -> dict[str, set[str]]:
    """Command -> the actions named after it, from the `overleg ...` lines in the code
    blocks of the README's section "The command line"; `a|b` names two."""
    text = README.read_text(encoding="utf-8")
    section = re.search(r"^## The command line\n(.*?)^## ", text, re.S | re.M)
    assert section, "README.md has a section '## The command line'"
    found: dict[str, set[str]] = {}
    for block in re.findall(r"```sh\n(.*?)```", section.group(1), re.S):
        for line in block.splitlines():
            words = line.split("#")[0].split()
            if len(words) < 2 or words[0] != "overleg" or words[1].startswith("-"):
                continue  # the app itself
            action = words[2] if len(words) > 2 and re.fullmatch(r"[a-z][a-z|-]*", words[2]) \
                else None
            for command in words[1].split("|"):
                found.setdefault(command, set()).update(action.split("|") if action else ())
    return found


def subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    return {name: sub for action in parser._actions
            if isinstance(action, argparse._SubParsersAction)
            for name, sub in action.choices.items()}


def help_commands() -> dict[str, set[str]]:
    return {name: set(subcommands(sub)) for name, sub in subcommands(build_parser()).items()}


def test_the_readme_lists_every_command_and_no_other():
    readme, known = readme_commands(), help_commands()
    assert len(known) > 10  # the parser was read
    assert sorted(set(known) - set(readme)) == [], "in --help, missing in the README"
    assert sorted(set(readme) - set(known)) == [], "in the README, unknown to --help"


def test_the_readme_lists_every_action_of_each_command():
    readme, known = readme_commands(), help_commands()
    assert known["export"] >= {"agenda", "ics", "xlsx"}  # actions were read
    for command, actions in known.items():
        assert sorted(actions - readme.get(command, set())) == [], \
            f"'overleg {command}' actions missing in the README"
        assert sorted(readme.get(command, set()) - actions) == [], \
            f"'overleg {command}' actions in the README unknown to --help"
