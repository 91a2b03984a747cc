"""Storage failures, each with one sentence a user can act on."""

from overleg.domain.errors import OverlegError


class StorageError(OverlegError):
    """The database file cannot be used as asked."""


class NotOverlegDatabase(StorageError):
    pass


class EmptyDatabaseFile(NotOverlegDatabase):
    """An empty file, or an SQLite file without tables: made an Overleg database only
    when the user chooses so."""


class NewerDatabase(StorageError):
    pass


class CorruptDatabase(StorageError):
    pass


class DatabaseBusy(StorageError):
    pass


class DatabaseUnavailable(StorageError):
    """Missing folder, no permission, read-only or full disk."""
