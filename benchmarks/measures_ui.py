"""Measures of real widgets in this process (offscreen): the action list with its filter
field, and the agenda and minutes views opening a 40-item meeting. Each finds the code it
measures by where it lives (overleg.ui.followup, overleg.ui.agenda, overleg.ui.minutes)
and reports 'not available' until it has landed."""

import importlib
import inspect
import pkgutil

from benchmarks.bench import Bench
from benchmarks.harness import NotAvailable, Result, Target, timed


class NullPrompts:
    """Nobody answers: a measure never opens a dialog."""

    def error(self, message: str) -> None:
        raise AssertionError(f"the app reported an error during a measure: {message}")

    def info(self, message: str) -> None: ...
    def confirm(self, question: str) -> bool:
        return False

    def ask_text(self, *args, **kwargs) -> None: ...
    def choose(self, *args, **kwargs) -> None: ...
    def open_file(self, *args, **kwargs) -> None: ...
    def save_file(self, *args, **kwargs) -> None: ...


def qapp():
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication(["overleg-bench"])


def settle() -> None:
    """Let posted events, layouts and paints run, as the event loop would before the next
    frame."""
    qapp().processEvents()


def classes_with(package: str, method: str) -> list[type]:
    """Widget classes defined in a package of overleg.ui that have `method`."""
    from PySide6.QtWidgets import QWidget

    try:
        pkg = importlib.import_module(package)
    except ImportError:
        return []
    found = []
    for info in pkgutil.iter_modules(pkg.__path__, f"{package}."):
        module = importlib.import_module(info.name)
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ == module.__name__ and issubclass(cls, QWidget) \
                    and hasattr(cls, method):
                found.append(cls)
    return found


def _is_stub(cls: type) -> bool:
    """The seam's placeholder (a label and nothing else) is not the view to measure."""
    return len(inspect.getsource(inspect.getmodule(cls)).splitlines()) < 40


def _meeting_view(bench: Bench, package: str, name: str, what: str, meetings: list[int],
                  which: str) -> Result:
    qapp()
    views = [c for c in classes_with(package, "set_meeting")
             if c.__name__ == name and not _is_stub(c)]
    if not views:
        raise NotAvailable(f"no {name} with set_meeting() in {package} on main yet")
    cls = views[0]
    view = cls(bench.services, NullPrompts())
    view.resize(1000, 700)
    view.show()
    meeting, other = meetings[0], meetings[1 % len(meetings)]
    try:
        def open_meeting() -> None:
            view.set_meeting(meeting)
            settle()

        return timed(f"open 40-item meeting in the {what}", Target(at_most=100), open_meeting,
                     bench.repeat, before=lambda: (view.set_meeting(other), settle()),
                     note=f"{cls.__module__}.{cls.__name__}.set_meeting + one event-loop "
                          f"pass: {which}, switching from another one")
    finally:
        view.close()
        view.deleteLater()
        settle()


def agenda_view(bench: Bench) -> Result:
    return _meeting_view(bench, "overleg.ui.agenda", "AgendaEditor", "agenda editor",
                         bench.archive.big_future,
                         "a coming meeting (agenda sent) with 40 items and its returning points")


def minutes_view(bench: Bench) -> Result:
    return _meeting_view(bench, "overleg.ui.minutes", "MinutesView", "minutes view",
                         bench.archive.big_meetings,
                         "a held meeting with 40 items, notes, decisions and follow-ups")


def _action_screen():
    from overleg.ui.main_window import SCREENS

    for cls in SCREENS:
        if cls.__module__.startswith("overleg.ui.followup"):
            return cls
    raise NotAvailable("no action-list screen from overleg.ui.followup in SCREENS on main yet")


def action_list_open(bench: Bench) -> Result:
    qapp()
    _action_screen()
    raise NotAvailable("action-list screen found but this measure is not wired to it yet")


def action_list_filter(bench: Bench) -> Result:
    qapp()
    _action_screen()
    raise NotAvailable("action-list screen found but this measure is not wired to it yet")
