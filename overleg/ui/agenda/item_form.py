"""The fields of one agenda item. Nothing to press: a field is handed on as soon as its
edit finishes (Enter, leaving the field, a click on a box) and the editor saves it."""

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from overleg.domain.agenda import AgendaItem
from overleg.domain.enums import ItemKind
from overleg.ui.agenda.labels import kind_labels
from overleg.ui.common.spell_check import attach_spelling


class ItemForm(QWidget):
    # {field: new value} for the fields that differ from the shown item
    edited = Signal(dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item: AgendaItem | None = None
        self.title = QLineEdit()
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        attach_spelling(self.description)
        self.kind = QComboBox()
        for kind, label in kind_labels().items():
            self.kind.addItem(label, str(kind))
        self.presenter = QLineEdit()
        self.minutes = QSpinBox()
        self.minutes.setRange(0, 600)
        self.minutes.setSuffix(self.tr(" min"))
        self.confidential = QCheckBox(self.tr("Confidential (not in the public minutes)"))
        self.documents = QPlainTextEdit()
        self.documents.setTabChangesFocus(True)
        self.documents.setPlaceholderText(self.tr("One document per line, also without a file"))
        self.checklist = QLabel()
        self.checklist.setWordWrap(True)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("T&itle"), self.title)
        form.addRow(self.tr("&Kind"), self.kind)
        form.addRow(self.tr("P&resenter"), self.presenter)
        form.addRow(self.tr("Pla&nned time"), self.minutes)
        form.addRow("", self.confidential)
        form.addRow(self.tr("&Description"), self.description)
        form.addRow(self.tr("Doc&ument list"), self.documents)
        form.addRow(self.tr("Criteria"), self.checklist)
        order = (self.title, self.kind, self.presenter, self.minutes, self.confidential,
                 self.description, self.documents)
        # Tab follows the form top to bottom
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self.description.setMinimumHeight(60)
        self.documents.setMaximumHeight(56)
        for line in (self.title, self.presenter):
            line.editingFinished.connect(self.commit)
        self.minutes.editingFinished.connect(self.commit)
        self.kind.activated.connect(self.commit)
        self.confidential.clicked.connect(self.commit)
        self._leave_watch = _FocusOut(self.commit, self)
        self.description.installEventFilter(self._leave_watch)
        self.documents.installEventFilter(self._leave_watch)
        self.set_item(None, read_only=True)

    def set_item(self, item: AgendaItem | None, read_only: bool = False) -> None:
        """Show another item (or none); the shown one's pending edit is handed on first."""
        if self.item is not None and (item is None or item.id != self.item.id):
            self.commit()
        self.item = item
        # No item: the fields' defaults (a blank needs no UUID: making one imports uuid)
        blank = item or AgendaItem(meeting_id=0, title="-", uuid="")
        self.title.setText(blank.title if item else "")
        self.description.setPlainText(blank.description)
        self.kind.setCurrentIndex(max(0, self.kind.findData(str(blank.kind))))
        self.presenter.setText(blank.presenter)
        self.minutes.setValue(blank.planned_minutes if item else 0)
        self.confidential.setChecked(blank.confidential)
        self.documents.setPlainText(blank.documents)
        # Codes only: the full criteria are ticked in the minutes; the tooltip has them.
        self.checklist.setText(", ".join(c.code for c in blank.checklist)
                               or self.tr("none (a free item)"))
        self.checklist.setToolTip("\n".join(f"{c.code} {c.title}" for c in blank.checklist))
        editable = item is not None and not read_only
        for w in (self.title, self.presenter):
            w.setReadOnly(not editable)
        for t in (self.description, self.documents):
            t.setReadOnly(not editable)
        for control in (self.kind, self.minutes, self.confidential):
            control.setEnabled(editable)

    def values(self) -> dict:
        return {"title": self.title.text(), "description": self.description.toPlainText(),
                "kind": ItemKind(self.kind.currentData()), "presenter": self.presenter.text(),
                "planned_minutes": self.minutes.value(),
                "confidential": self.confidential.isChecked(),
                "documents": self.documents.toPlainText()}

    def changes(self) -> dict:
        if self.item is None or self.title.isReadOnly():
            return {}
        return {k: v for k, v in self.values().items() if getattr(self.item, k) != v}

    def commit(self) -> None:
        changes = self.changes()
        if changes:
            self.edited.emit(changes)


class _FocusOut(QObject):
    """Calls back when a multi-line field loses focus (its 'edit finished')."""

    def __init__(self, callback, parent: QObject) -> None:
        super().__init__(parent)
        self.callback = callback

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt naming)
        if event.type() == QEvent.Type.FocusOut:
            self.callback()
        return False
