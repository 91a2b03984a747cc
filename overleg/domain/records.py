"""Shared pieces of every record: a local id and a stable UUID for exchange."""

import uuid as _uuid


def new_uuid() -> str:
    return str(_uuid.uuid4())
