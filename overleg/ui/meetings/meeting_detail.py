"""One meeting: a header with its date, place, status and history, and the tabs
'Agenda' (building it) and 'Verslag' (the minutes). The minutes view is built (and its
module imported) when its tab is first opened: the app starts on the agenda."""

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTabWidget, QWidget

from overleg.domain.dutch_dates import long_date, time_range
from overleg.domain.enums import MeetingStatus
from overleg.services.adoption_history import REOPENED
from overleg.services.container import Services
from overleg.ui.agenda.agenda_editor import AgendaEditor
from overleg.ui.common.command_bus import CommandBus
from overleg.ui.common.layout import vbox
from overleg.ui.meetings.labels import status_labels, subject_labels
from overleg.ui.prompts import Prompts

if TYPE_CHECKING:
    from overleg.ui.minutes.minutes_view import MinutesView

AGENDA_TAB, MINUTES_TAB = 0, 1


class MeetingDetail(QWidget):

    def __init__(self, services: Services, prompts: Prompts, parent: QWidget | None = None,
                 bus: CommandBus | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.prompts = prompts
        if bus is None:  # on its own, not in the window: Ctrl+Z and Ctrl+Y work here
            bus = CommandBus(services, prompts, self)
            bus.attach(self, Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.bus = bus
        self.meeting_id: int | None = None
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.when = QLabel()
        self.when.setTextFormat(Qt.TextFormat.PlainText)
        self.history = QLabel()
        self.history.setTextFormat(Qt.TextFormat.PlainText)
        self.history.setWordWrap(True)
        self.agenda = AgendaEditor(services, prompts, bus=bus)
        self.minutes: MinutesView | None = None  # built when its tab is first opened
        self.tabs = QTabWidget()
        self.tabs.addTab(self.agenda, self.tr("&Agenda"))
        self.tabs.addTab(QWidget(), self.tr("&Minutes"))
        self.tabs.currentChanged.connect(self._tab_changed)
        layout = vbox(self.heading, self.when, self.history, self.tabs, margins=0)
        layout.setStretchFactor(self.tabs, 1)
        self.setLayout(layout)
        self.refresh_header()  # no meeting: the agenda editor starts empty by itself
        self.tabs.setEnabled(False)

    def set_meeting(self, meeting_id: int | None) -> None:
        self.meeting_id = meeting_id
        self.refresh_header()
        self.agenda.set_meeting(meeting_id)
        if self.minutes is not None:
            self.minutes.set_meeting(meeting_id)
        self.tabs.setEnabled(meeting_id is not None)

    def refresh(self) -> None:
        self.refresh_header()
        self.agenda.refresh()
        if self.minutes is not None:
            self.minutes.set_meeting(self.meeting_id)

    def refresh_header(self) -> None:
        if self.meeting_id is None:
            self.heading.setText(self.tr("No meeting chosen"))
            self.when.setText(self.tr("Choose a meeting in the list, or plan a new one."))
            self.history.setText("")
            return
        x = self.services.meetings.listing(self.meeting_id)
        m = x.meeting
        self.heading.setText(f"{x.body_name} — {m.title}" if m.title else x.body_name)
        parts = [long_date(m.day), time_range(m.starts_at, m.end)]
        if m.location:
            parts.append(m.location)
        if m.subject is not None:
            parts.append(self.tr("OOGO on %1").replace("%1", subject_labels()[m.subject]))
        self.when.setText(" · ".join(parts))
        self.history.setText("  ".join(self._history_lines(m)))

    def _history_lines(self, m) -> list[str]:
        lines = [self.tr("Status: %1.").replace("%1", status_labels()[m.status])]
        if m.moved_from_id is not None:
            old = self.services.meetings.get(m.moved_from_id)
            lines.append(self.tr("Moved here from %1.").replace("%1", long_date(old.day)))
        if m.moved_to_id is not None:
            new = self.services.meetings.get(m.moved_to_id)
            lines.append(self.tr("Moved to %1.").replace("%1", long_date(new.day)))
        if m.status is MeetingStatus.CANCELLED:
            reason = self.services.meetings.cancel_reason(m.id)
            lines.append(self.tr("Reason for cancelling: %1.").replace("%1", reason.rstrip("."))
                         if reason else self.tr("No reason was given for cancelling."))
        if m.adopted_in_meeting_id is not None and m.adopted_on is not None:
            where = self.services.meetings.listing(m.adopted_in_meeting_id)
            lines.append(self.tr("Minutes adopted in %1 on %2.")
                         .replace("%1", where.body_name).replace("%2", long_date(m.adopted_on)))
        lines += self._minutes_history(m)
        invited = len(self.services.meetings.attendance(m.id))
        lines.append(self.tr("Attendance list: %n person(s).", "", invited))
        return lines

    def _minutes_history(self, m) -> list[str]:
        """The amendments the minutes were adopted with, and every reopening with its
        reason, from the audit trail."""
        lines = []
        events = self.services.minutes.minutes_events(m.id)
        if m.status is MeetingStatus.MINUTES_ADOPTED and events and events[-1].amendments:
            lines.append(self.tr("Adopted with amendments: %1.")
                         .replace("%1", events[-1].amendments.rstrip(".")))
        for e in events:
            if e.action == REOPENED:
                lines.append(self.tr("Reopened on %1 by %2: %3.")
                             .replace("%1", long_date(e.at.date())).replace("%2", e.user)
                             .replace("%3", e.reason.rstrip(".")))
        return lines

    def show_item(self, item_id: int) -> None:
        self.tabs.setCurrentIndex(AGENDA_TAB)
        self.agenda.select_item(item_id)

    def show_in_minutes(self, item_id: int, kind: str) -> None:
        """The Minutes tab at one item and field (a search hit in its notes, say)."""
        self.tabs.setCurrentIndex(MINUTES_TAB)
        self._minutes_view().show_place(item_id, kind)

    def _tab_changed(self, index: int) -> None:
        if index == MINUTES_TAB:  # the agenda may have changed since the minutes were read
            self._minutes_view().set_meeting(self.meeting_id)
        else:
            self.agenda.refresh()

    def _minutes_view(self) -> "MinutesView":
        if self.minutes is None:
            from overleg.ui.minutes.minutes_view import MinutesView

            self.minutes = MinutesView(self.services, self.prompts, bus=self.bus,
                                       under_meeting_header=True)
            placeholder = self.tabs.widget(MINUTES_TAB)
            self.tabs.blockSignals(True)  # the tab stays the current one
            self.tabs.removeTab(MINUTES_TAB)
            self.tabs.insertTab(MINUTES_TAB, self.minutes, self.tr("&Minutes"))
            self.tabs.setCurrentIndex(MINUTES_TAB)
            self.tabs.blockSignals(False)
            if placeholder is not None:
                placeholder.deleteLater()
        return self.minutes
