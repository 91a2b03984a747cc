"""Opening a database at start, with a way out when the file is damaged: its backups are
offered in its place (the damaged file itself is kept as a copy), and who else has the
file open is said once it is open.

    services = open_with_recovery(env, path, prompts)   # None: nothing could be opened
"""

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication

from overleg.domain.dutch_dates import short_date
from overleg.domain.errors import OverlegError
from overleg.services.backup_service import FileProblem
from overleg.services.container import Services
from overleg.ui.common.guard import guarded
from overleg.ui.common.message_text import shown
from overleg.ui.prompts import Prompts


class Opener(Protocol):
    def open(self, path: Path) -> Services: ...
    def problem(self, path: Path, exc: OverlegError) -> FileProblem: ...
    def restore(self, path: Path, backup: Path) -> Path | None: ...
    def adopt(self, path: Path) -> Services: ...


def open_with_recovery(env: Opener, path: Path, prompts: Prompts) -> Services | None:
    try:
        services = env.open(path)
    except OverlegError as exc:
        opened = _instead(env, path, env.problem(path, exc), prompts)
        if opened is None:
            return None
        services = opened
    notice = services.presence.message()
    if notice:
        prompts.info(notice)
    return services


def offer_backups(env: Opener, path: Path, exc: OverlegError, prompts: Prompts
                  ) -> Services | None:
    """A file the window opened failed its check afterwards (ui/backup/file_check.py):
    the same message and backups as when the check runs before opening; the services
    opened instead, or None."""
    return _instead(env, path, env.problem(path, exc), prompts)


def _instead(env: Opener, path: Path, problem: FileProblem, prompts: Prompts
             ) -> Services | None:
    """What the user may do about a file that would not open: make an empty file a new
    database, or put a backup in its place."""
    if problem.empty:
        if not prompts.confirm(shown(problem.message) + " " + QCoreApplication.translate(
                "Recovery", "Create a new Overleg database in this file?")):
            return None
        return guarded(prompts, lambda: env.adopt(path))
    if not problem.can_restore:
        prompts.error(problem.message)
        return None
    return _restore_and_open(env, path, problem, prompts)


def _restore_and_open(env: Opener, path: Path, problem: FileProblem, prompts: Prompts
                      ) -> Services | None:
    labels = [f"{short_date(b.taken_at.date())} {b.taken_at:%H.%M} ({b.label})"
              for b in problem.backups]
    choice = prompts.choose(
        QCoreApplication.translate("Recovery", "Open a backup"),
        problem.message + " " + QCoreApplication.translate(
            "Recovery", "Choose a backup to put in its place; the file as it is now is "
            "kept as a copy."), labels)
    if choice is None:
        return None
    if guarded(prompts, lambda: (env.restore(path, problem.backups[choice].path),)) is None:
        return None
    return guarded(prompts, lambda: env.open(path))
