"""Opening a current file reads the migration names from migration_names.py, not from
the migrations themselves: the two lists must be the same."""

from overleg.storage import migration_names
from overleg.storage.migrations import MIGRATION_SET, known_names


def test_the_names_are_the_registry_s_in_order():
    assert migration_names.NAMES == tuple(known_names())
    assert migration_names.MIGRATION_SET == MIGRATION_SET == "overleg"
