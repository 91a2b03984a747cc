"""Adding or editing a body: name, code, kind, description and its own Word template.
The dialog closes only when the services accepted the body, so a refusal keeps what was
typed."""

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from overleg.domain.bodies import Body
from overleg.domain.enums import BodyKind
from overleg.ui.bodies.labels import body_kind_labels
from overleg.ui.common.layout import hbox
from overleg.ui.common.window_title import fit_title
from overleg.ui.prompts import Prompts


@dataclass(frozen=True)
class BodyFields:
    """What the body dialog returns."""
    name: str
    code: str
    kind: BodyKind
    description: str
    template_path: str


class BodyDialog(QDialog):
    def __init__(self, prompts: Prompts, submit: Callable[[BodyFields], bool],
                 parent: QWidget | None = None, body: Body | None = None) -> None:
        super().__init__(parent)
        self.prompts, self.submit = prompts, submit
        self.setWindowTitle(self.tr("Edit consultation body") if body else
                            self.tr("New consultation body"))
        fit_title(self)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Stuurgroep Talentontwikkeling"))
        self.code = QLineEdit()
        self.code.setMaxLength(20)
        self.code.setPlaceholderText(self.tr("e.g. STT"))
        self.code.setToolTip(self.tr("Short and unique; it begins every decision number "
                                     "of this body"))
        self.kind = QComboBox()
        for kind, label in body_kind_labels().items():
            self.kind.addItem(label, str(kind))
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(self.fontMetrics().height() * 5)
        self.template = QLineEdit()
        self.template.setAccessibleName(self.tr("Word template"))
        self.template.setReadOnly(True)
        self.template.setPlaceholderText(self.tr("the standard house style"))
        self.choose_template = QPushButton(self.tr("C&hoose…"))
        self.clear_template = QPushButton(self.tr("S&tandard"))
        self.clear_template.setToolTip(self.tr("Use the standard house style"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Save") if body else self.tr("&Add"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        form = QFormLayout(self)
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Code"), self.code)
        form.addRow(self.tr("&Kind"), self.kind)
        form.addRow(self.tr("&Description"), self.description)
        # a row holding a layout gets no buddy by itself: give the label one for Alt+W
        template_label = QLabel(self.tr("&Word template"))
        template_label.setBuddy(self.choose_template)
        form.addRow(template_label, hbox(self.template, self.choose_template,
                                         self.clear_template))
        form.addRow(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.choose_template.clicked.connect(self._choose_template)
        self.clear_template.clicked.connect(self.template.clear)
        if body is not None:
            self.name.setText(body.name)
            self.code.setText(body.code)
            self.kind.setCurrentIndex(self.kind.findData(str(body.kind)))
            self.description.setPlainText(body.description)
            self.template.setText(body.template_path)
        else:
            self.kind.setCurrentIndex(self.kind.findData(str(BodyKind.STEERING_COMMITTEE)))
        self.resize(560, self.sizeHint().height())

    def _choose_template(self) -> None:
        path = self.prompts.open_file(self.tr("Word template for this body"),
                                      self.tr("Word templates (*.docx *.dotx)"))
        if path is not None:
            self.template.setText(str(path))

    def fields(self) -> BodyFields:
        return BodyFields(name=self.name.text(), code=self.code.text(),
                          kind=BodyKind(self.kind.currentData()),
                          description=self.description.toPlainText(),
                          template_path=self.template.text())

    def accept(self) -> None:
        if self.submit(self.fields()):
            super().accept()
