"""Dutch spell checking: Hunspell (the `chunspell` wheel, which carries Hunspell itself, so
nothing has to be installed on the machine) with OpenTaal's dictionary in
resources/dictionaries/nl.

Reading the dictionary takes about a second, so nothing is read until load() is called,
which the screens do off the UI thread when spelling is first needed, never at start-up.
Until then, and when the dictionary or the library is missing, every word is taken as
correct: spelling is simply off. Results are cached per word."""

import importlib.util
import threading
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Protocol

from overleg.resource_paths import resource
from overleg.services.spelling_words import checkable, name_words, words

LANGUAGE = "nl"
MAX_SUGGESTIONS = 5


class _Hunspell(Protocol):
    def spell(self, word: str) -> bool: ...
    def suggest(self, word: str) -> tuple[str, ...]: ...


def dictionary_folder() -> Path:
    return resource("dictionaries", LANGUAGE)


@cache
def _library_installed() -> bool:
    """Looked up once: the window asks at start for every spell-checked field, and each
    lookup searches the whole import path."""
    return importlib.util.find_spec("hunspell") is not None


class SpellChecker:
    def __init__(self, folder: Path | None = None, personal: Iterable[str] = ()) -> None:
        self.folder = folder or dictionary_folder()
        self.problem: str | None = None  # why loading failed, once it has
        self._hunspell: _Hunspell | None = None
        self._lock = threading.Lock()
        self._cache: dict[str, bool] = {}
        self._suggestions: dict[str, list[str]] = {}
        self.personal = {w.casefold() for w in personal}  # the user's own word list
        self.ignored: set[str] = set()  # "Negeren": for as long as the app runs
        self.names: set[str] = set()  # of people, organisations and bodies

    # -- the dictionary ------------------------------------------------------------------

    def available(self) -> bool:
        """The library and the dictionary files are there (nothing is read)."""
        return self.problem is None and _library_installed() \
            and all((self.folder / f"{LANGUAGE}.{ext}").is_file() for ext in ("aff", "dic"))

    @property
    def loaded(self) -> bool:
        return self._hunspell is not None

    def load(self) -> bool:
        """Reads the dictionary once (safe from any thread); False when it cannot be."""
        with self._lock:
            if self._hunspell is None and self.problem is None:
                if not self.available():
                    self.problem = f"no Hunspell or no dictionary in {self.folder}"
                    return False
                try:
                    import hunspell  # type: ignore[import-untyped]  # chunspell ships no hints

                    self._hunspell = hunspell.Hunspell(
                        LANGUAGE, hunspell_data_dir=str(self.folder))
                except Exception as exc:  # a broken file or an odd path: spelling stays off
                    self.problem = f"{type(exc).__name__}: {exc}"
            return self._hunspell is not None

    def sharing(self, personal: Iterable[str] = ()) -> "SpellChecker":
        """Another checker over this one's dictionary (read once), with its own lists."""
        other = SpellChecker(self.folder, personal)
        other._hunspell, other.problem = self._hunspell, self.problem
        return other

    # -- words the user or the database knows -----------------------------------------------

    def set_names(self, names: Iterable[str]) -> None:
        self.names = name_words(names)
        self._cache.clear()  # a hyphenated word's verdict may rest on a name

    def add_personal(self, word: str) -> None:
        self.personal.add(word.casefold())
        self._cache.clear()

    def ignore(self, word: str) -> None:
        self.ignored.add(word.casefold())
        self._cache.clear()

    # -- checking ----------------------------------------------------------------------------

    def is_correct(self, word: str) -> bool:
        if self._hunspell is None or not checkable(word):
            return True
        folded = word.casefold()
        if folded in self.names or folded in self.personal or folded in self.ignored:
            return True
        verdict = self._cache.get(word)
        if verdict is None:
            verdict = self._cache[word] = self._check(word)
        return verdict

    def misspelled(self, text: str) -> list[tuple[int, int]]:
        """(offset, length) of each misspelt word in `text`."""
        return [(start, len(word)) for start, word in words(text)
                if not self.is_correct(word)]

    def suggestions(self, word: str) -> list[str]:
        """Up to five corrections, best first (Hunspell takes a tenth of a second or more
        for one word, so they are asked for one right-click at a time and kept)."""
        if self._hunspell is None:
            return []
        if word not in self._suggestions:
            found = self._hunspell.suggest(word.replace("’", "'"))
            self._suggestions[word] = list(dict.fromkeys(found))[:MAX_SUGGESTIONS]
        return self._suggestions[word]

    def _check(self, word: str) -> bool:
        assert self._hunspell is not None
        if self._hunspell.spell(word.replace("’", "'")):
            return True
        bare = word.lstrip("'’")
        if bare != word:  # 'tekst' between single quotes
            return self.is_correct(bare)
        if "-" in word:  # OOGO-overleg, Dronten-Zeewolde: each part on its own
            return all(self.is_correct(part) for part in word.split("-") if part)
        return False
