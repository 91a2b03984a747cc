"""The errors the domain raises; every message is one Dutch sentence fit for a user."""

import re

# A value quoted in a sentence (a column name, a key, a file name) may hold a newline or
# a tab from a file someone else wrote; shown as is, it would break the sentence.
_LINE_BREAKS = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]+")


class OverlegError(Exception):
    """Base of every error that is shown to a user as one sentence: whatever values
    its message quotes, the message stays on one line."""

    def __init__(self, message: object = "", *args: object) -> None:
        super().__init__(_LINE_BREAKS.sub(" ", str(message)), *args)


class ValidationError(OverlegError, ValueError):
    """A value that breaks a rule of the domain (an end before a start, an empty title).
    `field` names the field (as the user knows it) when the rule is about one, so an
    import can report table, record, field and sentence."""

    def __init__(self, message: str, *, field: str = "") -> None:
        super().__init__(message)
        self.field = field


class ReadOnlyError(OverlegError):
    """An edit of adopted minutes without an explicit reopen."""


class NotFoundError(OverlegError, LookupError):
    """A record that does not exist (any more)."""


class TransitionError(OverlegError):
    """A lifecycle step that is not allowed from the current status."""
