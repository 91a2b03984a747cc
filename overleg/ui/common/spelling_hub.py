"""The app's one spell checker, shared by every checked field: whether spelling is on (the
settings), the user's word list, the names in the open database, and reading the
dictionary in the background the first time a checked field gets the focus (never at
start-up: that is budgeted, and the dictionary takes about a second to read).

It hangs on the QApplication (start_gui installs it), so a field attaches with one line
wherever it is built; tests install their own on a temporary settings file."""

from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication, QObject, Signal

from overleg.domain.changes import ChangeSet
from overleg.services.container import Services
from overleg.services.spelling import SpellChecker
from overleg.ui.common.app_settings import AppSettings
from overleg.ui.common.background import BackgroundJob

NAME_TABLES = ("people", "organisations", "bodies")


def names_in(services: Services) -> list[str]:
    """People, organisations (and their short names) and bodies: never flagged."""
    bodies = services.bodies
    return [*(p.name for p in bodies.all_people()),
            *(o.name for o in bodies.organisations()),
            *(o.short_name for o in bodies.organisations() if o.short_name),
            *(b.name for b in bodies.all())]


class SpellingHub(QObject):
    # Spelling was switched, the dictionary arrived or a word became known: every
    # checked field underlines again.
    changed = Signal()

    def __init__(self, settings: AppSettings, checker: SpellChecker | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SpellingHub")
        self.settings = settings
        self.checker = checker or SpellChecker(personal=settings.personal_words)
        self.names_source: Callable[[], Iterable[str]] | None = None
        self._names_stale = True
        self._job: BackgroundJob | None = None

    @classmethod
    def install(cls, settings: AppSettings, checker: SpellChecker | None = None) -> "SpellingHub":
        """The app's hub from now on (replacing an earlier one)."""
        app = QCoreApplication.instance()
        assert app is not None, "a QApplication comes first"
        old = cls.of_app()
        if old is not None:
            old.setParent(None)
            old.deleteLater()
        return cls(settings, checker, app)

    @staticmethod
    def of_app() -> "SpellingHub | None":
        app = QCoreApplication.instance()
        return app.findChild(SpellingHub, "SpellingHub") if app is not None else None

    # -- state -----------------------------------------------------------------------------

    @property
    def enabled(self) -> bool:
        """On in the settings and possible (the library and the dictionary are there)."""
        return self.settings.spelling and self.checker.available()

    @property
    def active(self) -> bool:
        """Underlining now: on, and the dictionary has been read."""
        return self.enabled and self.checker.loaded

    @property
    def reading(self) -> bool:
        """The dictionary has been asked for (being read, or read)."""
        return self._job is not None or self.checker.loaded

    def set_enabled(self, on: bool) -> None:
        self.settings.spelling = on
        self.changed.emit()

    # -- reading the dictionary -----------------------------------------------------------

    def need(self) -> None:
        """A checked field is about to be used: read the dictionary, off the UI thread."""
        if not self.enabled or self.checker.loaded or self._job is not None:
            return
        self._job = BackgroundJob(self.checker.load, self)
        self._job.done.connect(self._loaded)
        self._job.failed.connect(lambda _message: self._loaded(False))
        self._job.start()

    def load_now(self) -> bool:
        """Reads it here and now, on this thread (tests; the app uses need())."""
        if not self.enabled:
            return False
        if not self.checker.loaded:
            self._loaded(self.checker.load())
        return self.checker.loaded

    def _loaded(self, _ok: object) -> None:
        self.changed.emit()

    # -- known words ----------------------------------------------------------------------

    def database_changed(self, changes: ChangeSet) -> None:
        """Someone added or renamed a person, an organisation or a body."""
        if changes.touches(*NAME_TABLES):
            self.names_may_differ()

    def names_may_differ(self, underline_again: bool = True) -> None:
        """Also when a field is built over another database file."""
        self._names_stale = True
        if underline_again and self.checker.loaded:
            self.changed.emit()

    def current(self) -> SpellChecker:
        """The checker, knowing the names in the database as it is now."""
        if self._names_stale and self.names_source is not None:
            self.checker.set_names(self.names_source())
            self._names_stale = False
        return self.checker

    def add_to_word_list(self, word: str) -> None:
        self.checker.add_personal(word)
        self.settings.add_personal_word(word)
        self.changed.emit()

    def ignore(self, word: str) -> None:
        self.checker.ignore(word)
        self.changed.emit()
