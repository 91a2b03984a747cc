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
