"""The errors the domain raises; every message is one Dutch sentence fit for a user."""


class OverlegError(Exception):
    """Base of every error that is shown to a user as one sentence."""


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
