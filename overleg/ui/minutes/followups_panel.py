"""Follow-ups agreed under the current item, entered in place: what, who (a person or an
organisation) and by when (a date, or a later meeting of any body)."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from overleg.domain.dutch_dates import medium_date
from overleg.domain.followups import FollowUp
from overleg.ui.common.layout import SPACING, hbox, vbox
from overleg.ui.minutes.followup_model import FollowUpModel
from overleg.ui.minutes.labels import meeting_label
from overleg.ui.minutes.minutes_session import MinutesSession
from overleg.ui.minutes.table_fit import compact_table
from overleg.ui.minutes.target_picker import OwnerPicker, TargetPicker


class FollowUpsPanel(QWidget):
    def __init__(self, session: MinutesSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.services = session.services
        self.item_id: int | None = None
        self.heading = QLabel(self.tr("<b>Follow-ups</b>"))
        self.empty = QLabel(self.tr("No follow-ups under this item yet."))
        self.empty.setEnabled(False)  # drawn muted
        self.model = FollowUpModel(self)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Follow-ups of this item"))
        self.table.setModel(self.model)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        compact_table(self.table, stretch_column=0, empty=self.empty)
        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("What is to be done"))
        self.owner = OwnerPicker()
        self.target = TargetPicker()
        self.add_button = QPushButton(self.tr("Add follo&w-up"))
        self.edit_button = QPushButton(self.tr("Edit follow-&up"))
        self.cancel_button = QPushButton(self.tr("Cancel editing"))
        self.delete_button = QPushButton(self.tr("Delete follow-up"))
        self.add_button.clicked.connect(self.add)
        self.text.returnPressed.connect(self.add)
        self.edit_button.clicked.connect(self.edit_current)
        self.table.doubleClicked.connect(lambda _index: self.edit_current())
        self.cancel_button.clicked.connect(self.stop_editing)
        self.delete_button.clicked.connect(self.delete_current)
        self.editing: FollowUp | None = None  # the follow-up loaded into the form
        self.form = QFormLayout()
        self.form.setSpacing(SPACING)
        self.form.addRow(self.tr("Follow-up:"), self.text)
        self.form.addRow(self.tr("Owner:"), self.owner)
        self.form.addRow(self.tr("Term:"), self.target)
        buttons = hbox(self.add_button, self.cancel_button, self.edit_button,
                       self.delete_button)
        buttons.addStretch(1)
        self.editor = QWidget()
        self.editor.setLayout(vbox(self.form, buttons, margins=0))
        self.setLayout(vbox(self.heading, self.empty, self.table, self.editor, margins=0))
        self._loaded_meeting: int | None = None

    def load(self, item_id: int) -> None:
        self.item_id = item_id
        mid = self.session.meeting_id
        if mid is None:
            self.model.load([])
            return
        if self._loaded_meeting != mid:  # pickers depend on the meeting, not on the item
            self.reload_pickers()
        rows = [f for f in self.services.minutes.followups_of(mid) if f.item_id == item_id]
        self.model.load([(f, self._target_text(f)) for f in rows])
        self.stop_editing()
        self.edit_button.setEnabled(bool(rows))
        self.delete_button.setEnabled(bool(rows))

    def invalidate_pickers(self) -> None:
        """Owners and targets are read again at the next load (attendance changed...)."""
        self._loaded_meeting = None

    def reload_pickers(self) -> None:
        mid = self.session.meeting_id
        if mid is None:
            return
        self._loaded_meeting = mid
        self.owner.load(self.services, mid)
        self.target.load(*self.services.minutes.possible_targets(mid))

    def set_read_only(self, read_only: bool) -> None:
        self.editor.setEnabled(not read_only)
        self.editor.setVisible(not read_only)

    def add(self) -> None:
        text = self.text.text().strip()
        if not text or self.item_id is None:
            return
        person, organisation = self.owner.owner()
        target = self.target.target()
        if self.editing is not None:
            done = self.session.edit_followup(self.item_id, self.editing, text, person,
                                              organisation, target)
        else:
            done = self.session.add_followup(
                self.item_id, text, owner_person_id=person, owner_organisation_id=organisation,
                target=target) is not None
        if done:
            self.text.clear()
            self.text.setFocus(Qt.FocusReason.OtherFocusReason)
            self.load(self.item_id)

    def edit_current(self) -> None:
        """Load the selected follow-up into the form; the add button then saves it."""
        f = self.model.followup(self.table.currentIndex().row())
        if f is None or not self.editor.isEnabled():
            return
        self.editing = f
        self.text.setText(f.text)
        self.owner.select_owner(f.owner_person_id, f.owner_organisation_id)
        self.target.choose(f.target, self._target_text(f))
        self.add_button.setText(self.tr("&Save follow-up"))
        self.cancel_button.show()
        self.text.setFocus(Qt.FocusReason.OtherFocusReason)

    def stop_editing(self) -> None:
        if self.editing is not None:
            self.text.clear()
        self.editing = None
        self.add_button.setText(self.tr("Add follo&w-up"))
        self.cancel_button.hide()

    def delete_current(self) -> None:
        f = self.model.followup(self.table.currentIndex().row())
        if f is None or self.item_id is None:
            return
        if not self.session.prompts.confirm(
                self.tr("Delete the follow-up '%1'?").replace("%1", f.text)):
            return
        if self.session.delete_followup(self.item_id, f):
            self.load(self.item_id)

    def _target_text(self, f: FollowUp) -> str:
        t = f.target
        if t.meeting_id is not None:
            return meeting_label(self.services.meetings.listing(t.meeting_id))
        if t.due_date is not None:
            return self.tr("by %1").replace("%1", medium_date(t.due_date))
        return ""


