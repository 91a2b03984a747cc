"""The last line of defence: an exception nobody caught (a bug in a slot) reaches the
user as one sentence and its traceback goes to a log file in the data folder, instead
of a silent crash or a traceback on a console nobody sees."""

import sys
import traceback
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication

from overleg.domain.errors import OverlegError
from overleg.ui.common.message_text import shown
from overleg.ui.prompts import Prompts

LOG_NAME = "overleg.log"
MAX_LOG_BYTES = 1_000_000  # one previous log is kept as overleg.log.1


class CrashReporter:
    def __init__(self, prompts: Prompts, log_path: Path) -> None:
        self.prompts = prompts
        self.log_path = log_path
        self._previous: Callable[[type[BaseException], BaseException, TracebackType | None],
                                 object] | None = None
        self._showing = False

    def install(self) -> None:
        self._previous = sys.excepthook
        sys.excepthook = self

    def uninstall(self) -> None:
        if sys.excepthook is self and self._previous is not None:
            sys.excepthook = self._previous

    def __call__(self, kind: type[BaseException], exc: BaseException,
                 tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        logged = self._log("".join(traceback.format_exception(kind, exc, tb)))
        if self._showing:  # an error while the message is up: logged, not stacked
            return
        self._showing = True
        try:
            self.prompts.error(self.sentence(exc, logged))
        except Exception:  # the dialog itself failed: stderr is all that is left
            sys.__excepthook__(kind, exc, tb)
        finally:
            self._showing = False

    def sentence(self, exc: BaseException, logged: bool) -> str:
        if isinstance(exc, OverlegError):  # a refusal that escaped a guard: already clear
            return shown(exc)
        if logged:
            return QCoreApplication.translate(
                "CrashReporter", "Something went wrong unexpectedly ({kind}); what was "
                "saved before is kept, and the details are in {log}.").format(
                kind=type(exc).__name__, log=self.log_path)
        return QCoreApplication.translate(
            "CrashReporter", "Something went wrong unexpectedly ({kind}: {text}); what was "
            "saved before is kept.").format(kind=type(exc).__name__, text=exc)

    def _log(self, text: str) -> bool:
        try:
            self.log_path.parent.mkdir(parents=True, exist_ok=True)
            if self.log_path.exists() and self.log_path.stat().st_size > MAX_LOG_BYTES:
                self.log_path.replace(self.log_path.with_name(self.log_path.name + ".1"))
            with self.log_path.open("a", encoding="utf-8") as fh:
                fh.write(f"--- {datetime.now():%Y-%m-%d %H:%M:%S}\n{text}\n")
            return True
        except OSError:
            return False
