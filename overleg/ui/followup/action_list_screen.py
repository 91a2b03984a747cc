"""Actielijst: the follow-ups of all bodies, filtered, with done / cancel / reopen."""

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from overleg.domain.changes import ChangeSet
from overleg.domain.dutch_dates import short_date
from overleg.domain.enums import FollowUpStatus
from overleg.services.container import Services
from overleg.ui.audit.audit_dialog import AuditDialog
from overleg.ui.common import minutes_places as places
from overleg.ui.common.column_fit import fit_columns, fix_columns
from overleg.ui.common.command_bus import CommandBus, command
from overleg.ui.common.date_edit import DateEdit
from overleg.ui.common.layout import hbox, vbox
from overleg.ui.common.progress import save_in_background
from overleg.ui.common.qt_dates import from_qdate
from overleg.ui.common.save_and_open import Opener, open_with_system
from overleg.ui.common.selection import select_index
from overleg.ui.followup.action_model import ID_ROLE, ActionTableModel
from overleg.ui.followup.choice_box import ChoiceBox
from overleg.ui.followup.export_button import ExportButton
from overleg.ui.followup.reminder_button import OwnerKey, ReminderButton
from overleg.ui.imports.import_dialog import ImportDialog
from overleg.ui.prompts import Prompts
from overleg.ui.screen import Screen

FITTED = (1, 4)  # owner and status: as wide as their texts in view


def to_qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


