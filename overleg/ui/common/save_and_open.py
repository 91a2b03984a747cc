"""The one way an export reaches the user: ask where to save, write through a service,
open the result in the system's default program. Refusals become one sentence."""

from collections.abc import Callable
from pathlib import Path

from overleg.ui.common.guard import guarded
from overleg.ui.prompts import Prompts

# Returns False when no program took the file (QDesktopServices says so); test fakes
# return None.
Opener = Callable[[Path], bool | None]


def open_with_system(path: Path) -> bool:
    from PySide6.QtCore import QUrl  # their enums cost the start-up; first used here
    from PySide6.QtGui import QDesktopServices

    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def save_and_open(prompts: Prompts, title: str, filters: str, suggested: str,
                  write: Callable[[Path], Path], opener: Opener = open_with_system
                  ) -> Path | None:
    """`suggested` carries the extension the file must get (added when the user leaves
    it off). Returns the written path, or None when cancelled or refused."""
    suffix = Path(suggested).suffix.lower()
    path = prompts.save_file(title, filters, suggested)
    if path is None:
        return None
    if suffix and path.suffix.lower() != suffix:
        path = path.with_name(path.name + suffix)
    written = guarded(prompts, lambda: write(path))
    if written is not None:
        opener(Path(written))
    return None if written is None else Path(written)
