"""The full check of a file the window opened before checking it (storage/page_check.py):
the check itself runs in a worker; what it decides, and the writes that opening leaves
until it has passed (the shipped schemas), happen in the caller's thread."""

from collections.abc import Callable

from overleg.services.context import Context
from overleg.services.schema_service import SchemaService
from overleg.storage import verified_files
from overleg.storage.errors import StorageError
from overleg.storage.page_check import PageCheck, accept_check, failure


class FileCheckService:
    def __init__(self, ctx: Context, schemas: SchemaService) -> None:
        self.ctx, self.schemas = ctx, schemas

    @property
    def _check(self) -> PageCheck | None:
        return getattr(self.ctx.db, "pending_check", None)

    @property
    def pending(self) -> bool:
        """True until the check has passed (also after it failed: writes stay refused)."""
        return self._check is not None

    @property
    def running(self) -> bool:
        check = self._check
        return check is not None and check.state == "running"

    def job(self) -> Callable[[], bool]:
        """The check, for a worker: True when every page is sound. It reads the file on a
        connection of its own and touches nothing else."""
        check = self._check
        return check.run if check is not None else (lambda: True)

    def conclude(self, passed: bool) -> StorageError | None:
        """Record the outcome: None when the file is now writable (and what opening left
        undone is done) or the check was stopped, else the one sentence the user is told
        (nothing was written)."""
        check = self._check
        if check is None or check.state == "stopped":
            return None
        accept_check(self.ctx.db, passed)
        if check.state != "passed":
            return failure(check.path)
        self.schemas.ensure_builtin()
        verified_files.vouch(check.path)  # our own writes at opening need no new check
        return None

    def run_now(self) -> None:
        """The check at once, in this thread; raises the damaged file's error."""
        problem = self.conclude(self.job()())
        if problem is not None:
            raise problem

    def stop(self) -> None:
        """Closing the file: a running check ends (nothing is recorded)."""
        check = self._check
        if check is not None:
            check.stop()
