"""The bodies: a list on the left; the chosen body's details, members and standard agenda
on the right. Adding, editing and deleting a body start here."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from overleg.domain.bodies import STANDARD_AGENDA, Body
from overleg.domain.records import id_of
from overleg.services.container import Services
from overleg.ui.bodies.body_dialog import BodyDialog, BodyFields
from overleg.ui.bodies.body_models import NAME, BodyTableModel
from overleg.ui.bodies.labels import body_kind_labels, item_kind_labels
from overleg.ui.bodies.members_panel import MembersPanel
from overleg.ui.bodies.table_view import on_key, record_table
from overleg.ui.common.command_bus import command
from overleg.ui.common.guard import succeeded
from overleg.ui.common.layout import hbox, vbox
from overleg.ui.common.selection import select_row
from overleg.ui.prompts import Prompts


class BodyPage(QWidget):
    bodies_changed = Signal()  # other screens list the bodies too

    def __init__(self, services: Services, prompts: Prompts, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.services, self.prompts = services, prompts
        self.dialog: BodyDialog | None = None
        self.model = BodyTableModel(services, self)
        self.table = record_table(self.model, NAME)
        self.table.setAccessibleName(self.tr("Consultation bodies"))
        self.new_button = QPushButton(self.tr("&New body…"))
        self.edit_button = QPushButton(self.tr("Ed&it…"))
        self.delete_button = QPushButton(self.tr("&Delete…"))
        self.empty_hint = QLabel(self.tr("No consultation body yet. Add one with New body to "
                                         "plan its meetings; its people can be added under "
                                         "People and organisations, or while adding "
                                         "members."))
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.empty_hint.setMargin(12)
        buttons = hbox(self.new_button, self.edit_button, self.delete_button)
        buttons.addStretch(1)
        left = QWidget()
        left.setLayout(vbox(buttons, self.table, margins=0))

        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.members = MembersPanel(services, prompts)
        members_box = QGroupBox(self.tr("Members"))
        members_box.setLayout(vbox(self.members))
        self.standard_agenda = QLabel(self._standard_agenda_text())
        self.standard_agenda.setWordWrap(True)
        agenda_box = QGroupBox(self.tr("Standard agenda (every new meeting starts with it)"))
        agenda_box.setLayout(vbox(self.standard_agenda))
        self.detail = QWidget()
        self.detail.setLayout(vbox(self.heading, self.facts, members_box, agenda_box,
                                   margins=0))
        # a stack, not hide/show: a splitter pane that was hidden comes back 0 px wide
        right = QStackedWidget()
        right.addWidget(self.empty_hint)
        right.addWidget(self.detail)
        self.right = right

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([420, 600])
        self.setLayout(vbox(splitter, margins=0))
        self.new_button.clicked.connect(self.new_body)
        self.edit_button.clicked.connect(self.edit_body)
        self.delete_button.clicked.connect(self.delete_body)
        self.table.doubleClicked.connect(self.edit_body)
        on_key(self.table, Qt.Key.Key_Return, self.edit_body)
        on_key(self.table, Qt.Key.Key_Delete, self.delete_body)
        self.table.selectionModel().currentRowChanged.connect(self._show_current)
        self.members.changed.connect(self._members_changed)

    # -- list -------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.select_body(self.current_body_id())

    def current_body(self) -> Body | None:
        return self.model.record_at(self.table.currentIndex().row())

    def current_body_id(self) -> int | None:
        body = self.current_body()
        return body.id if body else None

    def select_body(self, body_id: int | None) -> None:
        """Reload and show `body_id`, or the first body when it is gone."""
        self.model.reload()
        select_row(self.table, self.model.row_of(body_id), or_first=True)
        self._show(self.current_body())

    def _show_current(self, current, _previous) -> None:
        self._show(self.model.record_at(current.row()))

    def _show(self, body: Body | None) -> None:
        self.edit_button.setEnabled(body is not None)
        self.delete_button.setEnabled(body is not None)
        self.right.setCurrentWidget(self.detail if body is not None else self.empty_hint)
        self.members.set_body(body.id if body else None)
        if body is None:
            return
        self.heading.setText(body.name)
        lines = [self.tr("%1 · code %2 (decision numbers begin with it)")
                 .replace("%1", body_kind_labels()[body.kind]).replace("%2", body.code)]
        if body.template_path:
            lines.append(self.tr("Word template: %1").replace("%1", body.template_path))
        else:
            lines.append(self.tr("Word template: the standard house style"))
        if body.description:
            lines.append(body.description)
        self.facts.setText("\n".join(lines))

    def _members_changed(self) -> None:
        self.model.reload()  # the member count in the list

    def _standard_agenda_text(self) -> str:
        """Read-only: the standard agenda is fixed in the domain for every body."""
        kinds = item_kind_labels()
        lines = []
        for n, entry in enumerate(STANDARD_AGENDA, start=1):
            minutes = (self.tr("%1 min.").replace("%1", str(entry.minutes))
                       if entry.minutes else "")
            extra = ", ".join(x for x in (kinds[entry.kind], minutes) if x)
            lines.append(f"{n}. {entry.title} ({extra})")
        lines.append(self.tr("The items of the meeting itself come between %1 and %2.")
                     .replace("%1", str(sum(not e.at_end for e in STANDARD_AGENDA)))
                     .replace("%2", str(sum(not e.at_end for e in STANDARD_AGENDA) + 1)))
        return "\n".join(lines)

    # -- add, edit, delete --------------------------------------------------------------

    def new_body(self) -> None:
        self.dialog = BodyDialog(self.prompts, self._add, self)
        self.dialog.open()

    def _add(self, f: BodyFields) -> bool:
        body = command(self, self.prompts, self.tr("Add body"),
                       lambda: self.services.bodies.add_body(Body(
            f.name, f.code, f.kind, f.description, f.template_path)))
        if body is None:
            return False
        self.select_body(body.id)
        self.bodies_changed.emit()
        return True

    def edit_body(self, *_args) -> None:
        body = self.current_body()
        if body is None:
            return
        self.dialog = BodyDialog(self.prompts, lambda f: self._save(body, f), self, body=body)
        self.dialog.open()

    def _save(self, old: Body, f: BodyFields) -> bool:
        def save() -> bool:
            self.services.bodies.update_body(Body(
                f.name, f.code, f.kind, f.description, f.template_path, id=old.id,
                uuid=old.uuid))
            return True
        if not command(self, self.prompts, self.tr("Edit body"), save):
            return False
        self.select_body(old.id)
        self.bodies_changed.emit()
        return True

    def delete_body(self) -> None:
        body = self.current_body()
        if body is None:
            return
        if not self.prompts.confirm(self.tr("Delete '%1'? Its memberships go with it; the "
                                            "people stay.").replace("%1", body.name)):
            return
        body_id = id_of(body)
        if command(self, self.prompts, self.tr("Delete body"),
                   succeeded(lambda: self.services.bodies.delete_body(body_id))):
            self.select_body(None)
            self.bodies_changed.emit()

