"""OOGO: the status matrix of a samenwerkingsverband (municipality x procedure step, with
date, version discussed, outcome and open disputes), its disputes, and the documents:
the statement per procedure, the matrix as Word or Excel, a dispute notice. A step's
meeting is planned from here; a talking point ending in 'geschil' gets its track here."""

import textwrap
from datetime import date, datetime, time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QWidget,
)

from overleg.domain.dutch_dates import parse_date, short_date
from overleg.domain.errors import ValidationError
from overleg.domain.oogo_status import MatrixBlock
from overleg.domain.procedures import Procedure
from overleg.domain.records import id_of
from overleg.services.container import Services
from overleg.ui.common.command_bus import CommandBus
from overleg.ui.common.guard import guarded
from overleg.ui.common.layout import hbox, vbox
from overleg.ui.common.row_table_model import RowTableModel
from overleg.ui.common.save_and_open import Opener, open_with_system, save_and_open
from overleg.ui.prompts import Prompts
from overleg.ui.screen import Screen

DOCX = "Word (*.docx)"
HEADER_CHARS = 20  # a step's name is wrapped to lines this long


class MatrixModel(RowTableModel):
    """One procedure's block: a row per municipality, a column per step."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.steps: tuple[str, ...] = ()
        self.as_of = date.today()

    def show_block(self, block: MatrixBlock | None, as_of: date) -> None:
        self.beginResetModel()
        self.steps = block.steps if block else ()
        self.rows = list(block.rows) if block else []
        self.as_of = as_of
        self.endResetModel()

    def headers(self) -> list[str]:
        return [self.tr("Municipality"), *self.steps]

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        """A step's long name on a few lines (the columns share the width), whole as
        its tooltip."""
        title = super().headerData(section, orientation, Qt.ItemDataRole.DisplayRole)
        if title is None or role not in (Qt.ItemDataRole.DisplayRole,
                                         Qt.ItemDataRole.ToolTipRole):
            return None
        return textwrap.fill(title, HEADER_CHARS) if role == Qt.ItemDataRole.DisplayRole \
            else title

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        row = self.row_at(index)
        if row is None or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        party, cells = row
        if index.column() == 0:
            return party
        return "\n".join(cells[index.column() - 1].lines(self.as_of))


class DisputeModel(RowTableModel):
    def headers(self) -> list[str]:
        return [self.tr("Dispute"), self.tr("Parties"), self.tr("Next step"), self.tr("Due")]

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        row = self.row_at(index)
        if row is None or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        p, line = row
        if index.column() == 0:
            return p.title
        if index.column() == 1:
            return line.parties
        if line.closed_on is not None:
            return (self.tr("closed %1: %2").replace("%1", short_date(line.closed_on))
                    .replace("%2", line.result) if index.column() == 2 else "")
        return line.next_step if index.column() == 2 else \
            (short_date(line.next_due) if line.next_due else "")


class OogoScreen(Screen):
    shows = frozenset({"procedures", "milestones", "item_positions", "agenda_items",
                       "meetings"})

    def __init__(self, services: Services, prompts: Prompts, parent: QWidget | None = None,
                 bus: CommandBus | None = None) -> None:
        super().__init__(services, prompts, parent, bus)
        self.opener: Opener = open_with_system
        self.lead = QComboBox()
        self.lead.setAccessibleName(self.tr("Samenwerkingsverband"))
        lead_label = QLabel(self.tr("&Samenwerkingsverband"))
        lead_label.setBuddy(self.lead)
        self.procedure = QComboBox()
        self.procedure.setAccessibleName(self.tr("Procedure"))
        procedure_label = QLabel(self.tr("&Procedure"))
        procedure_label.setBuddy(self.procedure)
        self.public = QCheckBox(self.tr("P&ublic version"))
        self.empty = QLabel(self.tr("No OOGO procedure yet: start one under Deadlines "
                                    "(New procedure…)."))
        self.empty.setWordWrap(True)
        self.model = MatrixModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("OOGO status matrix"))
        self.table.setWordWrap(True)
        # the steps share the width and their cells wrap: no scrolling sideways
        columns = self.table.horizontalHeader()
        columns.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        columns.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.meeting_button = QPushButton(self.tr("Plan &meeting for a step…"))
        self.statement_button = QPushButton(self.tr("St&atement (Word)…"))
        self.matrix_word_button = QPushButton(self.tr("Matrix as &Word…"))
        self.matrix_excel_button = QPushButton(self.tr("Matrix as E&xcel…"))
        self.disputes = DisputeModel(self)
        self.dispute_table = QTableView()
        self.dispute_table.setModel(self.disputes)
        self.dispute_table.setAccessibleName(self.tr("Disputes"))
        self.dispute_table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.dispute_table.horizontalHeader().setStretchLastSection(True)
        self.waiting = QLabel()
        self.waiting.setWordWrap(True)
        self.open_dispute_button = QPushButton(self.tr("&Open dispute track…"))
        self.notice_button = QPushButton(self.tr("Dispute &notice (Word)…"))
        self.close_dispute_button = QPushButton(self.tr("&Close dispute…"))
        # one above the other, taking the width: side by side their long names were cut
        choice = QGridLayout()
        for row, (label, box) in enumerate(((lead_label, self.lead),
                                            (procedure_label, self.procedure))):
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(30)
            choice.addWidget(label, row, 0)
            choice.addWidget(box, row, 1)
        choice.addWidget(self.public, 0, 2)
        choice.setColumnStretch(1, 1)
        self.setLayout(vbox(
            choice,
            self.empty, self.table,
            _row(self.meeting_button, self.statement_button, self.matrix_word_button,
                 self.matrix_excel_button),
            QLabel(self.tr("<b>Disputes</b>")), self.waiting, self.dispute_table,
            _row(self.open_dispute_button, self.notice_button, self.close_dispute_button)))
        self.lead.currentIndexChanged.connect(self._lead_changed)
        self.procedure.currentIndexChanged.connect(self._show)
        self.public.toggled.connect(self._show)
        self.meeting_button.clicked.connect(self.plan_meeting)
        self.statement_button.clicked.connect(self.export_statement)
        self.matrix_word_button.clicked.connect(lambda: self.export_matrix(".docx"))
        self.matrix_excel_button.clicked.connect(lambda: self.export_matrix(".xlsx"))
        self.open_dispute_button.clicked.connect(self.open_dispute)
        self.notice_button.clicked.connect(self.export_notice)
        self.close_dispute_button.clicked.connect(self.close_dispute)

    # -- loading --------------------------------------------------------------------------

    def refresh(self) -> None:
        leads = guarded(self.prompts, self.services.oogo.leads) or []
        wanted = self.lead.currentData()
        self.lead.blockSignals(True)
        self.lead.clear()
        for o in leads:
            self.lead.addItem(o.name, o.id)
        at = self.lead.findData(wanted)
        self.lead.setCurrentIndex(at if at >= 0 else 0)
        self.lead.blockSignals(False)
        self.empty.setVisible(not leads)
        self._lead_changed()

    def _lead_changed(self) -> None:
        wanted = self.procedure.currentData()
        self.procedure.blockSignals(True)
        self.procedure.clear()
        lead = self.lead.currentData()
        for p in self.services.oogo.procedures_of(lead) if lead is not None else []:
            self.procedure.addItem(p.title, p.id)
        at = self.procedure.findData(wanted)
        self.procedure.setCurrentIndex(at if at >= 0 else 0)
        self.procedure.blockSignals(False)
        self._show()

    def _show(self) -> None:
        lead, pid = self.lead.currentData(), self.procedure.currentData()
        has = lead is not None and pid is not None
        for b in (self.meeting_button, self.statement_button, self.matrix_word_button,
                  self.matrix_excel_button, self.open_dispute_button):
            b.setEnabled(has)
        if not has:
            self.model.show_block(None, self.services.ctx.today())
            self.disputes.load([])
            self.waiting.clear()
            self._dispute_buttons()
            return
        public = self.public.isChecked()
        matrix = guarded(self.prompts, lambda: self.services.oogo.matrix(lead, public=public))
        procedures = self.services.oogo.procedures_of(lead)
        index = next((n for n, p in enumerate(procedures) if p.id == pid), 0)
        block = matrix.blocks[index] if matrix and index < len(matrix.blocks) else None
        self.model.show_block(block, self.services.ctx.today())
        self.disputes.load(self.services.oogo.dispute_lines(pid, public=public))
        waiting = self._waiting_items(pid)
        self.waiting.setText(self.tr("%1 talking point(s) ended in a dispute without a "
                                     "dispute track yet.").replace("%1", str(len(waiting)))
                             if waiting else "")
        self._dispute_buttons()

    def _dispute_buttons(self) -> None:
        has = bool(self.disputes.rows)
        self.notice_button.setEnabled(has)
        self.close_dispute_button.setEnabled(has)

    def _waiting_items(self, procedure_id: int) -> list[tuple[int, str]]:
        """The talking points in this procedure's meetings with the outcome 'geschil'
        and no track yet: (item id, label)."""
        return self.services.oogo.points_without_track(procedure_id)

    def selected_procedure(self) -> int | None:
        return self.procedure.currentData()

    def selected_dispute(self) -> Procedure | None:
        row = self.disputes.row_at(self.dispute_table.currentIndex())
        if row is None and len(self.disputes.rows) == 1:
            row = self.disputes.rows[0]
        return row[0] if row is not None else None

    # -- actions --------------------------------------------------------------------------

    def plan_meeting(self) -> None:
        pid = self.selected_procedure()
        if pid is None:
            return
        view = self.services.procedures.view(pid)
        steps = [m for m in view.steps if m.needs_meeting and not m.done]
        if not steps:
            self.prompts.info(self.tr("Every step that needs a meeting has been done."))
            return
        n = self.prompts.choose(self.tr("Plan meeting"), self.tr("Step"),
                                [f"{m.title} ({short_date(m.due)})" for m in steps])
        if n is None:
            return
        when = self.prompts.ask_text(self.tr("Plan meeting"),
                                     self.tr("Date and time (dd-mm-yyyy hh:mm)"))
        if not when:
            return

        def plan():
            day, _, clock = when.strip().partition(" ")
            try:
                at = datetime.combine(parse_date(day),
                                      time.fromisoformat((clock or "14:00").strip().zfill(5)))
            except ValueError:
                raise ValidationError(self.tr("'%1' is not a time; write for example "
                                              "14:00.").replace("%1", clock)) from None
            return self.bus.run(self.tr("Plan meeting"), lambda: (
                self.services.procedures.plan_meeting(id_of(steps[n]), at)))

        planned = guarded(self.prompts, plan)
        if planned:
            self.prompts.info(self.tr("Meeting planned with a talking point for '%1'.")
                              .replace("%1", steps[n].title))
        self._show()

    def export_statement(self) -> None:
        pid = self.selected_procedure()
        if pid is None:
            return
        public = self.public.isChecked()
        save_and_open(self.prompts, self.tr("Save statement"), DOCX, "verklaring-oogo.docx",
                      lambda p: self.services.oogo.write_statement(pid, p, public=public),
                      self.opener)

    def export_matrix(self, suffix: str) -> None:
        lead = self.lead.currentData()
        if lead is None:
            return
        public = self.public.isChecked()
        filters = DOCX if suffix == ".docx" else "Excel (*.xlsx)"
        save_and_open(self.prompts, self.tr("Save status matrix"), filters,
                      f"oogo-statusoverzicht{suffix}",
                      lambda p: self.services.oogo.write_matrix(lead, p, public=public),
                      self.opener)

    def open_dispute(self) -> None:
        pid = self.selected_procedure()
        if pid is None:
            return
        waiting = self._waiting_items(pid)
        if not waiting:
            self.prompts.info(self.tr("No talking point of this procedure ended in a "
                                      "dispute without a track. Record the outcome "
                                      "'dispute' in the minutes first."))
            return
        n = self.prompts.choose(self.tr("Open dispute track"), self.tr("Talking point"),
                                [label for _id, label in waiting])
        if n is None:
            return
        view = guarded(self.prompts, lambda: self.bus.run(
            self.tr("Open dispute track"),
            lambda: self.services.procedures.open_dispute(waiting[n][0], procedure_id=pid)))
        if view is not None:
            first = next((m for m in view.steps if not m.done), None)
            self.prompts.info(self.tr("Dispute track opened; next: %1, due %2.")
                              .replace("%1", first.title if first else "")
                              .replace("%2", short_date(first.due) if first else ""))
        self._show()

    def export_notice(self) -> None:
        d = self.selected_dispute()
        if d is None:
            return
        save_and_open(self.prompts, self.tr("Save dispute notice"), DOCX,
                      "kennisgeving-geschil.docx",
                      lambda p: self.services.oogo.write_dispute_notice(id_of(d), p),
                      self.opener)

    def close_dispute(self) -> None:
        d = self.selected_dispute()
        if d is None:
            return
        result = self.prompts.ask_text(self.tr("Close dispute"),
                                       self.tr("Result and its effect on the procedure"),
                                       multiline=True)
        if not result:
            return
        guarded(self.prompts, lambda: self.bus.run(self.tr("Close dispute"), lambda: (
            self.services.procedures.close_dispute(id_of(d), result))))
        self._show()


def _row(*widgets: QWidget):
    row = hbox(*widgets)
    row.addStretch(1)
    return row
