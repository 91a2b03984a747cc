"""Picking talking points from the schemas: each schema with its themes, the column of the
responsibility schema each sits in, and its description and 'uitwerking' alongside."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from overleg.domain.records import id_of
from overleg.domain.schemas import TalkingPointSchema, Theme
from overleg.ui.agenda.labels import responsibility_labels
from overleg.ui.common.layout import vbox
from overleg.ui.common.whole_text_tips import show_whole_text_on_hover
from overleg.ui.common.window_title import fit_title

ThemeIdRole = Qt.ItemDataRole.UserRole + 1


class ThemePicker(QDialog):
    def __init__(self, schemas: list[TalkingPointSchema], parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add talking points from a schema"))
        fit_title(self)
        self.themes: dict[int, Theme] = {}
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Schemas and their themes"))
        self.tree.setHeaderLabels([self.tr("Talking point"), self.tr("Responsibility"),
                                   self.tr("Description")])
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        show_whole_text_on_hover(self.tree)
        columns = responsibility_labels()
        for schema in schemas:
            region = f" — {schema.region}" if schema.region else ""
            top = QTreeWidgetItem([schema.label + region])
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            self.tree.addTopLevelItem(top)
            top.setFirstColumnSpanned(True)
            for theme in schema.themes:
                self.themes[id_of(theme)] = theme
                first = theme.description.strip().splitlines()[0] if theme.description else ""
                row = QTreeWidgetItem([f"{theme.code}  {theme.title}",
                                       columns[theme.responsibility], first])
                row.setData(0, ThemeIdRole, theme.id)
                row.setToolTip(2, theme.description)
                top.addChild(row)
        self.tree.expandAll()
        self.tree.setColumnWidth(0, 430)
        self.tree.resizeColumnToContents(1)
        self.details = QTextBrowser()
        self.details.setAccessibleName(self.tr("Description of the chosen theme"))
        self.details.setPlaceholderText(self.tr("Choose a talking point to read its "
                                                "description."))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.tree)
        splitter.addWidget(self.details)
        splitter.setSizes([320, 140])
        hint = QLabel(self.tr("Each talking point comes with its description and the "
                              "schema's criteria as a checklist. Ctrl-click to pick several."))
        hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.add_button = self.buttons.addButton(self.tr("&Add to agenda"),
                                                 QDialogButtonBox.ButtonRole.AcceptRole)
        self.add_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.tree.itemSelectionChanged.connect(self._selection_changed)
        self.tree.itemDoubleClicked.connect(self._double_clicked)
        self.setLayout(vbox(hint, splitter, self.buttons))
        self.resize(980, 600)

    def chosen(self) -> list[int]:
        """The picked theme ids, in schema order."""
        picked = {i.data(0, ThemeIdRole) for i in self.tree.selectedItems()} - {None}
        return [tid for tid in self.themes if tid in picked]

    def select_codes(self, *codes: str) -> None:
        """Select themes by code (keyboard users and tests)."""
        self.tree.clearSelection()
        for n in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(n)
            for row in (top.child(c) for c in range(top.childCount())) if top else ():
                if row is not None:
                    row.setSelected(self.themes[row.data(0, ThemeIdRole)].code in codes)

    def _double_clicked(self, *_args: object) -> None:
        if self.add_button.isEnabled():
            self.accept()

    def _selection_changed(self) -> None:
        ids = self.chosen()
        self.add_button.setEnabled(bool(ids))
        if not ids:
            self.details.clear()
            return
        t = self.themes[ids[-1]]
        parts = [f"<h3>{_esc(t.code)} {_esc(t.title)}</h3>", _para(t.description)]
        if t.elaboration:
            label = self.tr("Elaboration")
            parts += [f"<p><b>{_esc(label)}:</b></p>", _para(t.elaboration)]
        if t.questions:
            parts.append("<ul>" + "".join(f"<li>{_esc(q)}</li>" for q in t.questions) + "</ul>")
        self.details.setHtml("".join(parts))


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _para(text: str) -> str:
    return "".join(f"<p>{_esc(p)}</p>" for p in text.split("\n\n") if p.strip())