class ActionListScreen(Screen):
    shows = frozenset({"followups", "meetings", "people", "organisations"})

    def __init__(self, services: Services, prompts: Prompts, parent: QWidget | None = None,
                 bus: CommandBus | None = None) -> None:
        super().__init__(services, prompts, parent, bus)
        self.opener: Opener = open_with_system
        self.model = ActionTableModel(services.followups, self)
        self._build_filters()
        self._build_table()
        # The selected follow-up in full: its row shows one line of each column.
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.count_label = QLabel()
        self.done_button = QPushButton(self.tr("Mark &done…"))
        self.cancel_button = QPushButton(self.tr("&Cancel follow-up…"))
        self.reopen_button = QPushButton(self.tr("&Reopen"))
        self.meeting_button = QPushButton(self.tr("Open &meeting"))
        self.done_button.clicked.connect(self.mark_done)
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.reopen_button.clicked.connect(self.reopen_selected)
        self.meeting_button.clicked.connect(self.open_meeting)
        self.export_button = ExportButton(self.tr("E&xport"), [
            (self.tr("As Word document…"), self.export_word),
            (self.tr("As Excel workbook…"), self.export_excel)], self)
        self.reminder_button = ReminderButton(
            services, prompts, self.reminder_owner, lambda: from_qdate(self.as_of_edit.date()),
            lambda: self.opener, self)
        self.history_button = QPushButton(self.tr("Hi&story…"))
        self.history_button.setToolTip(self.tr("Every recorded change of this follow-up"))
        self.history_button.clicked.connect(self.show_history)
        self.import_button = QPushButton(self.tr("&Import…"))
        self.import_button.setToolTip(self.tr("Read an existing action list from Excel or CSV"))
        self.import_button.clicked.connect(self.import_actions)
        buttons = hbox(self.count_label)
        buttons.addStretch(1)
        for b in (self.done_button, self.cancel_button, self.reopen_button,
                  self.meeting_button, self.history_button, self.reminder_button,
                  self.export_button, self.import_button):
            buttons.addWidget(b)
        self.setLayout(vbox(self.filters, self.table, self.detail, buttons))
        self.model.modelReset.connect(self._update_count)
        self.model.rowsInserted.connect(self._update_count)  # a page may leave one out
        self.model.totalChanged.connect(self._update_count)
        self.model.modelReset.connect(self._update_buttons)
        self._update_buttons()

    # -- building -------------------------------------------------------------------------

    def _build_filters(self) -> None:
        s = self.services
        self.text_filter = QLineEdit()
        self.text_filter.setAccessibleName(self.tr("Filter follow-ups by text"))
        self.text_filter.setPlaceholderText(self.tr("Filter on text or owner…"))
        self.text_filter.setClearButtonEnabled(True)
        self.text_filter.textChanged.connect(self._filter_text)
        # Owners are people or organisations: 'person:12', 'organisation:3'.
        self.owner_box = ChoiceBox(self.tr("All owners"), lambda: [
            *((p.name, f"person:{p.id}") for p in s.bodies.all_people()),
            *((o.name, f"organisation:{o.id}") for o in s.bodies.organisations())])
        self.body_box = ChoiceBox(self.tr("All bodies"),
                                  lambda: [(b.name, b.id) for b in s.bodies.all()])
        self.target_box = ChoiceBox(self.tr("Any meeting"), lambda: [
            (x.label, x.meeting.id) for x in s.meetings.listings(descending=True)])
        self.status_box = ChoiceBox(self.tr("Any status"), lambda: [
            (self.tr("Open"), FollowUpStatus.OPEN), (self.tr("Done"), FollowUpStatus.DONE),
            (self.tr("Cancelled"), FollowUpStatus.CANCELLED)])
        self.status_box.select(FollowUpStatus.OPEN)
        self.overdue_check = QCheckBox(self.tr("Overdue &only"))
        self.as_of_edit = DateEdit(to_qdate(s.ctx.today()))
        self.as_of_edit.setCalendarPopup(True)
        self.as_of_edit.setDisplayFormat("dd-MM-yyyy")
        self.as_of_edit.setToolTip(self.tr("Follow-ups whose due date lies before this day "
                                           "are overdue"))
        for box in (self.owner_box, self.body_box, self.target_box, self.status_box):
            box.currentIndexChanged.connect(self.apply_filters)
        self.overdue_check.toggled.connect(self.apply_filters)
        self.as_of_edit.dateChanged.connect(self.apply_filters)

        self.filters = QWidget()
        grid = QGridLayout(self.filters)
        grid.setContentsMargins(0, 0, 0, 0)
        as_of_label = QLabel(self.tr("Overdue &as of"))
        as_of_label.setBuddy(self.as_of_edit)
        grid.addWidget(self.text_filter, 0, 0, 1, 2)
        grid.addWidget(self.status_box, 0, 2)
        grid.addWidget(self.overdue_check, 0, 3)
        grid.addWidget(as_of_label, 0, 4, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.as_of_edit, 0, 5)
        grid.addWidget(self.owner_box, 1, 0)
        grid.addWidget(self.body_box, 1, 1)
        grid.addWidget(self.target_box, 1, 2, 1, 4)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(2, 1)

    def _build_table(self) -> None:
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Follow-ups"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        # The follow-up's text takes the rest; sizing every column to contents would
        # read every row, and the status must stay in view on a laptop screen.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in ((0, 135), (3, 200)):
            header.resizeSection(column, width)
        header.resizeSection(5, header.sectionSizeHint(5))  # its title; dates, short results
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        # owner and status as wide as the names and words in 50 rows, no room wasted;
        # fitted as rows change (while typing only wider: a keystroke paints once)
        fix_columns(self.table, FITTED)
        self._typing = False
        for signal in (self.model.modelReset, self.model.rowsInserted,
                       self.model.dataChanged):
            signal.connect(self._fit_columns)
        self.table.activated.connect(self.open_meeting)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

    # -- filters --------------------------------------------------------------------------

    def _filter_text(self, text: str) -> None:
        self._typing = True
        try:
            self.model.set_text(text)
        finally:
            self._typing = False

    def _fit_columns(self) -> None:
        fit_columns(self.table, FITTED, self.model.cells, shrink=not self._typing)

    def apply_filters(self) -> None:
        kind, _, owner_id = str(self.owner_box.value() or "").partition(":")
        owner = (kind, int(owner_id)) if owner_id else None
        self.model.set_filter(self.services.followups.filter(
            status=self.status_box.value(), overdue_only=self.overdue_check.isChecked(),
            body_id=self.body_box.value(),
            owner_person_id=owner[1] if owner and owner[0] == "person" else None,
            owner_organisation_id=owner[1] if owner and owner[0] == "organisation" else None,
            target_meeting_id=self.target_box.value(),
            as_of=from_qdate(self.as_of_edit.date())))

    def refresh(self) -> None:
        for box in (self.owner_box, self.body_box, self.target_box):
            box.forget()
        selected = self.selected_id()
        self.apply_filters()
        if selected is not None:
            self.select(selected)

    def changes_made(self, changes: ChangeSet) -> None:
        """Follow-ups already in the list are updated in place (one marked done stays in
        view until the list is filtered again); anything else reloads the list."""
        if not self.isVisible() or not changes.touches(*self.shows):
            return
        ids = changes.ids("followups")
        if changes.tables <= {"followups"} and all(
                self.model.row_of(i) is not None for i in ids):
            for followup_id in ids:
                self._changed(followup_id)
        else:
            self.refresh()

    def show_record(self, kind: str, record_id: int) -> bool:
        if kind != "followup":
            return False
        if self.model.row_of(record_id) is None:  # filtered out: show every follow-up
            for box in (self.owner_box, self.body_box, self.target_box, self.status_box):
                box.blockSignals(True)
                box.select(None)
                box.blockSignals(False)
            self.overdue_check.setChecked(False)
            self.text_filter.clear()
            self.apply_filters()
        return self.select(record_id)

    def select(self, followup_id: int) -> bool:
        row = self.model.row_of(followup_id)
        if row is None:
            return False
        select_index(self.table, self.model.index(row, 0))
        return True

    def _update_count(self) -> None:
        n = self.model.total()
        self.count_label.setText(self.tr("Follow-ups: %1").replace("%1", str(n)))

    # -- actions on the selected follow-up ------------------------------------------------

    def selected_id(self) -> int | None:
        index = self.table.selectionModel().currentIndex()
        rows = self.table.selectionModel().selectedRows()
        if not rows or not index.isValid():
            return None
        return self.model.data(index, ID_ROLE)

    def _selected_listing(self):
        rows = self.table.selectionModel().selectedRows()
        return self.model.listing(rows[0].row()) if rows else None

    def reminder_owner(self) -> OwnerKey | None:
        """The owner the filter shows, else the selected follow-up's owner."""
        kind, _, owner_id = str(self.owner_box.value() or "").partition(":")
        if owner_id:
            return kind, int(owner_id)
        x = self._selected_listing()
        if x is None:
            return None
        f = x.followup
        if f.owner_person_id is not None:
            return "person", f.owner_person_id
        if f.owner_organisation_id is not None:
            return "organisation", f.owner_organisation_id
        return None

    def _update_buttons(self) -> None:
        x = self._selected_listing()
        is_open = x is not None and x.followup.is_open
        self.done_button.setEnabled(is_open)
        self.cancel_button.setEnabled(is_open)
        self.reopen_button.setEnabled(x is not None and not x.followup.is_open)
        self.meeting_button.setEnabled(x is not None and x.followup.meeting_id is not None)
        self.history_button.setEnabled(x is not None)
        self.detail.setText(self._describe(x) if x is not None else "")

    def _describe(self, x) -> str:
        f = x.followup
        lines = [f"{f.owner_label}: {f.text}" if f.owner_label else f.text]
        if x.origin_day is not None:
            lines.append(self.tr("Agreed in %1 on %2").replace("%1", x.body_name)
                         .replace("%2", short_date(x.origin_day)))
        if f.result:
            lines.append(self.tr("Result: %1").replace("%1", f.result))
        return "\n".join(lines)

    def mark_done(self) -> None:
        x = self._selected_listing()
        if x is None or not x.followup.is_open:
            return
        result = self.prompts.ask_text(
            self.tr("Mark done"), self.tr("What came of this follow-up?\n%1").replace(
                "%1", x.followup.text), multiline=True)
        if result is not None and command(
                self, self.prompts, self.tr("Mark done"),
                lambda: self.services.followups.mark_done(x.followup.id, result)) is not None:
            self._changed(x.followup.id)

    def cancel_selected(self) -> None:
        x = self._selected_listing()
        if x is None or not x.followup.is_open:
            return
        reason = self.prompts.ask_text(
            self.tr("Cancel follow-up"), self.tr("Why is this follow-up no longer needed?\n%1")
            .replace("%1", x.followup.text))
        if reason is not None and command(
                self, self.prompts, self.tr("Cancel follow-up"),
                lambda: self.services.followups.cancel(x.followup.id, reason)) is not None:
            self._changed(x.followup.id)

    def reopen_selected(self) -> None:
        x = self._selected_listing()
        if x is not None and command(
                self, self.prompts, self.tr("Reopen follow-up"),
                lambda: self.services.followups.reopen(x.followup.id)) is not None:
            self._changed(x.followup.id)

    def _changed(self, followup_id: int) -> None:
        self.model.update_row(followup_id)
        self._update_buttons()

    def open_meeting(self) -> None:
        x = self._selected_listing()
        if x is not None and x.followup.item_id is not None:  # at its item in the minutes
            self.navigate.emit(places.FOLLOWUPS, x.followup.item_id)
        elif x is not None and x.followup.meeting_id is not None:
            self.navigate.emit("meeting", x.followup.meeting_id)

    def show_history(self) -> AuditDialog | None:
        followup_id = self.selected_id()
        if followup_id is None:
            return None
        dialog = AuditDialog(self.services, self.prompts, "followup", followup_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # -- exports and import -----------------------------------------------------------

    def current_filter(self):
        """What the list shows now, text filter included (for exports)."""
        return replace(self.model.filter, text=self.text_filter.text().strip())

    def export_word(self):
        flt = self.current_filter()
        return save_in_background(
            self, self.prompts, self.tr("Save action list"), self.tr("Word document (*.docx)"),
            f"Actielijst {flt.as_of.isoformat()}.docx",
            lambda p, _progress, cancel: self.services.documents.actions(
                p, body_id=flt.body_id, as_of=flt.as_of,
                public=self.export_button.is_public, cancel=cancel), self.opener)

    def export_excel(self):
        flt = self.current_filter()
        return save_in_background(
            self, self.prompts, self.tr("Save action list"), self.tr("Excel workbook (*.xlsx)"),
            f"Actielijst {flt.as_of.isoformat()}.xlsx",
            lambda p, progress, cancel: self.services.spreadsheets.export_actions(
                p, flt, public=self.export_button.is_public, progress=progress,
                cancel=cancel), self.opener)

    def import_actions(self) -> ImportDialog | None:
        """Opens the import dialog (modal, not blocking); the list reloads when it closes."""
        dialog = ImportDialog.ask(self.services, self.prompts, self)
        if dialog is not None:
            dialog.finished.connect(lambda _result: self.refresh())
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()
        return dialog
