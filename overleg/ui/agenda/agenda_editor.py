"""The agenda of one meeting: ordered items with start times, the item's fields beside
them, and the points that come back underneath. Every edit is saved at once as a command
of the window's bus: one step of its undo history (Ctrl+Z; Ctrl+Y or Ctrl+Shift+Z)."""

from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QScrollArea,
    QSplitter,
    QToolBar,
    QWidget,
)

from overleg.domain.changes import ChangeSet
from overleg.domain.enums import ItemKind, MeetingStatus
from overleg.domain.records import id_of
from overleg.services.container import Services
from overleg.ui.agenda import agenda_model as cols
from overleg.ui.agenda.agenda_model import AgendaModel
from overleg.ui.agenda.agenda_table import agenda_table
from overleg.ui.agenda.documents_panel import DocumentsPanel
from overleg.ui.agenda.item_form import ItemForm
from overleg.ui.agenda.proposals_panel import ProposalsPanel, Suggestion, milestone_item_text
from overleg.ui.common.command_bus import CommandBus
from overleg.ui.common.guard import succeeded
from overleg.ui.common.layout import vbox
from overleg.ui.common.selection import select_index
from overleg.ui.prompts import Prompts

if TYPE_CHECKING:  # the picker's module loads when it is first opened
    from overleg.ui.agenda.theme_picker import ThemePicker

WARNING_STYLE = ("background:#fdecea; color:#7a1a10; border:1px solid #e3a49b; "
                 "border-radius:3px; padding:4px 8px;")
NOTICE_STYLE = ("background:#fff4ce; color:#4a3b00; border:1px solid #e6cf7a; "
                "border-radius:3px; padding:4px 8px;")


