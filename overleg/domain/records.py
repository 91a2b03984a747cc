"""Shared pieces of every record: a local id and a stable UUID for exchange."""

import re
from typing import Protocol

from overleg.domain.errors import ValidationError


def new_uuid() -> str:
    # uuid (and the platform module it loads) is imported when a record is first made:
    # opening a file makes none, and the import costs every start some 10 ms.
    import uuid

    return str(uuid.uuid4())


_CANONICAL = re.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def checked_uuid(value: object) -> str:
    """A record's UUID as another program wrote it: the canonical lower-case form only,
    so one record cannot hide behind two spellings."""
    if type(value) is str and _CANONICAL.fullmatch(value):
        return value  # what str(UUID(value)) gives back: the common case, without parsing
    import uuid  # see new_uuid

    try:
        parsed = uuid.UUID(str(value))
    except ValueError:
        parsed = None
    if parsed is None or str(parsed) != value:
        raise ValidationError(f"'{value}' is geen geldige UUID.", field="uuid")
    return str(parsed)


class Stored(Protocol):
    """A record as read from or written to the database: its id is set."""

    @property
    def id(self) -> int | None: ...


def id_of(record: Stored) -> int:
    """The local id of a stored record. Records carry `id: int | None` because a new one
    has none until its repository adds it; code that holds a stored record asks here
    instead of assuming, so a record that was never saved fails loudly, not as NULL."""
    if record.id is None:
        raise ValueError(f"{type(record).__name__} has not been stored yet")
    return record.id
