"""On an agenda item that brings a follow-up back: settle it where it is discussed, done
(on the meeting's day or another date) with its result, or cancelled with the reason.
The rules are the minutes service's (settle_followup); this box only asks."""

from PySide6.QtWidgets import QFrame, QLabel, QLineEdit, QPushButton, QWidget

from overleg.domain.agenda import AgendaItem
from overleg.domain.dutch_dates import medium_date
from overleg.domain.enums import FollowUpStatus
from overleg.domain.records import id_of
from overleg.services.container import Services
from overleg.ui.common.date_edit import DateEdit
from overleg.ui.common.guard import guarded
from overleg.ui.common.layout import hbox, vbox
from overleg.ui.common.qt_dates import from_qdate, to_qdate
from overleg.ui.prompts import Prompts


class SettleBox(QFrame):
    def __init__(self, services: Services, prompts: Prompts, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.services, self.prompts = services, prompts
        self.item_id: int | None = None
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.date = DateEdit()
        self.date.setAccessibleName(self.tr("Date the follow-up was done"))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd-MM-yyyy")
        self.result = QLineEdit()
        self.result.setAccessibleName(self.tr("Result of the follow-up"))
        self.result.setPlaceholderText(self.tr("Result, or why it is no longer needed"))
        self.done_button = QPushButton(self.tr("Done"))
        self.cancel_button = QPushButton(self.tr("Cancelled"))
        self.done_button.clicked.connect(lambda: self.settle(FollowUpStatus.DONE))
        self.cancel_button.clicked.connect(lambda: self.settle(FollowUpStatus.CANCELLED))
        self.editor = QWidget()
        self.editor.setLayout(hbox(self.date, self.result, self.done_button,
                                   self.cancel_button, margins=0))
        self.setLayout(vbox(QLabel(self.tr("<b>Settle follow-up</b>")), self.state,
                            self.editor, margins=8))
        self.read_only = False

    def load(self, item: AgendaItem) -> None:
        """Shown only on an item that brings a follow-up back."""
        self.item_id = item.id
        f = self.services.minutes.returning_followup(id_of(item))
        self.setVisible(f is not None)
        if f is None:
            return
        if f.status is FollowUpStatus.DONE and f.done_on is not None:  # done: has a day
            day = medium_date(f.done_on)
            state = self.tr("Done on %1: %2").replace("%1", day).replace("%2", f.result)
        elif f.status is FollowUpStatus.CANCELLED:
            state = self.tr("Cancelled: %1").replace("%1", f.result)
        else:
            state = self.tr("Still open: %1").replace("%1", f.text)
        self.state.setText(state)
        self.date.setDate(to_qdate(self.services.meetings.get(item.meeting_id).day))
        self.result.clear()
        self.editor.setVisible(f.is_open)
        self.editor.setEnabled(not self.read_only)

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self.editor.setEnabled(not read_only)

    def settle(self, status: FollowUpStatus) -> None:
        if self.item_id is None:
            return
        item_id, on = self.item_id, from_qdate(self.date.date())
        if guarded(self.prompts, lambda: self.services.minutes.settle_followup(
                item_id, status, self.result.text(), on=on)) is not None:
            self.load(self.services.agenda.item(item_id))
