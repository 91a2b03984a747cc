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
        _close(view)


def agenda_view(bench: Bench) -> Result:
    return _meeting_view(bench, "overleg.ui.agenda", "AgendaEditor", "agenda editor",
                         bench.archive.big_future,
                         "a coming meeting (agenda sent) with 40 items and its returning points")


def minutes_view(bench: Bench) -> Result:
    return _meeting_view(bench, "overleg.ui.minutes", "MinutesView", "minutes view",
                         bench.archive.big_meetings,
                         "a held meeting with 40 items, notes, decisions and follow-ups")


def _screen_row(window, package: str) -> int:
    for row, entry in enumerate(window.entries):
        if entry.module.startswith(package):
            return row
    raise NotAvailable(f"no screen from {package} in SCREENS on main yet")


def _window(bench: Bench):
    """The main window on the archive, as the app builds it (first screen shown)."""
    from overleg.ui.main_window import MainWindow

    qapp()
    window = MainWindow(bench.services, bench.db_path, prompts=NullPrompts())
    window.resize(1200, 780)
    window.show()
    settle()
    return window


def _close(window) -> None:
    """Close and destroy the window now. deleteLater() alone is carried out only by a
    running event loop, which the suite never starts: every window of an earlier measure
    lived on, and its timers and signals were timed in the measures after it."""
    from PySide6.QtCore import QCoreApplication, QEvent

    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    settle()


def action_list_open(bench: Bench) -> Result:
    from overleg.ui.main_window import SCREENS

    if not any(e.module.startswith("overleg.ui.followup") for e in SCREENS):
        raise NotAvailable("no action-list screen from overleg.ui.followup in SCREENS yet")
    window = _window(bench)
    try:
        row = _screen_row(window, "overleg.ui.followup.action_list")
        screen = window.screen_at(row)
        which = "its default filter"
        status_box = getattr(screen, "status_box", None)
        if status_box is not None and hasattr(status_box, "select"):
            status_box.select(None)  # any status: every follow-up of the archive
            which = f"any status, all {bench.archive.counts['followups']:,} follow-ups"

        def away() -> None:
            window.nav.setCurrentRow(0)
            settle()

        def open_list() -> None:
            window.nav.setCurrentRow(row)
            settle()

        result = timed("action list, all follow-ups: open screen", Target(at_most=100),
                       open_list, bench.repeat, before=away,
                       note=f"choosing the action list in the navigation ({which}) until "
                            "it is painted, coming from the meetings screen")
        rows = screen.findChild(_table_view()).model().rowCount()
        if rows == 0:
            raise AssertionError("the action list showed no rows")
        return result
    finally:
        _close(window)


def _table_view():
    from PySide6.QtWidgets import QTableView

    return QTableView


def _text_field(screen):
    """The screen's free-text filter: `text_filter`, else its first plain line edit."""
    from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit

    field = getattr(screen, "text_filter", None) or getattr(screen, "field", None)
    if field is None:
        field = next(f for f in screen.findChildren(QLineEdit)
                     if not isinstance(f.parent(), QAbstractSpinBox))
    return field


def action_list_filter(bench: Bench) -> Result:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from overleg.ui.main_window import SCREENS

    if not any(e.module.startswith("overleg.ui.followup") for e in SCREENS):
        raise NotAvailable("no action-list screen from overleg.ui.followup in SCREENS yet")
    from benchmarks.measures_data import TYPED

    window = _window(bench)
    try:
        row = _screen_row(window, "overleg.ui.followup.action_list")
        window.nav.setCurrentRow(row)
        settle()
        field = _text_field(window.screen_at(row))
        field.setFocus()
        pending: list[str] = []

        def before() -> None:
            if not pending:  # the word is typed: clear the field, untimed, and start again
                field.clear()
                settle()
                pending.extend(TYPED)

        def keystroke() -> None:
            QTest.keyClick(field, pending.pop(0), Qt.KeyboardModifier.NoModifier)
            settle()

        return timed("action list filter per keystroke: screen", Target(at_most=16),
                     keystroke, max(bench.repeat, 2 * len(TYPED)), before=before,
                     note=f"typing '{TYPED}' into the filter field key by key (QTest), each "
                          "key until the list is repainted")
    finally:
        _close(window)


def search_screen(bench: Bench) -> Result:
    import sqlite3

    from benchmarks.measures_data import bare_search
    from overleg.ui.main_window import SCREENS

    if not any(e.module.startswith("overleg.ui.search") for e in SCREENS):
        raise NotAvailable("no search screen from overleg.ui.search in SCREENS yet")
    window = _window(bench)
    conn = sqlite3.connect(f"{bench.db_path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        row = _screen_row(window, "overleg.ui.search")
        window.nav.setCurrentRow(row)
        settle()
        screen = window.screen_at(row)
        field = _text_field(screen)
        run = getattr(screen, "run_search", None)
        if run is None:
            raise NotAvailable("the search screen has no run_search() to time")

        def search() -> None:
            field.setText("thuiszitters")
            run()
            settle()

        return timed("search screen: 'thuiszitters' until hits are shown",
                     Target(at_most=30, ratio=2), search, bench.repeat,
                     baseline=lambda: bare_search(conn, "thuiszitters"),
                     before=lambda: (field.setText("x"), settle()),
                     note="the search screen's own search (its typing pause skipped) and one "
                          "event-loop pass to paint the hits and the total, vs the same FTS5 "
                          "queries in bare sqlite3")
    finally:
        conn.close()
        _close(window)
