"""Stored records the domain refuses to read (written by another program, or by an older
import that trusted its input): a listing leaves them out and says which, an action on
one of them fails with a sentence that names it.

The skipped records are collected per open database, so the service that read them can
hand them to the command line (stderr) or the window (status bar) without threading a
collector through every repository.
"""

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TypeVar

from overleg.domain.errors import ValidationError
from overleg.storage.connection import Database
from overleg.storage.errors import StorageError

R = TypeVar("R")

# What a user calls the records of each table, in a warning.
_WHAT = {"followups": "actiepunt", "meetings": "vergadering", "agenda_items": "agendapunt",
         "decisions": "besluit", "people": "persoon", "organisations": "organisatie",
         "bodies": "overlegorgaan", "milestones": "mijlpaal", "schemas": "schema"}


class UnreadableRecord(StorageError):
    """One stored record breaks the domain's rules; nothing was changed."""


@dataclass(frozen=True)
class SkippedRecord:
    """A record a list or export left out because it cannot be read, and why."""
    table: str
    uuid: str
    reason: str

    def sentence(self) -> str:
        if not self.table:  # already a sentence (a document left out)
            return self.reason
        what = _WHAT.get(self.table, "record")
        return (f"Het {what} {self.uuid} (tabel {self.table}) is overgeslagen omdat het "
                f"niet te lezen is: {self.reason.rstrip('.')}.")


class ReadWarnings:
    """The records skipped since the last take(), each once."""

    def __init__(self) -> None:
        self._skipped: dict[tuple[str, str], SkippedRecord] = {}

    def add(self, skipped: SkippedRecord) -> None:
        self._skipped.setdefault((skipped.table, skipped.uuid), skipped)

    def take(self) -> list[SkippedRecord]:
        found, self._skipped = list(self._skipped.values()), {}
        return found


def read_warnings(db: Database) -> ReadWarnings:
    """The collector of this open database (made on first use)."""
    found = getattr(db, "_overleg_read_warnings", None)
    if found is None:
        found = ReadWarnings()
        # Kept on any Database, not only OverlegDatabase (tests open plain
        # ones), so the class cannot declare it.
        db._overleg_read_warnings = found  # type: ignore[attr-defined]  # our own attribute
    return found


def readable(db: Database, table: str, rows: Iterable[dict],
             convert: Callable[[dict], R]) -> list[R]:
    """Each row as a record; a row the domain refuses is left out and reported."""
    return list(each_readable(db, table, rows, convert))


def each_readable(db: Database, table: str, rows: Iterable[dict],
                  convert: Callable[[dict], R]) -> Iterator[R]:
    """`readable` one record at a time, for exports of the whole archive."""
    for row in rows:
        try:
            record = convert(row)
        except ValidationError as exc:
            read_warnings(db).add(SkippedRecord(table, _name(row), str(exc)))
            continue
        yield record


def one(table: str, row: dict, convert: Callable[[dict], R]) -> R:
    """One row as a record, for an action on it: a refused row is a named error."""
    try:
        return convert(row)
    except ValidationError as exc:
        what = _WHAT.get(table, "record")
        raise UnreadableRecord(f"Het {what} {_name(row)} (tabel {table}) is niet te lezen "
                               f"en is niet gewijzigd: {str(exc).rstrip('.')}.") from None


def _name(row: dict) -> str:
    return str(row.get("uuid") or f"nummer {row.get('id')}")
