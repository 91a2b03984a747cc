"""The minute-taking view of one meeting (interface fixed; embedded by the meetings screen).

Left: the attendance list and the agenda items in order; right: the attendance panel or
the current item. Every edit is saved at once through a MinutesSession, as a step of the
window's undo history (Ctrl+Z; Ctrl+Y or Ctrl+Shift+Z). Ctrl+PgDown / Ctrl+PgUp walk the
items; Ctrl+Shift+D, A, S and U go to a new decision, a new follow-up, a position and the
outcome (the card resources/docs/sneltoetsen.html, under Help, lists them all)."""

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QTextCursor
from PySide6.QtWidgets import (
    QLabel,
    QListView,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from overleg.domain.enums import MeetingStatus
from overleg.domain.errors import NotFoundError
from overleg.domain.records import id_of
from overleg.services.container import Services
from overleg.ui.common import minutes_places as places
from overleg.ui.common.command_bus import CommandBus
from overleg.ui.common.layout import MARGIN, hbox, vbox
from overleg.ui.common.message_text import shown
from overleg.ui.minutes.attendance_panel import AttendancePanel
from overleg.ui.minutes.item_page import ItemPage
from overleg.ui.minutes.meeting_header import MeetingHeader
from overleg.ui.minutes.minutes_session import MinutesSession
from overleg.ui.minutes.walk_model import WalkModel
from overleg.ui.prompts import Prompts

READ_ONLY = (MeetingStatus.MINUTES_ADOPTED, MeetingStatus.CANCELLED, MeetingStatus.MOVED)


class MinutesView(QWidget):
    changed = Signal()  # something of the meeting was saved

    def __init__(self, services: Services, prompts: Prompts, parent: QWidget | None = None,
                 bus: CommandBus | None = None, *, under_meeting_header: bool = False
                 ) -> None:
        super().__init__(parent)
        self.services, self.prompts = services, prompts
        if bus is None:  # on its own, not in the window: Ctrl+Z and Ctrl+Y work here
            bus = CommandBus(services, prompts, self)
            bus.attach(self, Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.meeting_id: int | None = None
        self.read_only = False
        self.adoption_item_id: int | None = None
        self.session = MinutesSession(services, prompts, self, bus=bus)
        self.header = MeetingHeader(services, prompts)
        self.header.show_identity(not under_meeting_header)
        self.walk_model = WalkModel(self)
        self.walk = QListView()
        self.walk.setAccessibleName(self.tr("Agenda items"))
        self.walk.setModel(self.walk_model)
        self.walk.setMinimumWidth(220)
        self.walk.setWordWrap(True)
        self.walk.setResizeMode(QListView.ResizeMode.Adjust)
        self.walk.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.walk.setSpacing(2)
        self.attendance = AttendancePanel(self.session)
        self.page = ItemPage(self.session)
        self.item_scroll = QScrollArea()
        self.item_scroll.setWidgetResizable(True)
        self.item_scroll.setWidget(self.page)
        self.previous_button = QPushButton(self.tr("◀ Previous item"))
        self.next_button = QPushButton(self.tr("Next item ▶"))
        self.position = QLabel()
        nav = hbox(self.previous_button, self.position, self.next_button, margins=0)
        nav.setStretch(1, 1)
        self.position.setAlignment(Qt.AlignmentFlag.AlignCenter)
        item_area = QWidget()
        item_area.setLayout(vbox(nav, self.item_scroll, margins=0))
        attendance_area = QWidget()
        attendance_area.setLayout(vbox(self.attendance, margins=MARGIN))
        self.right = QStackedWidget()
        self.right.addWidget(attendance_area)
        self.right.addWidget(item_area)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.walk)
        splitter.addWidget(self.right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([280, 720])
        self.content = QWidget()
        content = vbox(self.header, splitter, margins=0)
        content.setStretch(1, 1)
        self.content.setLayout(content)
        self.placeholder = QLabel(self.tr("Choose a meeting to take its minutes."))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.outer = QStackedWidget()
        self.outer.addWidget(self.placeholder)
        self.outer.addWidget(self.content)
        self.setLayout(vbox(self.outer))
        self._build_actions()
        self._connect()
        self._set_tab_order()

    # -- the fixed interface --------------------------------------------------------------

    def set_meeting(self, meeting_id: int | None) -> None:
        self.page.flush()
        same = meeting_id == self.meeting_id
        current = self.current_item_id() if same else None
        self.meeting_id = meeting_id
        if not same:
            self.session.open(meeting_id)
        self.page.followups.invalidate_pickers()  # owners and targets may have changed
        self._reload(current)

    # -- walking the agenda ---------------------------------------------------------------

    def current_row(self) -> int:
        return self.walk.currentIndex().row()

    def current_item_id(self) -> int | None:
        item = self.walk_model.item_at(self.current_row())
        return item.id if item else None

    def show_row(self, row: int) -> None:
        if 0 <= row < self.walk_model.rowCount():
            self.walk.selectionModel().setCurrentIndex(
                self.walk_model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def show_item(self, item_id: int | None) -> None:
        row = 0 if item_id is None else self.walk_model.row_of(item_id)
        if row is not None:
            self.show_row(row)

    def show_place(self, item_id: int, kind: str) -> None:
        """One item with one of its fields in view and focused (see common/minutes_places.py)."""
        self.show_item(item_id)
        if self.current_item_id() != item_id:
            return
        page = self.page
        field = {places.NOTES: page.notes, places.FOLLOWUPS: page.followups.table,
                 places.DECISIONS: page.decisions.table if page.decisions.table.isVisibleTo(page)
                 else page.decisions.new_text,
                 places.POSITIONS: getattr(page, "positions", None)}.get(kind, page.notes)
        if field is None or not field.isVisibleTo(page):
            field = page.notes
        self.item_scroll.verticalScrollBar().setValue(0)
        self.item_scroll.ensureWidgetVisible(field)
        field.setFocus(Qt.FocusReason.OtherFocusReason)

    def next_item(self) -> None:
        self.show_row(self.current_row() + 1)
        self._start_writing()

    def previous_item(self) -> None:
        self.show_row(self.current_row() - 1)
        self._start_writing()

    def _start_writing(self) -> None:
        """After a walk by key or button: the cursor at the start of the item's notes, the
        page at its top, so the next words go where the secretary expects them (and not
        into the field that had the focus on the item before)."""
        if self.right.currentIndex() == 0:
            self.attendance.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return
        self.item_scroll.verticalScrollBar().setValue(0)
        self.page.notes.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.page.notes.moveCursor(QTextCursor.MoveOperation.Start)
        self.page.notes.ensureCursorVisible()

    def _go_to(self, widget: QWidget | None) -> None:
        """A shortcut to a part of the current item: focus it and scroll it into view."""
        if widget is None or self.right.currentIndex() != 1 or not widget.isEnabled() \
                or not widget.isVisibleTo(self.page):
            return
        widget.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.item_scroll.ensureWidgetVisible(widget)

    def add_decision(self) -> None:
        self._go_to(self.page.decisions.new_text)

    def add_followup(self) -> None:
        self._go_to(self.page.followups.text)

    def set_outcome(self) -> None:
        """Focus the chosen outcome; the arrow keys then choose another."""
        checked = self.page.outcome.group.checkedButton()
        self._go_to(checked or next(iter(self.page.outcome.buttons.values())))

    def add_position(self) -> None:
        """Record a party's position (an OOGO item), when the item page has positions."""
        positions = getattr(self.page, "positions", None)
        if positions is not None and self.right.currentIndex() == 1 \
                and positions.isVisibleTo(self.page) and positions.add_button.isEnabled():
            self.item_scroll.ensureWidgetVisible(positions)
            positions.record()

    def undo(self) -> None:
        self.session.bus.undo()

    def redo(self) -> None:
        self.session.bus.redo()

    # -- internals ------------------------------------------------------------------------

    def _build_actions(self) -> None:
        def action(text: str, keys: list, slot) -> QAction:
            a = QAction(text, self)
            a.setShortcuts([QKeySequence(k) for k in keys])
            a.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            a.triggered.connect(slot)
            self.addAction(a)
            return a

        self.undo_action = self.session.bus.undo_action  # the window's: bound once
        self.redo_action = self.session.bus.redo_action
        self.next_action = action(self.tr("Next item"), ["Ctrl+PgDown"], self.next_item)
        self.previous_action = action(self.tr("Previous item"), ["Ctrl+PgUp"],
                                      self.previous_item)
        self.decision_action = action(self.tr("Add a decision"), ["Ctrl+Shift+D"],
                                      self.add_decision)
        self.followup_action = action(self.tr("Add a follow-up"), ["Ctrl+Shift+A"],
                                      self.add_followup)
        self.position_action = action(self.tr("Record a position"), ["Ctrl+Shift+S"],
                                      self.add_position)
        self.outcome_action = action(self.tr("Set the outcome"), ["Ctrl+Shift+U"],
                                     self.set_outcome)
        self.session.bus.about_to_replay.connect(self.page.flush)
        self.next_button.setToolTip(self.tr("Next item (Ctrl+PgDown)"))
        self.previous_button.setToolTip(self.tr("Previous item (Ctrl+PgUp)"))

    def _connect(self) -> None:
        self.walk.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._show_current(current.row()))
        self.next_button.clicked.connect(self.next_item)
        self.previous_button.clicked.connect(self.previous_item)
        self.session.saved.connect(self._saved)
        self.session.replayed.connect(self._replayed)
        self.session.meeting_changed.connect(lambda: self._reload(self.current_item_id()))
        self.header.status_changed.connect(self._status_changed)
        self.page.adopted.connect(self.changed)
        self.attendance.summary_changed.connect(self.walk_model.set_attendance_summary)
        self.attendance.summary_changed.connect(self.page.followups.invalidate_pickers)

    def _set_tab_order(self) -> None:
        p = self.page
        chain = [self.walk, self.previous_button, self.next_button, p.adoption.button,
                 p.notes, *p.outcome.buttons.values(), p.checklist.table, p.decisions.table,
                 p.decisions.new_text, p.decisions.add_button, p.decisions.delete_button,
                 p.followups.table, p.followups.text, p.followups.owner,
                 p.followups.target.none, p.followups.target.by_date, p.followups.target.date,
                 p.followups.target.at_meeting, p.followups.target.meeting,
                 p.followups.add_button, p.followups.cancel_button,
                 p.followups.edit_button, p.followups.delete_button]
        for a, b in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(a, b)

    def _reload(self, keep_item: int | None = None) -> None:
        listing = None
        if self.meeting_id is not None:
            try:
                listing = self.services.meetings.listing(self.meeting_id)
            except NotFoundError as exc:  # deleted elsewhere since it was chosen
                self.prompts.error(shown(exc))
                self.meeting_id = None
                self.session.open(None)
        if listing is None:
            self.outer.setCurrentWidget(self.placeholder)
            self.walk_model.load([])
            return
        self.outer.setCurrentWidget(self.content)
        self.header.show_meeting(listing)
        self.read_only = listing.meeting.status in READ_ONLY
        self.adoption_item_id = self.services.minutes.adoption_item(id_of(listing.meeting))
        self.walk_model.load(self.services.agenda.agenda(id_of(listing.meeting)))
        self.attendance.reload()
        self.page.set_read_only(self.read_only)
        self.attendance.set_read_only(self.read_only)
        row = self.walk_model.row_of(keep_item) if keep_item is not None else None
        self.show_row(row if row is not None else 0)
        self._show_current(self.current_row())

    def _show_current(self, row: int) -> None:
        self.page.flush()
        item = self.walk_model.item_at(row)
        n = len(self.walk_model.items)
        self.previous_button.setEnabled(row > 0)
        self.next_button.setEnabled(row < n)
        if item is None:
            self.right.setCurrentIndex(0)
            self.position.setText(self.tr("Attendance"))
            return
        try:
            fresh = self.services.agenda.item(id_of(item))
        except NotFoundError:  # the agenda changed elsewhere: show it as it is now
            self._reload()
            return
        self.walk_model.replace_item(fresh)
        self.page.show_item(fresh, fresh.id == self.adoption_item_id)
        self.position.setText(self.tr("Item %1 of %2").replace("%1", str(row)).replace(
            "%2", str(n)))
        self.right.setCurrentIndex(1)

    def _saved(self, item_id: int | None) -> None:
        if item_id is not None and self.walk_model.row_of(item_id) is not None:
            try:
                self.walk_model.replace_item(self.services.agenda.item(item_id))
            except NotFoundError:
                self._reload()
        self.changed.emit()

    def _replayed(self, item_id: int | None) -> None:
        if item_id is None:
            self.attendance.reload()
            self.show_row(0)
            return
        if self.current_item_id() == item_id:
            self._show_current(self.current_row())
        else:
            self.show_item(item_id)

    def _status_changed(self) -> None:
        self._reload(self.current_item_id())
        self.changed.emit()

    def hideEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        self.page.flush()  # leaving the screen or closing the window saves the last typing
        super().hideEvent(event)
