"""Reminder mails from the action list: a draft for the owner in view (the owner filter,
else the selected follow-up's owner) or one for every owner of an open follow-up."""

import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from overleg.services.container import Services
from overleg.ui.common.guard import guarded
from overleg.ui.common.save_and_open import Opener
from overleg.ui.prompts import Prompts

OwnerKey = tuple[str, int]  # ('person' | 'organisation', id)


class ReminderButton(QToolButton):
    def __init__(self, services: Services, prompts: Prompts,
                 owner: Callable[[], OwnerKey | None], as_of: Callable[[], date],
                 opener: Callable[[], Opener], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.prompts = services, prompts
        self.owner, self.as_of, self.opener = owner, as_of, opener
        self.setText(self.tr("Remi&nder"))
        self.setToolTip(self.tr("Mail drafts to owners of open follow-ups"))
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self)
        self.one_action = menu.addAction(self.tr("To this owner…"))
        self.one_action.triggered.connect(self.remind_owner)
        self.all_action = menu.addAction(self.tr("To all owners of open follow-ups…"))
        self.all_action.triggered.connect(self.remind_all)
        menu.aboutToShow.connect(self._update)
        self.setMenu(menu)

    def _update(self) -> None:
        self.one_action.setEnabled(self.owner() is not None)

    def remind_owner(self) -> Path | None:
        """The owner's draft, opened in the mail program."""
        key = self.owner()
        if key is None:
            return None
        name = guarded(self.prompts, lambda: self.services.reminders.file_name(*key))
        path = name and self.prompts.save_file(self.tr("Save reminder"),
                                               self.tr("E-mail (*.eml)"), name)
        if not path:
            return None
        path = path if path.suffix.lower() == ".eml" else path.with_name(path.name + ".eml")
        draft = guarded(self.prompts, lambda: self.services.reminders.reminder(
            key[0], key[1], path, as_of=self.as_of()))
        if draft is None:
            return None
        if self.opener()(draft.path) is False:
            self.prompts.info(self.tr("No mail program opened the draft. It is saved as: "
                                      "%1.").replace("%1", str(draft.path)))
        self._name_missing(draft.without_email)
        return draft.path

    def remind_all(self) -> Path | None:
        """Every owner's draft in one new folder, which opens: the user picks which to send."""
        folder = Path(tempfile.mkdtemp(prefix="overleg-herinneringen-"))
        drafts = guarded(self.prompts, lambda: self.services.reminders.reminders(
            folder, as_of=self.as_of()))
        if drafts is None:
            return None
        if not drafts:
            self.prompts.info(self.tr("No one has an open follow-up."))
            return None
        self.opener()(folder)
        self.prompts.info(self.tr("%n reminder(s) written in %1; open each to send it.", "",
                                  len(drafts)).replace("%1", str(folder)))
        self._name_missing([n for d in drafts for n in d.without_email])
        return folder

    def _name_missing(self, names: list[str]) -> None:
        if names:
            self.prompts.info(self.tr("No e-mail address is known for: %1. Add it in the "
                                      "mail program.").replace("%1", ", ".join(names)))
