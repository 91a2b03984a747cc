"""Planning: the coming meetings and milestones, with what is due at each."""

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QLabel, QSpinBox, QTreeView, QWidget

from overleg.services.container import Services
from overleg.ui.common.command_bus import CommandBus
from overleg.ui.common.date_edit import DateEdit
from overleg.ui.common.guard import guarded
from overleg.ui.common.layout import hbox, vbox
from overleg.ui.common.qt_dates import from_qdate
from overleg.ui.followup.choice_box import ChoiceBox
from overleg.ui.followup.planning_model import FOLLOWUP_ROLE, MEETING_ROLE, PlanningModel
from overleg.ui.prompts import Prompts
from overleg.ui.screen import Screen

EXPAND_ROWS = 60


def add_months(d: date, months: int) -> date:
    year, month = divmod(d.month - 1 + months, 12)
    return date(d.year + year, month + 1, min(d.day, 28))


class PlanningScreen(Screen):
    shows = frozenset({"meetings", "milestones", "followups"})

    def __init__(self, services: Services, prompts: Prompts, parent: QWidget | None = None,
                 bus: CommandBus | None = None) -> None:
        super().__init__(services, prompts, parent, bus)
        self.model = PlanningModel(services, self)
        today = services.milestones.opening_day()  # not an empty today
        self.start_edit = DateEdit(QDate(today.year, today.month, today.day))
        self.start_edit.setCalendarPopup(True)
        self.start_edit.setDisplayFormat("dd-MM-yyyy")
        self.months = QSpinBox()
        self.months.setRange(1, 120)
        self.months.setValue(12)
        self.months.setSuffix(self.tr(" months"))
        self.body_box = ChoiceBox(self.tr("All bodies"), lambda: [
            (b.name, b.id) for b in services.bodies.all()])
        start_label = QLabel(self.tr("F&rom"))
        start_label.setBuddy(self.start_edit)
        ahead_label = QLabel(self.tr("&Ahead"))
        ahead_label.setBuddy(self.months)
        bar = hbox(start_label, self.start_edit, ahead_label, self.months, self.body_box)
        bar.addStretch(1)
        self.tree = QTreeView()
        self.tree.setAccessibleName(self.tr("Planning of meetings and follow-ups"))
        self.tree.setModel(self.model)
        self.tree.setAlternatingRowColors(True)
        self.tree.header().resizeSection(0, 235)
        self.tree.header().resizeSection(1, 400)
        self.tree.activated.connect(self._activated)
        self.setLayout(vbox(bar, self.tree))
        self.start_edit.dateChanged.connect(self.refresh)
        self.months.valueChanged.connect(self.refresh)
        self.body_box.currentIndexChanged.connect(self.refresh)

    def refresh(self) -> None:
        self.body_box.forget()
        start = from_qdate(self.start_edit.date())
        body_id = self.body_box.value()  # None: all bodies
        guarded(self.prompts, lambda: self.model.load(
            start, add_months(start, self.months.value()),
            body_id if isinstance(body_id, int) else None))
        # What is due shows without a click for the nearest dates; further ones (a year
        # of a large archive holds thousands of follow-ups) open when expanded.
        shown = 0
        for node in self.model.root.children or []:
            if shown >= EXPAND_ROWS:
                break
            self.tree.expand(self.model.load_now(node))
            shown += 1 + len(node.children or [])

    def _activated(self, index) -> None:
        followup_id = self.model.data(index, FOLLOWUP_ROLE)
        if followup_id is not None:
            self.navigate.emit("followup", followup_id)
            return
        meeting_id = self.model.data(index, MEETING_ROLE)
        if meeting_id is not None:
            self.navigate.emit("meeting", meeting_id)
