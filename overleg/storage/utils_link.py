"""sqlite-utils over an Overleg database's connection (connection.py), for what the
first screen never does: writing rows, taking savepoints, migrating."""

from collections.abc import Generator
from contextlib import AbstractContextManager, contextmanager
from typing import TYPE_CHECKING

import sqlite_utils

if TYPE_CHECKING:
    from overleg.storage.connection import Database


class LinkedDatabase(sqlite_utils.Database):
    """Its transactions are its owner's: a table's insert or a migration that opens one
    gets what the owner's atomic() does (OverlegDatabase takes the write lock at BEGIN
    and runs its hooks), as when OverlegDatabase was itself a sqlite_utils.Database."""

    def __init__(self, owner: "Database") -> None:
        # The owner set recursive_triggers already; Overleg uses no sqlite-utils plugins,
        # and plugins installed elsewhere on the machine must not change its connections.
        super().__init__(owner.conn, recursive_triggers=False, execute_plugins=False)
        self.owner = owner

    @contextmanager
    def atomic(self) -> Generator["LinkedDatabase", None, None]:
        with self.owner.atomic():
            yield self

    def plain_atomic(self) -> AbstractContextManager[sqlite_utils.Database]:
        """sqlite-utils' own atomic(), for the owner's."""
        return super().atomic()
