"""The user's preferences and the remembered state of the app, kept in QSettings.

One typed wrapper, so keys and defaults live in one place. The app passes it down;
tests give it a QSettings on a temporary INI file, never the user's real settings.
"""

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from overleg.domain.errors import ValidationError
from overleg.domain.sender import Sender
from overleg.services.context import os_user

MAX_RECENT = 8
LANGUAGES = ("nl", "en")  # English is the source language: no translator
DATE_STYLES = ("short", "long")


class AppSettings:
    def __init__(self, store: QSettings) -> None:
        self.store = store

    # -- preferences (the settings dialog) ---------------------------------------------

    @property
    def default_database(self) -> Path | None:
        return self._path("database/default")

    @default_database.setter
    def default_database(self, path: Path | None) -> None:
        self.store.setValue("database/default", str(path) if path else "")

    @property
    def open_last_at_start(self) -> bool:
        return self._bool("database/open_last", True)

    @open_last_at_start.setter
    def open_last_at_start(self, value: bool) -> None:
        self.store.setValue("database/open_last", bool(value))

    @property
    def user_name(self) -> str:
        return str(self.store.value("user/name", "") or "").strip()

    @user_name.setter
    def user_name(self, name: str) -> None:
        self.store.setValue("user/name", name.strip())

    @property
    def user_initials(self) -> str:
        return str(self.store.value("user/initials", "") or "").strip()

    @user_initials.setter
    def user_initials(self, initials: str) -> None:
        self.store.setValue("user/initials", initials.strip())

    @property
    def user_function(self) -> str:
        return str(self.store.value("user/function", "") or "").strip()

    @user_function.setter
    def user_function(self, function: str) -> None:
        self.store.setValue("user/function", function.strip())

    @property
    def user_email(self) -> str:
        return str(self.store.value("user/email", "") or "").strip()

    @user_email.setter
    def user_email(self, email: str) -> None:
        self.store.setValue("user/email", email.strip())

    def sender(self) -> Sender:
        """Who signs the mail drafts and organises the invitations; a value the domain
        refuses (edited by hand in the settings file) is left out, not fatal."""
        try:
            return Sender(self.user_name, self.user_function, self.user_email)
        except ValidationError:
            return Sender()

    @property
    def language(self) -> str:
        value = self.store.value("ui/language", LANGUAGES[0])
        return value if value in LANGUAGES else LANGUAGES[0]

    @language.setter
    def language(self, value: str) -> None:
        self.store.setValue("ui/language", value if value in LANGUAGES else LANGUAGES[0])

    @property
    def date_style(self) -> str:
        value = self.store.value("ui/date_style", DATE_STYLES[0])
        return value if value in DATE_STYLES else DATE_STYLES[0]

    @date_style.setter
    def date_style(self, value: str) -> None:
        self.store.setValue("ui/date_style", value if value in DATE_STYLES else DATE_STYLES[0])

    @property
    def spelling(self) -> bool:
        """Red underline under misspelt words in notes and descriptions."""
        return self._bool("spelling/enabled", True)

    @spelling.setter
    def spelling(self, value: bool) -> None:
        self.store.setValue("spelling/enabled", bool(value))

    @property
    def personal_words(self) -> list[str]:
        """The user's own word list ("Toevoegen aan woordenlijst"): on this computer,
        for every database, never in a database file."""
        return self._list("spelling/personal_words")

    def add_personal_word(self, word: str) -> None:
        if word not in self.personal_words:
            self.store.setValue("spelling/personal_words", [*self.personal_words, word])
            self.store.sync()

    @property
    def mail_documents_mb(self) -> int:
        """How many MB of the items' documents an invitation carries at most."""
        try:
            value = int(str(self.store.value("mail/documents_mb", 10)))
        except (TypeError, ValueError):
            return 10
        return min(max(value, 0), 200)

    @mail_documents_mb.setter
    def mail_documents_mb(self, value: int) -> None:
        self.store.setValue("mail/documents_mb", min(max(int(value), 0), 200))

    @property
    def shared_folder(self) -> Path | None:
        """The folder where this installation exchanges packages with others (none)."""
        return self._path("exchange/shared_folder")

    @shared_folder.setter
    def shared_folder(self, path: Path | None) -> None:
        self.store.setValue("exchange/shared_folder", str(path) if path else "")

    @property
    def shared_apply_automatically(self) -> bool:
        """Take over the others' changes that conflict with nothing without asking."""
        return self._bool("exchange/apply_automatically", False)

    @shared_apply_automatically.setter
    def shared_apply_automatically(self, value: bool) -> None:
        self.store.setValue("exchange/apply_automatically", bool(value))

    def audit_name(self) -> str:
        """Who is working, for the audit trail: the chosen name, else the login name."""
        return self.user_name or os_user()

    # -- remembered state ----------------------------------------------------------------

    @property
    def last_database(self) -> Path | None:
        return self._path("database/last")

    @last_database.setter
    def last_database(self, path: Path | None) -> None:
        value = str(path) if path else ""
        if self.store.value("database/last") != value:  # see _set_recent
            self.store.setValue("database/last", value)

    def recent_files(self) -> list[Path]:
        return [Path(n) for n in self._list("database/recent")][:MAX_RECENT]

    def add_recent(self, path: Path) -> None:
        path = path.resolve()
        rest = [p for p in self.recent_files() if p != path]
        self._set_recent([path, *rest][:MAX_RECENT])

    def remove_recent(self, path: Path) -> None:
        self._set_recent([p for p in self.recent_files() if p != path])

    def clear_recent(self) -> None:
        self._set_recent([])

    def last_folder(self, kind: str) -> Path | None:
        """The folder a file of this kind ('docx', 'db', ...) was last opened or saved in."""
        return self._path(f"folders/{kind}")

    def set_last_folder(self, kind: str, folder: Path) -> None:
        self.store.setValue(f"folders/{kind}", str(folder))

    def window_state(self, key: str) -> QByteArray | None:
        value = self.store.value(f"window/{key}")
        return value if isinstance(value, QByteArray) else None

    def set_window_state(self, key: str, value: QByteArray) -> None:
        self.store.setValue(f"window/{key}", value)

    def sync(self) -> None:
        self.store.sync()

    # -- helpers ---------------------------------------------------------------------------

    def _set_recent(self, paths: list[Path]) -> None:
        names = [str(p) for p in paths]
        # Every start names the file again: a value set, even unchanged, makes sync()
        # rewrite the settings file and wait for the disk (some 12 ms of the start).
        if not self.store.contains("database/recent") or names != self._list("database/recent"):
            self.store.setValue("database/recent", names)

    def _list(self, key: str) -> list[str]:
        value = self.store.value(key, [])  # INI files give one value back as a string
        names = [value] if isinstance(value, str) else \
            list(value) if isinstance(value, list | tuple) else []
        return [str(n) for n in names if n]

    def _path(self, key: str) -> Path | None:
        value = self.store.value(key, "")
        return Path(value) if isinstance(value, str) and value else None

    def _bool(self, key: str, default: bool) -> bool:
        value = self.store.value(key, default)
        if isinstance(value, str):  # INI files give strings back
            return value.lower() in ("true", "1", "yes")
        return bool(value)
