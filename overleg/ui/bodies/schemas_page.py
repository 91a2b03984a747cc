"""The imported talking-point schemas (bespreekpunten): their themes and criteria to read,
a region's own schema file to import, and a schema to export for editing or sharing."""

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QPushButton, QSplitter, QTextBrowser, QWidget

from overleg.domain.fields import safe_file_name
from overleg.domain.records import id_of
from overleg.domain.schemas import TalkingPointSchema, Theme
from overleg.services.container import Services
from overleg.ui.bodies.labels import responsibility_labels
from overleg.ui.bodies.schema_models import (
    CriterionTableModel,
    SchemaTableModel,
    ThemeTableModel,
)
from overleg.ui.bodies.table_view import record_table
from overleg.ui.common.command_bus import command
from overleg.ui.common.guard import guarded, succeeded
from overleg.ui.common.layout import hbox, vbox
from overleg.ui.common.selection import select_row
from overleg.ui.prompts import Prompts

SCHEMA_FILES = "Schema (*.toml *.json);;TOML (*.toml);;JSON (*.json)"


class SchemasPage(QWidget):
    def __init__(self, services: Services, prompts: Prompts, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.services, self.prompts = services, prompts
        self.schemas = SchemaTableModel(services, self)
        self.themes = ThemeTableModel(self)
        self.criteria = CriterionTableModel(self)
        self.schema_table = record_table(self.schemas, 0)
        self.schema_table.setAccessibleName(self.tr("Talking-point schemas"))
        self.theme_table = record_table(self.themes, 1, wrap=True)
        self.theme_table.setAccessibleName(self.tr("Themes of the chosen schema"))
        self.criteria_table = record_table(self.criteria, 1, wrap=True)
        self.import_button = QPushButton(self.tr("&Import schema file…"))
        self.export_button = QPushButton(self.tr("E&xport…"))
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.theme_text = QTextBrowser()
        self.theme_text.setAccessibleName(self.tr("Description of the chosen theme"))
        self.theme_text.setOpenLinks(False)
        bar = hbox(self.import_button, self.export_button)
        bar.addStretch(1)
        # left: which schema, and the criteria every item of it is checked against;
        # right: its themes, the chosen one in full
        schemas = QWidget()
        schemas.setLayout(vbox(bar, self.schema_table, self.description, margins=0))
        criteria_box = QGroupBox(self.tr("Criteria (checked per agenda item)"))
        criteria_box.setLayout(vbox(self.criteria_table))
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(schemas)
        left.addWidget(criteria_box)
        left.setSizes([260, 420])
        themes_box = QGroupBox(self.tr("Themes"))
        themes_split = QSplitter(Qt.Orientation.Vertical)
        themes_split.addWidget(self.theme_table)
        themes_split.addWidget(self.theme_text)
        themes_box.setLayout(vbox(themes_split))
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(themes_box)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([440, 600])
        self.setLayout(vbox(splitter, margins=0))
        self.import_button.clicked.connect(self.import_schema)
        self.export_button.clicked.connect(self.export_schema)
        self.schema_table.selectionModel().currentRowChanged.connect(self._schema_changed)
        self.theme_table.selectionModel().currentRowChanged.connect(self._theme_changed)

    def refresh(self) -> None:
        schema = self.current_schema()
        self.select_schema(schema.id if schema else None)

    def current_schema(self) -> TalkingPointSchema | None:
        return self.schemas.record_at(self.schema_table.currentIndex().row())

    def select_schema(self, schema_id: int | None) -> None:
        self.schemas.reload()
        select_row(self.schema_table, self.schemas.row_of(schema_id), or_first=True)
        self._show(self.current_schema())

    def _schema_changed(self, *_args) -> None:
        self._show(self.current_schema())

    def _show(self, schema: TalkingPointSchema | None) -> None:
        self.export_button.setEnabled(schema is not None)
        self.themes.set_schema(schema)
        self.criteria.set_schema(schema)
        self.description.setText(schema.description if schema else
                                 self.tr("No talking-point schema yet: import one."))
        select_row(self.theme_table, None, or_first=True)
        self._theme_changed()

    def _theme_changed(self, *_args) -> None:
        theme = self.themes.record_at(self.theme_table.currentIndex().row())
        self.theme_text.setHtml(self._theme_html(theme) if theme else "")

    def _theme_html(self, t: Theme) -> str:
        parts = [f"<h3>{escape(t.code)} {escape(t.title)}</h3>",
                 "<p><i>" + escape(self.tr("Responsibility: %1").replace(
                     "%1", responsibility_labels()[t.responsibility])) + "</i></p>"]
        parts += [f"<p>{escape(p)}</p>" for p in t.description.split("\n\n") if p.strip()]
        if t.elaboration:
            label = self.tr("Elaboration")
            parts.append(f"<p><b>{escape(label)}:</b> {escape(t.elaboration)}</p>")
        if t.questions:
            label = self.tr("Guiding questions")
            parts.append(f"<p><b>{escape(label)}</b></p><ul>"
                         + "".join(f"<li>{escape(q)}</li>" for q in t.questions) + "</ul>")
        return "".join(parts)

    # -- import and export ----------------------------------------------------------------

    def import_schema(self) -> None:
        path = self.prompts.open_file(self.tr("Import a talking-point schema"), SCHEMA_FILES)
        if path is None:
            return
        schema = command(self, self.prompts, self.tr("Import schema"),
                         lambda: self.services.schemas.import_file(path))
        if schema is not None:
            self.select_schema(schema.id)
            themes = self.tr("%n theme(s)", "", len(schema.themes))
            criteria = self.tr("%n criterion(s)", "", len(schema.criteria))
            self.prompts.info(self.tr("Imported: %1, with %2 and %3.")
                              .replace("%1", schema.label).replace("%2", themes)
                              .replace("%3", criteria))

    def export_schema(self) -> None:
        schema = self.current_schema()
        if schema is None:
            return
        suggested = safe_file_name(f"{schema.code}-{schema.version}") + ".toml"
        path = self.prompts.save_file(self.tr("Export talking-point schema"), SCHEMA_FILES,
                                      suggested)
        if path is None:
            return
        schema_id = id_of(schema)
        if guarded(self.prompts,
                   succeeded(lambda: self.services.schemas.export_file(schema_id, path))):
            self.prompts.info(self.tr("Saved as %1.").replace("%1", str(path)))
