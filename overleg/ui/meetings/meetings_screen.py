"""The meetings of all bodies, filtered by body and period, with the chosen meeting's
agenda and minutes below. Planning, moving and cancelling start here."""

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QPushButton,
    QSplitter,
    QTableView,
    QToolButton,
    QWidget,
)

from overleg.domain.changes import ChangeSet
from overleg.domain.enums import MeetingStatus
from overleg.domain.errors import NotFoundError
from overleg.domain.records import id_of
from overleg.services.container import Services
from overleg.ui.common.column_fit import fit_columns
from overleg.ui.common.command_bus import CommandBus, command
from overleg.ui.common.layout import hbox, vbox
from overleg.ui.common.minutes_places import MINUTES_KINDS
from overleg.ui.common.selection import select_index
from overleg.ui.common.whole_text_tips import show_whole_text_on_hover
from overleg.ui.meetings.export_menu import MeetingExportMenu
from overleg.ui.meetings.labels import status_labels
from overleg.ui.meetings.meeting_detail import MeetingDetail
from overleg.ui.meetings.meeting_table_model import (
    BODY,
    DATE,
    LOCATION,
    STATUS,
    TIME,
    TITLE,
    MeetingTableModel,
    Period,
)
from overleg.ui.prompts import Prompts
from overleg.ui.screen import Screen

if TYPE_CHECKING:  # the dialogs are imported when first opened, not at start-up
    from overleg.ui.meetings.move_meeting_dialog import MoveMeetingDialog
    from overleg.ui.meetings.plan_meeting_dialog import PlanMeetingDialog, PlanRequest

FIT_ROWS = 40  # rows from the top of the view that the fitted columns are measured on


