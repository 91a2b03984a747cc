"""Tools → Settings: the default database, the user's name and initials, the Word
template of each body, the language, how lists show dates and spell checking.

Preferences go to QSettings; a body's template is data of that body and is saved in
the database with the body. OK checks everything first and saves nothing when a value
is refused."""

from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from overleg.domain.bodies import Body
from overleg.domain.dutch_dates import long_date, short_date
from overleg.domain.errors import OverlegError, ValidationError
from overleg.domain.sender import Sender
from overleg.services.container import Services
from overleg.ui.common.app_settings import DATE_STYLES, LANGUAGES, AppSettings
from overleg.ui.common.layout import hbox, vbox
from overleg.ui.common.message_text import shown
from overleg.ui.common.spelling_hub import SpellingHub
from overleg.ui.common.window_title import fit_title
from overleg.ui.prompts import Prompts
from overleg.ui.startup import database_filter

TEMPLATE_SUFFIXES = (".docx", ".dotx")
# Each language is named in itself, so it can be found whatever the current language.
LANGUAGE_NAMES = {"nl": "Nederlands", "en": "English"}
SAMPLE_DAY = date(2013, 9, 19)


class SettingsDialog(QDialog):
    def __init__(self, settings: AppSettings, services: Services, prompts: Prompts,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        fit_title(self)
        self.settings, self.services, self.prompts = settings, services, prompts

        self.default_db = QLineEdit(str(settings.default_database or ""))
        self.default_db.setPlaceholderText(self.tr("overleg.db in the data folder"))
        self.open_last = QCheckBox(self.tr("Open the database used last at start"))
        self.open_last.setChecked(settings.open_last_at_start)
        self.user_name = QLineEdit(settings.user_name)
        self.user_name.setPlaceholderText(self.tr("e.g. Anna de Vries"))
        self.initials = QLineEdit(settings.user_initials)
        self.initials.setMaxLength(10)
        self.function = QLineEdit(settings.user_function)
        self.function.setPlaceholderText(self.tr("e.g. secretary of the OOGO"))
        self.email = QLineEdit(settings.user_email)
        self.email.setPlaceholderText(self.tr("e.g. a.devries@lelystad.nl"))
        self.language = QComboBox()
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(LANGUAGES.index(settings.language))
        self.date_style = QComboBox()
        self.date_style.addItem(self.tr("Short ({example})").format(
            example=short_date(SAMPLE_DAY)), "short")
        self.date_style.addItem(self.tr("Long ({example})").format(
            example=long_date(SAMPLE_DAY)), "long")
        self.date_style.setCurrentIndex(DATE_STYLES.index(settings.date_style))
        self.spelling = QCheckBox(self.tr("Check &spelling (Dutch) in notes and descriptions"))
        self.spelling.setChecked(settings.spelling)
        self.mail_documents = QSpinBox()
        self.mail_documents.setRange(0, 200)
        self.mail_documents.setSuffix(" MB")
        self.mail_documents.setValue(settings.mail_documents_mb)

        self.shared_folder = QLineEdit(str(settings.shared_folder or ""))
        self.shared_folder.setPlaceholderText(self.tr("none: no exchange through a folder"))
        self.shared_auto = QCheckBox(self.tr("Take over their changes &without a conflict "
                                             "automatically"))
        self.shared_auto.setChecked(settings.shared_apply_automatically)

        general = QFormLayout()
        default_label = QLabel(self.tr("&Default database:"))
        default_label.setBuddy(self.default_db)  # a row of several widgets gets no buddy
        general.addRow(default_label,
                       hbox(self.default_db, self._browse_button(self._pick_default_db)))
        general.addRow("", self.open_last)
        general.addRow(self.tr("Your &name:"), self.user_name)
        general.addRow(self.tr("Your &initials:"), self.initials)
        general.addRow(self.tr("Your &function:"), self.function)
        general.addRow(self.tr("Your e-&mail address:"), self.email)
        name_hint = QLabel(self.tr("Your name is recorded with every change in the audit "
                                   "trail; without one, your login name is used."))
        name_hint.setWordWrap(True)
        general.addRow("", name_hint)
        mail_hint = QLabel(self.tr("Mail drafts are signed with your name and function; "
                                   "invitations name your address as organiser."))
        mail_hint.setWordWrap(True)
        general.addRow("", mail_hint)
        general.addRow(self.tr("&Language:"), self.language)
        restart = QLabel(self.tr("A new language takes effect when Overleg is restarted."))
        restart.setWordWrap(True)
        general.addRow("", restart)
        general.addRow(self.tr("Da&tes in lists:"), self.date_style)
        general.addRow("", self.spelling)
        hub = SpellingHub.of_app()
        if hub is not None and not hub.checker.available():
            self.spelling.setEnabled(False)  # off by itself, whatever the setting says
            missing = QLabel(self.tr("The Dutch dictionary is missing from this "
                                     "installation, so spelling is not checked."))
            missing.setWordWrap(True)
            general.addRow("", missing)
        general.addRow(self.tr("Invitation &attachments up to:"), self.mail_documents)
        general.addRow(self.tr("Shared f&older:"), self.shared_folder)
        general.addRow("", self.shared_auto)
        general_box = QGroupBox(self.tr("General"))
        general_box.setLayout(general)

        self.templates: dict[int, QLineEdit] = {}
        self.bodies: dict[int, Body] = {}
        templates = QFormLayout()
        for body in services.bodies.all():
            assert body.id is not None
            edit = QLineEdit(body.template_path)
            edit.setPlaceholderText(self.tr("the standard house style"))
            self.templates[body.id], self.bodies[body.id] = edit, body
            label = QLabel(body.name + ":")
            label.setTextFormat(Qt.TextFormat.PlainText)
            templates.addRow(label, hbox(edit, self._browse_button(
                lambda _=False, e=edit: self._pick_template(e))))
        if not self.templates:
            templates.addRow(QLabel(self.tr("There are no bodies in this database yet.")))
        templates_box = QGroupBox(self.tr("Word template per body (.docx or .dotx)"))
        templates_box.setLayout(templates)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        self.setLayout(vbox(general_box, templates_box, buttons))
        self.setMinimumWidth(680)
        # Word-wrapped hints in a form make the layout's minimum too low (Qt counts them
        # as one line), so the dialog starts at, and keeps, the height it needs.
        self.setMinimumHeight(self.sizeHint().height())

    def _browse_button(self, slot) -> QPushButton:
        button = QPushButton(self.tr("Browse…"))
        button.clicked.connect(slot)
        return button

    def _pick_default_db(self) -> None:
        path = self.prompts.open_file(self.tr("Default database"), database_filter())
        if path is not None:
            self.default_db.setText(str(path))

    def _pick_template(self, edit: QLineEdit) -> None:
        path = self.prompts.open_file(self.tr("Word template"),
                                      self.tr("Word template (*.docx *.dotx)"))
        if path is not None:
            edit.setText(str(path))

    # -- saving ---------------------------------------------------------------------------

    def problem(self) -> str | None:
        """The first refused value as one sentence, or None when all is well."""
        default = self.default_db.text().strip()
        if default and not Path(default).parent.is_dir():
            return self.tr("The folder of the default database, {folder}, does not "
                           "exist.").format(folder=Path(default).parent)
        try:  # the domain's rules for a name, a function and an address
            Sender(self.user_name.text(), self.function.text(), self.email.text())
        except ValidationError as exc:
            return shown(exc)
        shared = self.shared_folder.text().strip()
        if shared and not Path(shared).is_dir():
            return self.tr("The shared folder {folder} does not exist.").format(folder=shared)
        for body_id, edit in self.templates.items():
            text = edit.text().strip()
            if not text:
                continue
            path = Path(text)
            if path.suffix.lower() not in TEMPLATE_SUFFIXES:
                return self.tr("The Word template of {body} must be a .docx or .dotx "
                               "file.").format(body=self.bodies[body_id].name)
            if not path.is_file():
                return self.tr("The Word template of {body}, {path}, does not "
                               "exist.").format(body=self.bodies[body_id].name, path=path)
        return None

    def accept(self) -> None:
        problem = self.problem()
        if problem is not None:
            self.prompts.error(problem)
            return
        # Templates first: the service opens each one and may still refuse it (not a
        # real Word file); then the dialog stays open and the preferences are not saved.
        for body_id, edit in self.templates.items():
            body = self.bodies[body_id]
            text = edit.text().strip()
            if text != body.template_path:
                changed = replace(body, template_path=text)
                try:
                    self.services.bodies.update_body(changed)
                except OverlegError as exc:
                    self.prompts.error(shown(exc))
                    return
                self.bodies[body_id] = changed
        old_language = self.settings.language
        default = self.default_db.text().strip()
        self.settings.default_database = Path(default) if default else None
        self.settings.open_last_at_start = self.open_last.isChecked()
        self.settings.user_name = self.user_name.text()
        self.settings.user_initials = self.initials.text()
        self.settings.user_function = self.function.text()
        self.settings.user_email = self.email.text()
        self.settings.language = self.language.currentData()
        self.settings.date_style = self.date_style.currentData()
        self.settings.spelling = self.spelling.isChecked()
        self.settings.mail_documents_mb = self.mail_documents.value()
        self.services.ctx.mail_documents_limit = self.mail_documents.value() * 1024 * 1024
        shared = self.shared_folder.text().strip()
        self.settings.shared_folder = Path(shared) if shared else None
        self.settings.shared_apply_automatically = self.shared_auto.isChecked()
        self.settings.sync()
        hub = SpellingHub.of_app()
        if hub is not None:
            hub.set_enabled(self.settings.spelling)  # underlines come or go at once
        if self.settings.language != old_language:
            self.prompts.info(self.tr("The new language takes effect when Overleg is "
                                      "restarted."))
        super().accept()