class AgendaEditor(QWidget):

    def __init__(self, services: Services, prompts: Prompts, parent: QWidget | None = None,
                 bus: CommandBus | None = None) -> None:
        super().__init__(parent)
        self.services, self.prompts = services, prompts
        self.meeting_id: int | None = None
        self.read_only = True
        self.ahead = False  # the meeting lies ahead: returning points are offered
        self.picker: ThemePicker | None = None
        if bus is None:  # on its own, not in the window: Ctrl+Z and Ctrl+Y work here
            bus = CommandBus(services, prompts, self)
            bus.attach(self, Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.bus = bus
        self.bus.changed.connect(self._changed_elsewhere)
        self._acting = False
        self.model = AgendaModel(services, self)
        self.model.mover = self.move_item
        self.banner = QLabel()
        self.banner.setStyleSheet(NOTICE_STYLE)
        self.banner.setWordWrap(True)
        self.timing = QLabel()
        self.timing.setWordWrap(True)
        self.table = agenda_table(self.model)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.setAccessibleName(self.tr("Agenda items"))
        self.form = ItemForm()
        self.bus.about_to_replay.connect(self.form.commit)  # a half-typed field is saved
        self.form.edited.connect(self._edit_current)
        self.documents = DocumentsPanel(services, prompts, self.bus)
        self.proposals = ProposalsPanel(services)
        self.proposals.accept_requested.connect(self.accept_suggestions)
        self.toolbar = self._build_actions()
        left = QWidget()
        left.setLayout(vbox(self.table, self.timing, margins=0))
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(_column(self.form, self.documents))
        splitter.setStretchFactor(0, 1)
        splitter.setSizes([640, 340])
        self.form.setMaximumWidth(420)
        self.documents.setMaximumWidth(420)
        layout = vbox(self.banner, self.toolbar, splitter, self.proposals, margins=0)
        layout.setStretchFactor(splitter, 1)
        self.setLayout(layout)
        self.set_meeting(None)

    def _build_actions(self) -> QToolBar:
        bar = QToolBar()
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        def action(text: str, slot, *keys) -> QAction:
            a = QAction(text, self)
            a.setShortcuts([QKeySequence(k) for k in keys])
            a.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            a.triggered.connect(slot)
            if keys:
                native = QKeySequence(keys[0]).toString(QKeySequence.SequenceFormat.NativeText)
                a.setToolTip(f"{text.replace('&', '')} ({native})")
            self.addAction(a)
            bar.addAction(a)
            return a

        self.add_action = action(self.tr("Add &item"), self.add_free_item, "Ins")
        self.theme_action = action(self.tr("Add from &schema…"), self.add_from_schema,
                                   "Ctrl+Shift+T")
        self.delete_action = action(self.tr("&Delete"), self.delete_current, "Del")
        bar.addSeparator()
        self.up_action = action(self.tr("Move &up"), lambda: self.move_current(-1), "Ctrl+Up")
        self.down_action = action(self.tr("Move do&wn"), lambda: self.move_current(1),
                                  "Ctrl+Down")
        bar.addSeparator()
        self.undo_action, self.redo_action = self.bus.undo_action, self.bus.redo_action
        bar.addActions([self.undo_action, self.redo_action])  # the window's: bound once
        return bar

    # -- showing a meeting ----------------------------------------------------------------

    def set_meeting(self, meeting_id: int | None) -> None:
        self.form.commit()
        self.meeting_id = meeting_id
        self.refresh()

    def refresh(self) -> None:
        """Re-read the meeting and its agenda, keeping the selected item."""
        self.form.commit()  # a field still being typed in is saved, not overwritten
        keep = self.current_item_id()
        reason = self._read_only_reason()
        self.read_only = reason is not None
        self.banner.setText(reason or "")
        self.banner.setVisible(bool(reason))
        self.model.set_meeting(self.meeting_id, self.read_only)
        self.table.setDragEnabled(not self.read_only)
        self.table.setAcceptDrops(not self.read_only)
        meeting = self.services.meetings.get(self.meeting_id) if self.meeting_id else None
        self.ahead = meeting is not None and meeting.is_open_for_agenda
        self.proposals.setVisible(self.ahead)
        self.proposals.set_meeting(self.meeting_id if self.ahead else None)
        self.select_item(keep if keep is not None else None)
        self._update_timing()
        self._update_actions()

    def _read_only_reason(self) -> str | None:
        if self.meeting_id is None:
            return self.tr("Choose a meeting to see its agenda.")
        m = self.services.meetings.get(self.meeting_id)
        if m.status is MeetingStatus.MINUTES_ADOPTED:
            return self.tr("Read only: the minutes of this meeting have been adopted, so its "
                           "agenda is final.")
        if m.status is MeetingStatus.CANCELLED:
            return self.tr("Read only: this meeting was cancelled.")
        if m.status is MeetingStatus.MOVED:
            return self.tr("Read only: this meeting was moved; its agenda went to the new "
                           "date.")
        return None

    def current_item_id(self) -> int | None:
        item = self.model.item_at(self.table.currentIndex().row())
        return item.id if item else None

    def select_item(self, item_id: int | None) -> None:
        row = self.model.row_of(item_id) if item_id is not None else None
        if row is None:
            row = 0 if self.model.rowCount() else None
        if row is None:
            self.table.clearSelection()
            self._show(None, read_only=True)
            return
        before = self.table.currentIndex().row()
        select_index(self.table, self.model.index(row, cols.TITLE))
        if self.table.currentIndex().row() == before:  # else _current_changed showed it
            self._show(self.model.item_at(row), self.read_only)

    def _show(self, item, read_only: bool = True) -> None:
        """The item's fields and its documents (None: nothing selected)."""
        self.form.set_item(item, read_only=read_only)
        self.documents.set_item(item.id if item is not None else None, read_only)

    def _current_changed(self, current, _previous) -> None:
        self._show(self.model.item_at(current.row()), self.read_only)
        self._update_actions()

    # -- edits ----------------------------------------------------------------------------

    def add_free_item(self) -> None:
        self.form.commit()  # toolbar buttons take no focus: save the typed field
        if self.read_only or self.meeting_id is None:
            return
        title = self.prompts.ask_text(self.tr("New agenda item"), self.tr("Title of the item:"))
        if title is None or not title.strip():
            return
        mid = self.meeting_id
        self._add(self.tr("Add item"), lambda: self.services.agenda.add_item(mid, title))

    def add_from_schema(self) -> None:
        self.form.commit()
        if self.read_only or self.meeting_id is None:
            return
        from overleg.ui.agenda.theme_picker import ThemePicker

        self.picker = ThemePicker(self.services.schemas.all(), self)
        self.picker.accepted.connect(lambda: self.add_themes(self.picker.chosen()))
        self.picker.open()

    def add_themes(self, theme_ids: list[int]) -> None:
        mid = self.meeting_id
        if mid is None:  # the picker opens only with a meeting shown
            return
        with self.bus.group(self.tr("Add talking points")):
            for tid in theme_ids:
                self._add(self.tr("Add talking point"),
                          lambda tid=tid: self.services.agenda.add_theme(mid, tid))
        self._update_actions()

    def accept_suggestions(self, suggestions: list[Suggestion]) -> None:
        self.form.commit()
        if self.read_only or self.meeting_id is None:
            return
        mid = self.meeting_id
        with self.bus.group(self.tr("Add returning points")):
            self._accept(mid, suggestions)
        self._update_actions()

    def _accept(self, mid: int, suggestions: list[Suggestion]) -> None:
        for s in suggestions:
            if s.proposal is not None:
                self._add(self.tr("Add returning point"),
                          lambda p=s.proposal: self.services.agenda.accept_proposal(mid, p))
            elif s.milestone is not None:
                title, description = milestone_item_text(s.milestone)
                self._add(self.tr("Add milestone"), lambda t=title, d=description:
                          self.services.agenda.add_item(mid, t, description=d,
                                                        kind=ItemKind.DISCUSSION))

    def _add(self, text: str, create) -> None:
        item = self._act(text, create)
        if item is not None:
            self._saved(item.id)

    def _act(self, text: str, action):
        """A command on the bus; this editor shows its result itself."""
        self._acting = True
        try:
            return self.bus.run(text, action)
        finally:
            self._acting = False

    def delete_current(self) -> None:
        self.form.commit()
        item = self.model.item_at(self.table.currentIndex().row())
        if self.read_only or item is None:
            return
        decisions = [d for d in self.services.minutes.decisions_of(item.meeting_id)
                     if d.item_id == item.id]
        followups = [f for f in self.services.minutes.followups_of(item.meeting_id)
                     if f.item_id == item.id]
        question = self.tr("Delete item %1 “%2”? Its decisions (%3) and follow-ups (%4) are "
                           "deleted with it.")
        for n, value in enumerate((item.number, item.title, len(decisions), len(followups)), 1):
            question = question.replace(f"%{n}", str(value))
        if not self.prompts.confirm(question):
            return
        item_id = id_of(item)
        if self._act(self.tr("Delete item"),
                     succeeded(lambda: self.services.agenda.delete_item(item_id))) is None:
            return
        row = self.table.currentIndex().row()
        self.model.reload()
        below = self.model.item_at(min(row, self.model.rowCount() - 1))
        self._saved(below.id if below else None)

    def move_current(self, delta: int) -> None:
        self.form.commit()
        row = self.table.currentIndex().row()
        item = self.model.item_at(row)
        if item is not None and 0 <= row + delta < self.model.rowCount():
            self.move_item(id_of(item), row + delta)

    def move_item(self, item_id: int, target: int) -> bool:
        """Move an item to a 0-based place (keyboard, buttons and drops come here)."""
        self.form.commit()
        source = self.model.row_of(item_id)
        if self.read_only or source is None or source == target:
            return False
        if self._act(self.tr("Move item"),
                     lambda: self.services.agenda.move_item(item_id, target)) is None:
            return False
        self.model.row_moved(source, target)
        self._saved(item_id)
        return True

    def _edit_current(self, changes: dict) -> None:
        item = self.form.item
        if item is None or self.read_only:
            return
        item_id = id_of(item)
        old = self._act(self.tr("Edit item"),
                        lambda: self.services.agenda.update_item(item_id, **changes))
        if old is None:
            self.model.reload()
            self._show(self.model.item_at(self.model.row_of(item_id) or 0),
                               self.read_only)
            return
        # The user may be moving to another row right now: refresh without re-selecting.
        self._saved(None, select=False)
        row = self.model.row_of(item_id)
        if self.form.item is not None and self.form.item.id == item.id and row is not None:
            self._show(self.model.item_at(row), self.read_only)

    # -- after a change -------------------------------------------------------------------

    def _saved(self, item_id: int | None, select: bool = True) -> None:
        self.model.reload()
        self.proposals.set_meeting(self.meeting_id if self.ahead else None)
        if select:
            self.select_item(item_id)
        self._update_timing()
        self._update_actions()

    def _changed_elsewhere(self, changes: ChangeSet) -> None:
        """An undo or redo, or another screen's action, on this meeting's agenda: show
        it as it is now, with the item it concerns selected."""
        if self._acting or self.meeting_id is None or not changes.touches(
                "agenda_items", "item_criteria", "meetings"):
            return
        current = self.current_item_id()
        self.form.item = None  # the shown fields are stale; don't hand them on
        items = changes.ids("agenda_items")
        self.model.reload()
        shown_here = [i for i in items if self.model.row_of(i) is not None]
        if changes.elsewhere:  # a colleague's edit: stay where the user is
            self._saved(current if current is not None and self.model.row_of(current) is not None
                        else None)
            return
        self._saved(shown_here[0] if shown_here else self.current_item_id())

    def undo(self) -> None:
        self.bus.undo()
        self._update_actions()

    def redo(self) -> None:
        self.bus.redo()
        self._update_actions()

    def _update_timing(self) -> None:
        if self.meeting_id is None or not self.model.slots:
            self.timing.setText("")
            self.timing.setStyleSheet("")
            return
        meeting = self.services.meetings.get(self.meeting_id)
        total = sum(i.planned_minutes for i in self.model.items)
        end = meeting.starts_at + timedelta(minutes=total)
        over = self.services.agenda.overrun(self.meeting_id)
        if over > timedelta(0):  # %n: '1 minuut', '5 minuten'
            text = self.tr("The agenda runs %n minute(s) past the planned end (%2): it "
                           "would end at %3.", "", int(over.total_seconds() // 60))
            self.timing.setStyleSheet(WARNING_STYLE)
        else:
            text = self.tr("Planned %n minute(s), until %3 (the meeting ends at %2).", "",
                           total)
            self.timing.setStyleSheet("")
        for key, value in (("%2", f"{meeting.ends_at:%H.%M}"), ("%3", f"{end:%H.%M}")):
            text = text.replace(key, str(value))
        self.timing.setText(text)

    def _update_actions(self) -> None:
        editable = not self.read_only and self.meeting_id is not None
        row = self.table.currentIndex().row()
        has_item = self.model.item_at(row) is not None
        self.add_action.setEnabled(editable)
        self.theme_action.setEnabled(editable)
        self.delete_action.setEnabled(editable and has_item)
        self.up_action.setEnabled(editable and has_item and row > 0)
        self.down_action.setEnabled(editable and has_item and row < self.model.rowCount() - 1)

    def hideEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        self.form.commit()  # leaving the tab or screen must not lose a half-typed field
        super().hideEvent(event)


def _column(*widgets: QWidget) -> QWidget:
    """The widgets one below the other, scrolled where the window is too low for them:
    the item's form and its documents need ~420 px, and without scrolling they made the
    main window at least 900 px high, more than a 1366x768 laptop screen has."""
    column = QWidget()
    column.setLayout(vbox(*widgets, margins=0))
    scroll = QScrollArea()
    scroll.setWidget(column)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    # Only the height scrolls: as wide as the widgets need, with room for the scroll bar.
    scroll.setMinimumWidth(column.minimumSizeHint().width()
                           + scroll.verticalScrollBar().sizeHint().width())
    return scroll
