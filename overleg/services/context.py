"""What every service shares: the database, the clock and who is working."""

import getpass
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime

from overleg.domain.sender import Sender
from overleg.storage.audit_repo import AuditEntry, AuditRepo
from overleg.storage.connection import Database
from overleg.storage.presence import host_name
from overleg.storage.unreadable import SkippedRecord, read_warnings


def os_user() -> str:
    """The operating-system login name, recorded with every change."""
    try:
        return getpass.getuser()
    except Exception:  # no login name in some sandboxes and services
        return "onbekend"


@dataclass
class Context:
    """What every service shares: the database, the clock and who is working."""
    db: Database
    now: Callable[[], datetime] = datetime.now
    user: str = field(default_factory=os_user)
    host: str = field(default_factory=host_name)
    # The secretary as the settings name them: signs mail drafts, organises invitations.
    sender: Sender = field(default_factory=Sender)
    # The most an invitation carries of the items' documents (the user's setting).
    mail_documents_limit: int = 10 * 1024 * 1024

    def today(self) -> date:
        return self.now().date()

    def audit(self, table: str, record_uuid: str, action: str, *, field: str = "",
              old: object = None, new: object = None, reason: str = "") -> None:
        AuditRepo(self.db).record(self._entry(table, record_uuid, action, field, old, new,
                                              reason))

    def auditor(self) -> Callable[..., None]:
        """`audit` for the many rows of one transaction the caller holds (an import): the
        trail's head is read once and carried from row to row (AuditRepo.appender), so
        nothing but the returned function may write the trail until it commits."""
        append = AuditRepo(self.db).appender()

        def audit(table: str, record_uuid: str, action: str, *, field: str = "",
                  old: object = None, new: object = None, reason: str = "") -> None:
            append(self._entry(table, record_uuid, action, field, old, new, reason))
        return audit

    def _entry(self, table: str, record_uuid: str, action: str, field: str, old: object,
               new: object, reason: str) -> AuditEntry:
        return AuditEntry(
            at=self.now(), user=self.user, table_name=table, record_uuid=record_uuid,
            action=action, field=field, old_value=None if old is None else str(old),
            new_value=None if new is None else str(new), reason=reason, host=self.host)

    def skipped_records(self) -> list[str]:
        """One sentence per stored record a listing or export left out since the last
        call, because the domain refuses it (written by another program)."""
        return [s.sentence() for s in read_warnings(self.db).take()]

    def note_skipped(self, sentence: str) -> None:
        """A document an export left out, for the same warnings."""
        read_warnings(self.db).add(SkippedRecord("", sentence, sentence))
