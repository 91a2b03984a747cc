"""Besluitenlijst: every decision, grouped by body and meeting, searchable."""

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QTreeView, QWidget

from overleg.services.container import Services
from overleg.ui.audit.audit_dialog import AuditDialog
from overleg.ui.common import minutes_places as places
from overleg.ui.common.command_bus import CommandBus
from overleg.ui.common.guard import guarded
from overleg.ui.common.layout import hbox, vbox
from overleg.ui.common.progress import save_in_background
from overleg.ui.common.save_and_open import Opener, open_with_system
from overleg.ui.common.selection import select_index
from overleg.ui.followup.decision_model import (
    DECISION_ROLE,
    MEETING_ROLE,
    DecisionRegisterModel,
)
from overleg.ui.followup.export_button import ExportButton
from overleg.ui.prompts import Prompts
from overleg.ui.screen import Screen

# Expanding a meeting reads its decisions; beyond this many meetings the user expands
# what they need.
EXPAND_LIMIT = 40


class DecisionRegisterScreen(Screen):
    shows = frozenset({"decisions", "meetings"})

    def __init__(self, services: Services, prompts: Prompts, parent: QWidget | None = None,
                 bus: CommandBus | None = None) -> None:
        super().__init__(services, prompts, parent, bus)
        self.opener: Opener = open_with_system
        self.model = DecisionRegisterModel(services.followups, self)
        self.search = QLineEdit()
        self.search.setAccessibleName(self.tr("Search decisions"))
        self.search.setPlaceholderText(self.tr("Search decisions by text or number…"))
        self.search.setClearButtonEnabled(True)
        self._typing = QTimer(self, singleShot=True, interval=150)
        self._typing.timeout.connect(self._load)
        self.search.textChanged.connect(self._typing.start)
        self.search.returnPressed.connect(self._load)
        self.tree = QTreeView()
        self.tree.setAccessibleName(self.tr("Decisions"))
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.header().resizeSection(0, 250)
        self.tree.header().resizeSection(1, 480)
        self.tree.activated.connect(self._activated)
        # The current decision in full: the tree shows one line of each.
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tree.selectionModel().currentChanged.connect(self._show_detail)
        self.model.modelReset.connect(self.detail.clear)
        self.summary = QLabel()
        self.open_button = QPushButton(self.tr("Open &meeting"))
        self.open_button.clicked.connect(self.open_meeting)
        self.export_button = ExportButton(self.tr("E&xport"), [
            (self.tr("As Word document…"), self.export_word),
            (self.tr("As Excel workbook…"), self.export_excel)], self)
        self.history_button = QPushButton(self.tr("Hi&story…"))
        self.history_button.setToolTip(self.tr("Every recorded change of this decision"))
        self.history_button.clicked.connect(self.show_history)
        bottom = hbox(self.summary)
        bottom.addStretch(1)
        bottom.addWidget(self.open_button)
        bottom.addWidget(self.history_button)
        bottom.addWidget(self.export_button)
        self.setLayout(vbox(self.search, self.tree, self.detail, bottom))

    def refresh(self) -> None:
        current = self.tree.currentIndex()
        keep = (self.model.data(current, DECISION_ROLE), self.model.data(current, MEETING_ROLE))
        self._load()
        if keep[0] is not None:  # the same decision stays selected after a reload
            self._select(*keep)

    def _load(self) -> None:
        self._typing.stop()
        guarded(self.prompts, lambda: self.model.load(self.search.text()))
        bodies = self.model.root.children or []
        for body in bodies:
            self.tree.expand(self.model.index_of(body))
        meetings = [m for b in bodies for m in b.children or []]
        if len(meetings) <= EXPAND_LIMIT:
            for m in meetings:
                self.tree.expand(self.model.load_now(m))
        total = sum(b.extra["count"] for b in bodies)
        self.summary.setText(self.tr("Decisions: %1, in meetings: %2")
                             .replace("%1", str(total)).replace("%2", str(len(meetings))))

    def show_record(self, kind: str, record_id: int) -> bool:
        if kind != "decision":
            return False
        decision = guarded(self.prompts, lambda: self.services.followups.decision(record_id))
        if decision is None:
            return False
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self._load()
        return self._select(record_id, decision.meeting_id)

    def _select(self, decision_id: int, meeting_id: int) -> bool:
        node = self.model.locate(decision_id, meeting_id)
        if node is None:
            return False
        index = self.model.index_of(node)
        self.tree.expand(index.parent())
        select_index(self.tree, index)
        return True

    def _show_detail(self, index) -> None:
        decision_id = self.model.data(index, DECISION_ROLE)
        if decision_id is None:
            self.detail.clear()
            return
        number, text, item = (self.model.data(index.siblingAtColumn(c),
                                              Qt.ItemDataRole.ToolTipRole) for c in range(3))
        lines = [f"{number}: {text}"]
        if item:
            lines.append(self.tr("Agenda item: %1").replace("%1", item))
        self.detail.setText("\n".join(lines))

    def _activated(self, index) -> None:
        """A decision of an agenda item opens at that item in the minutes; else the
        meeting."""
        decision_id = self.model.data(index, DECISION_ROLE)
        if decision_id is not None:
            decision = guarded(self.prompts, lambda: self.services.followups.decision(
                decision_id))
            if decision is not None and decision.item_id is not None:
                self.navigate.emit(places.DECISIONS, decision.item_id)
                return
        meeting_id = self.model.data(index, MEETING_ROLE)
        if meeting_id is not None:
            self.navigate.emit("meeting", meeting_id)

    def open_meeting(self) -> None:
        self._activated(self.tree.currentIndex())

    def show_history(self) -> AuditDialog | None:
        decision_id = self.model.data(self.tree.currentIndex(), DECISION_ROLE)
        if decision_id is None:
            return None
        dialog = AuditDialog(self.services, self.prompts, "decision", decision_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def export_word(self):
        return save_in_background(
            self, self.prompts, self.tr("Save decision register"),
            self.tr("Word document (*.docx)"), "Besluitenlijst.docx",
            lambda p, _progress, cancel: self.services.documents.decisions(
                p, public=self.export_button.is_public, cancel=cancel), self.opener)

    def export_excel(self):
        return save_in_background(
            self, self.prompts, self.tr("Save decision register"),
            self.tr("Excel workbook (*.xlsx)"), "Besluitenlijst.xlsx",
            lambda p, progress, cancel: self.services.spreadsheets.export_decisions(
                p, public=self.export_button.is_public, progress=progress, cancel=cancel),
            self.opener)
