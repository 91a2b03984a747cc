"""On the 'Vaststelling verslag vorige vergadering' item: adopt the previous minutes of
this body and say which meeting's minutes were adopted."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QWidget

from overleg.domain.dutch_dates import long_date
from overleg.domain.meetings import Meeting
from overleg.services.container import Services
from overleg.ui.common.command_bus import command
from overleg.ui.common.layout import hbox
from overleg.ui.prompts import Prompts


class AdoptionBox(QFrame):
    adopted = Signal()

    def __init__(self, services: Services, prompts: Prompts, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.services, self.prompts = services, prompts
        self.meeting_id: int | None = None
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.button = QPushButton()
        self.button.hide()  # until there are minutes to adopt
        self.button.clicked.connect(self.adopt)
        self.setLayout(hbox(self.state, self.button, margins=8))
        self.read_only = False

    def load(self, meeting_id: int) -> None:
        self.meeting_id = meeting_id
        previous = self.services.minutes.previous_minutes(meeting_id)
        self.button.hide()
        if previous is None:
            self.state.setText(self.tr("There is no earlier meeting of this body whose "
                                       "minutes could be adopted."))
            return
        day = long_date(previous.day)
        if previous.minutes_adopted and previous.adopted_in_meeting_id == meeting_id:
            self.state.setText(self.tr("The minutes of %1 were adopted in this meeting.")
                               .replace("%1", day))
        elif previous.minutes_adopted:
            self.state.setText(self._elsewhere(previous, day))
        else:
            self.state.setText(self.tr("The minutes of the previous meeting (%1) are still a "
                                       "draft.").replace("%1", day))
            self.button.setText(self.tr("A&dopt the minutes of %1").replace("%1", day))
            self.button.setVisible(True)
            self.button.setEnabled(not self.read_only)

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self.button.setEnabled(not read_only)

    def adopt(self) -> None:
        """Asks first: adopted minutes can no longer be changed. Adopted as they are, or
        with amendments, which are recorded and printed in the adopted minutes."""
        meeting_id = self.meeting_id
        if meeting_id is None:
            return
        previous = self.services.minutes.previous_minutes(meeting_id)
        if previous is None:
            return
        choice = self.prompts.choose(
            self.tr("Adopt minutes"),
            self.tr("Adopt the minutes of %1? After that they can no longer be changed.")
            .replace("%1", long_date(previous.day)),
            [self.tr("Adopt as they are"), self.tr("Adopt with amendments…")])
        if choice is None:
            return
        amendments = ""
        if choice == 1:
            amendments = self.prompts.ask_text(
                self.tr("Adopt with amendments"),
                self.tr("Which amendments were made? They are recorded and printed in the "
                        "adopted minutes."), multiline=True) or ""
            if not amendments.strip():
                return
        if command(self, self.prompts, self.tr("Adopt minutes"),
                   lambda: self.services.minutes.adopt_previous(meeting_id, amendments)
                   ) is not None:
            self.load(meeting_id)
            self.adopted.emit()

    def _elsewhere(self, previous: Meeting, day: str) -> str:
        where = ""
        if previous.adopted_in_meeting_id is not None:
            where = long_date(self.services.meetings.get(previous.adopted_in_meeting_id).day)
        return self.tr("The minutes of the previous meeting (%1) were already adopted on %2.") \
            .replace("%1", day).replace("%2", where)