class MeetingsScreen(Screen):
    shows = frozenset({"meetings", "attendance", "bodies"})

    def __init__(self, services: Services, prompts: Prompts, parent: QWidget | None = None,
                 bus: CommandBus | None = None) -> None:
        super().__init__(services, prompts, parent, bus)
        self.dialog: PlanMeetingDialog | MoveMeetingDialog | None = None
        self.model = MeetingTableModel(services, self)
        self.body_filter = QComboBox()
        self.period_filter = QComboBox()
        for period, label in ((Period.ALL, self.tr("All meetings")),
                              (Period.UPCOMING, self.tr("Upcoming (soonest first)")),
                              (Period.PAST, self.tr("Past (newest first)"))):
            self.period_filter.addItem(label, period)
        self.plan_button = QPushButton(self.tr("&Plan meeting…"))
        self.move_button = QPushButton(self.tr("M&ove…"))
        self.cancel_button = QPushButton(self.tr("&Cancel meeting…"))
        self.export_menu = MeetingExportMenu(services, prompts, self.current_meeting_id, self)
        self.export_button = QToolButton()
        self.export_button.setText(self.tr("E&xport"))
        self.export_button.setMenu(self.export_menu)
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Meetings"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        show_whole_text_on_hover(self.table)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        # Fitted to 40 rows from the top of the view, not to every meeting of ten years,
        # on a reset, a change and a scroll: Qt's ResizeToContents mode would also
        # measure every cell in every role on each layout pass (a dozen as the window
        # first shows), and sizeHintForColumn lays out each cell it measures; column_fit
        # measures the texts and asks one size hint per column. The status column is as
        # wide as its longest word, whichever rows are in view.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(STATUS, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(STATUS, 24 + max(
            self.fontMetrics().horizontalAdvance(w) for w in status_labels().values()))
        header.setSectionResizeMode(BODY, QHeaderView.ResizeMode.Stretch)
        for signal in (self.model.modelReset, self.model.dataChanged,
                       self.table.verticalScrollBar().valueChanged):
            signal.connect(self._fit_columns)
        self.detail = MeetingDetail(services, prompts, bus=self.bus)
        bar = hbox(self.body_filter, self.period_filter)
        bar.addStretch(1)
        for b in (self.plan_button, self.move_button, self.cancel_button, self.export_button):
            bar.addWidget(b)
        top = QWidget()
        top.setLayout(vbox(bar, self.table, margins=0))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([190, 590])
        self.setLayout(vbox(splitter))
        self.body_filter.activated.connect(self._filter_changed)
        self.period_filter.activated.connect(self._filter_changed)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        plan = QAction(self.tr("Plan meeting"), self)
        plan.setShortcut(QKeySequence("Ctrl+Shift+N"))
        plan.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        plan.triggered.connect(self.plan_meeting)
        self.addAction(plan)
        self.plan_button.setToolTip(self.tr("Plan a meeting (Ctrl+Shift+N)"))
        self.plan_button.clicked.connect(self.plan_meeting)
        self.move_button.clicked.connect(self.move_meeting)
        self.cancel_button.clicked.connect(self.cancel_meeting)

    # -- list -----------------------------------------------------------------------------

    def _fill_bodies(self) -> None:
        """Bodies can be added or renamed on another screen: refill, keeping the choice."""
        chosen = self.body_filter.currentData()
        self.body_filter.clear()
        self.body_filter.addItem(self.tr("All bodies"), None)
        for body in self.services.bodies.all():
            self.body_filter.addItem(body.name, body.id)
        self.body_filter.setCurrentIndex(max(0, self.body_filter.findData(chosen)))

    def _fit_columns(self, *_args) -> None:
        fit_columns(self.table, (DATE, TIME, TITLE, LOCATION), self.model.cells, rows=FIT_ROWS)

    def refresh(self) -> None:
        self._fill_bodies()
        keep = self.current_meeting_id()
        self.model.set_filter(self.body_filter.currentData(), self.period_filter.currentData())
        self.select_meeting(keep)
        if keep is not None and keep == self.detail.meeting_id:
            self.detail.refresh()

    def set_filter(self, body_id: int | None, period: Period) -> None:
        self.body_filter.setCurrentIndex(max(0, self.body_filter.findData(body_id)))
        self.period_filter.setCurrentIndex(self.period_filter.findData(period))
        self._filter_changed()

    def _filter_changed(self, *_args) -> None:
        keep = self.current_meeting_id()
        self.model.set_filter(self.body_filter.currentData(), self.period_filter.currentData())
        self.select_meeting(keep)

    def current_meeting_id(self) -> int | None:
        return self.model.meeting_id_at(self.table.currentIndex().row())

    def select_meeting(self, meeting_id: int | None) -> bool:
        row = self.model.row_of(meeting_id) if meeting_id is not None else None
        if row is None:
            row = 0 if self.model.rowCount() else None
        if row is None:
            self.detail.set_meeting(None)
            self._update_buttons()
            return False
        before = self.table.currentIndex().row()
        select_index(self.table, self.model.index(row, 0))
        shown = self.model.ids[row]
        if self.table.currentIndex().row() == before:  # else _current_changed showed it
            self._show(shown)
        return shown == meeting_id

    def _current_changed(self, current, _previous) -> None:
        meeting_id = self.model.meeting_id_at(current.row())
        if meeting_id is not None:
            self._show(meeting_id)

    def _show(self, meeting_id: int) -> None:
        if self.detail.meeting_id != meeting_id:
            self.detail.set_meeting(meeting_id)
        self._update_buttons()

    def changes_made(self, changes: ChangeSet) -> None:
        """A meeting's status, time or attendance changed (here, in the minutes, by an
        undo): its row and the header follow. Notes and items do not touch the list."""
        if self.isVisible() and changes.touches(*self.shows):
            self._detail_changed()
            self.detail.refresh_header()

    def _detail_changed(self) -> None:
        keep = self.current_meeting_id()
        self.model.reload()  # a status may have changed (adoption of earlier minutes)
        row = self.model.row_of(keep) if keep is not None else None
        if row is not None:
            select_index(self.table, self.model.index(row, 0))

    def _update_buttons(self) -> None:
        meeting_id = self.current_meeting_id()
        status = self.services.meetings.get(meeting_id).status if meeting_id else None
        ahead = status in (MeetingStatus.PLANNED, MeetingStatus.AGENDA_SENT)
        self.move_button.setEnabled(ahead)
        self.cancel_button.setEnabled(ahead)
        self.export_button.setEnabled(meeting_id is not None)

    # -- records from elsewhere ---------------------------------------------------------

    def show_record(self, kind: str, record_id: int) -> bool:
        try:
            if kind == "meeting":
                meeting_id, item_id = record_id, None
            elif kind == "item" or kind in MINUTES_KINDS:
                meeting_id, item_id = self.services.agenda.item(record_id).meeting_id, record_id
            else:
                return False
            self.services.meetings.get(meeting_id)
        except NotFoundError:
            return False
        if self.model.row_of(meeting_id) is None:
            self.set_filter(None, Period.ALL)
        self.select_meeting(meeting_id)
        if item_id is not None and kind in MINUTES_KINDS:
            self.detail.show_in_minutes(item_id, kind)
        elif item_id is not None:
            self.detail.show_item(item_id)
        return True

    # -- planning, moving, cancelling ---------------------------------------------------

    def plan_meeting(self) -> None:
        from overleg.ui.meetings.plan_meeting_dialog import PlanMeetingDialog

        if not self.services.bodies.all():
            self.prompts.error(self.tr("There is no consultation body yet to plan a meeting "
                                       "for; add one first."))
            return
        body_id = self.body_filter.currentData()
        current = self.current_meeting_id()
        if body_id is None and current is not None:
            body_id = self.services.meetings.get(current).body_id
        self.dialog = PlanMeetingDialog(self.services, self._plan, self, body_id=body_id)
        self.dialog.open()

    def _plan(self, r: "PlanRequest") -> bool:
        def plan():
            meeting = self.services.meetings.plan(
                r.body_id, r.starts_at, r.ends_at, location=r.location, subject=r.subject,
                title=r.title, invitee_ids=r.invitee_ids)
            self.services.agenda.start_from_standard(id_of(meeting))
            return meeting
        meeting = command(self, self.prompts, self.tr("Plan meeting"), plan)
        if meeting is None:
            return False
        self._reveal(id_of(meeting))
        return True

    def move_meeting(self) -> None:
        from overleg.ui.meetings.move_meeting_dialog import MoveMeetingDialog

        meeting_id = self.current_meeting_id()
        if meeting_id is None:
            return
        meeting = self.services.meetings.get(meeting_id)
        self.dialog = MoveMeetingDialog(meeting, lambda s, e: self._move(meeting_id, s, e), self)
        self.dialog.open()

    def _move(self, meeting_id: int, starts_at: datetime, ends_at: datetime) -> bool:
        new = command(self, self.prompts, self.tr("Move meeting"),
                      lambda: self.services.meetings.move(meeting_id, starts_at, ends_at))
        if new is None:
            return False
        self._reveal(id_of(new))
        return True

    def cancel_meeting(self) -> None:
        meeting_id = self.current_meeting_id()
        if meeting_id is None:
            return
        reason = self.prompts.ask_text(self.tr("Cancel meeting"),
                                       self.tr("Why is this meeting cancelled?"))
        if reason is None:
            return
        if command(self, self.prompts, self.tr("Cancel meeting"),
                   lambda: self.services.meetings.cancel(meeting_id, reason)):
            self._reveal(meeting_id)
            if self.prompts.confirm(self.tr("Write a mail to everyone invited saying the "
                                            "meeting is cancelled?")):
                self.export_menu.send("cancellation")

    def _reveal(self, meeting_id: int) -> None:
        """Show a meeting just planned or changed, widening the filter when it hides it."""
        self.model.reload()
        if self.model.row_of(meeting_id) is None:
            self.set_filter(None, Period.ALL)
        self.select_meeting(meeting_id)
        self.detail.set_meeting(meeting_id)
        self._update_buttons()
