"""Runs a user action and turns a refused edit into one sentence on screen."""

from collections.abc import Callable
from typing import TypeVar

from overleg.domain.errors import OverlegError
from overleg.ui.common.message_text import shown
from overleg.ui.prompts import Prompts

T = TypeVar("T")


def guarded(prompts: Prompts, action: Callable[[], T]) -> T | None:
    """The result of `action`, or None after showing why it could not be done."""
    try:
        return action()
    except OverlegError as exc:
        prompts.error(shown(exc))
        return None


def succeeded(action: Callable[[], object]) -> Callable[[], bool]:
    """`action` returning True: a service call that returns nothing then tells success
    apart from a refusal (which guarded() and command() turn into None)."""
    def run() -> bool:
        action()
        return True
    return run
