"""Shared pieces of every record: a local id and a stable UUID for exchange."""

import uuid as _uuid

from overleg.domain.errors import ValidationError


def new_uuid() -> str:
    return str(_uuid.uuid4())


def checked_uuid(value: object) -> str:
    """A record's UUID as another program wrote it: the canonical lower-case form only,
    so one record cannot hide behind two spellings."""
    try:
        parsed = _uuid.UUID(str(value))
    except ValueError:
        parsed = None
    if parsed is None or str(parsed) != value:
        raise ValidationError(f"'{value}' is geen geldige UUID.", field="uuid")
    return str(parsed)
