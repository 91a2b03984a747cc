"""Storage failures, each with one sentence a user can act on."""

from overleg.domain.errors import OverlegError


class StorageError(OverlegError):
    """The database file cannot be used as asked."""


class NotOverlegDatabase(StorageError):
    pass


class NewerDatabase(StorageError):
    pass


class CorruptDatabase(StorageError):
    pass


class DatabaseBusy(StorageError):
    pass


class DatabaseUnavailable(StorageError):
    """Missing folder, no permission, read-only or full disk."""


class ChangedMeanwhile(StorageError):
    """An undo or redo whose records were changed since (by someone else, by a restore)."""
