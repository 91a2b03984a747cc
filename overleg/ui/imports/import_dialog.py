"""Import an action list from Excel or CSV: pick which column holds what, see every row
that will be added and every row that cannot be read (with the reason), then import the
rest in one go."""

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QSpinBox,
    QTableView,
    QWidget,
)

from overleg.domain.errors import OverlegError
from overleg.imports.action_rows import Field, Mapping, MappingError, column_titles
from overleg.imports.table_reader import Row
from overleg.services.container import Services
from overleg.services.import_service import CsvEncodingError, ImportPreview
from overleg.ui.common.guard import guarded
from overleg.ui.common.layout import hbox, vbox
from overleg.ui.common.message_text import shown
from overleg.ui.common.window_title import fit_title
from overleg.ui.imports.preview_model import ImportPreviewModel
from overleg.ui.prompts import Prompts


class ImportDialog(QDialog):
    def __init__(self, services: Services, prompts: Prompts, path: Path, table: list[Row],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.prompts, self.path, self.table = services, prompts, path, table
        self.preview = ImportPreview()
        self.imported = 0
        self.setWindowTitle(self.tr("Import action list"))
        fit_title(self)
        self.resize(900, 600)

        self.header_row = QSpinBox(self)
        self.header_row.setRange(1, max(1, len(table)))
        self.combos: dict[Field, QComboBox] = {f: QComboBox(self) for f in Field}
        self.origin = QComboBox(self)
        self.origin.addItem(self.tr("(no meeting)"), None)
        for x in services.meetings.listings(descending=True):
            self.origin.addItem(x.label, x.meeting.id)
        form = QFormLayout()
        form.addRow(self.tr("Agreed in"), self.origin)
        form.addRow(self.tr("Header row"), self.header_row)
        labels = {Field.TEXT: self.tr("Action"), Field.OWNER: self.tr("Owner"),
                  Field.DUE: self.tr("Due date"), Field.MEETING: self.tr("Returns in meeting"),
                  Field.STATUS: self.tr("Status"),
                  Field.UUID: self.tr("Reference (Overleg's own list)")}
        for f, combo in self.combos.items():
            form.addRow(labels[f], combo)

        self.model = ImportPreviewModel(self)
        self.table_view = QTableView(self)
        self.table_view.setAccessibleName(self.tr("Preview of the rows to import"))
        self.table_view.setModel(self.model)
        self.table_view.verticalHeader().hide()
        self.table_view.setWordWrap(False)
        columns = self.table_view.horizontalHeader()
        for c in range(self.model.columnCount()):
            columns.setSectionResizeMode(c, QHeaderView.ResizeMode.Stretch if c == 1
                                         else QHeaderView.ResizeMode.ResizeToContents)
        self.problems = QListWidget(self)
        self.problems.setAccessibleName(self.tr("Rows that cannot be read"))
        self.problems.setMaximumHeight(130)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(self.tr("Import"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.run_import)
        self.buttons.rejected.connect(self.reject)

        source = QLabel(self.tr("From: %1").replace("%1", path.name), self)
        top = hbox(_boxed(form, self))
        top.addStretch(1)
        self.setLayout(vbox(source, top, self.summary,
                            QLabel(self.tr("Rows to import"), self), self.table_view,
                            QLabel(self.tr("Rows that cannot be read"), self), self.problems,
                            self.buttons))
        self._start_mapping()
        self.header_row.valueChanged.connect(self._header_changed)
        for combo in self.combos.values():
            combo.currentIndexChanged.connect(self.refresh)
        self.refresh()

    @classmethod
    def ask(cls, services: Services, prompts: Prompts, parent: QWidget | None = None
            ) -> "ImportDialog | None":
        """Ask for the file and open the dialog on it (None when cancelled or unreadable)."""
        path = prompts.open_file(QCoreApplication.translate("ImportDialog",
                                                            "Import action list"),
                                 "Excel / CSV (*.xlsx *.csv)")
        if path is None:
            return None
        table = guarded(prompts, lambda: _read(services, prompts, path))
        return None if table is None else cls(services, prompts, path, table, parent)

    # -- mapping ----------------------------------------------------------------------------

    def _start_mapping(self) -> None:
        try:
            guess: Mapping | None = self.services.imports.guess_mapping(self.table)
        except MappingError:
            guess = None
        self.header_row.blockSignals(True)
        self.header_row.setValue((guess.header_row if guess else 0) + 1)
        self.header_row.blockSignals(False)
        self._fill_combos(guess.columns if guess else {})

    def _fill_combos(self, chosen: dict[Field, int]) -> None:
        titles = column_titles(self.table, self.header_row.value() - 1)
        options = [self.tr("(not in the list)")] + [
            f"{_letter(c)}: {title}" if title else _letter(c)
            for c, title in enumerate(titles)]
        for f, combo in self.combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItems(options)
            combo.setCurrentIndex(chosen[f] + 1 if f in chosen else 0)
            combo.blockSignals(False)

    def _header_changed(self) -> None:
        self._fill_combos(self.mapping().columns)
        self.refresh()

    def mapping(self) -> Mapping:
        columns = {f: c.currentIndex() - 1 for f, c in self.combos.items()
                   if c.currentIndex() > 0}
        return Mapping(self.header_row.value() - 1, columns)

    # -- preview and import -----------------------------------------------------------------

    def refresh(self) -> None:
        mapping = self.mapping()
        if Field.TEXT not in mapping.columns:
            self.preview = ImportPreview()
            self.summary.setText(self.tr("Choose the column that holds the actions."))
        else:
            self.preview = self.services.imports.preview(self.table, mapping)
            self.summary.setText(self._summary_text())
        self.model.set_actions(self.preview.actions)
        self.problems.clear()
        for p in self.preview.problems:
            self.problems.addItem(self.tr("Row %1: %2").replace("%1", str(p.line))
                                  .replace("%2", p.reason))
        self.import_button.setEnabled(bool(self.preview.actions))

    def _summary_text(self) -> str:
        text = self.tr("%1; %2.").replace(
            "%1", self.tr("%n row(s) will be imported", "", len(self.preview.actions))
        ).replace("%2", self.tr("%n row(s) cannot be read", "", len(self.preview.problems)))
        changed = len(self.preview.changed)
        if changed or self.preview.unchanged:
            text += " " + self.tr("Of Overleg's own list: %1, %2.").replace(
                "%1", self.tr("%n row(s) change their follow-up", "", changed)).replace(
                "%2", self.tr("%n row(s) unchanged", "", self.preview.unchanged))
        if self.preview.new_people:
            text += " " + self.tr("New people: %1.").replace(
                "%1", ", ".join(self.preview.new_people))
        return text

    def run_import(self) -> None:
        try:
            self.imported = self.services.imports.import_actions(
                self.preview, self.path.name, self.origin.currentData())
        except OverlegError as exc:
            for line in exc.lines() if hasattr(exc, "lines") else []:  # each refused row
                self.problems.addItem(line)
            self.prompts.error(shown(exc))
            return
        self.prompts.info(self.tr("%n follow-up(s) imported.", "", self.imported))
        self.accept()


def _letter(column: int) -> str:
    letters = ""
    column += 1
    while column:
        column, rest = divmod(column - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _boxed(form: QFormLayout, parent: QWidget) -> QWidget:
    box = QWidget(parent)
    box.setLayout(form)
    return box


def _read(services: Services, prompts: Prompts, path: Path) -> list[Row] | None:
    """A CSV that is not UTF-8 is most likely Excel's Windows encoding: asked, and then
    shown in the preview to check before anything is imported."""
    try:
        return services.imports.read(path)
    except CsvEncodingError as exc:
        if not prompts.confirm(shown(exc) + " " + QCoreApplication.translate(
                "ImportDialog", "Read it as a Windows file (cp1252)? Check the rows in the "
                "preview before you import.")):
            return None
        return services.imports.read(path, "cp1252")
