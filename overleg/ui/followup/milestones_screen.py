"""Termijnen: the statutory and policy milestones with what is overdue, due in the coming
weeks, or has no meeting planned; add, complete and delete them, or start a procedure."""

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QCheckBox, QHeaderView, QLabel, QPushButton, QTableView, QWidget

from overleg.domain.deadline_warnings import Urgency
from overleg.domain.dutch_dates import parse_date, short_date
from overleg.domain.enums import MilestoneKind, OrganisationKind
from overleg.domain.milestones import Milestone
from overleg.domain.records import id_of
from overleg.services.container import Services
from overleg.services.milestone_service import MilestoneListing
from overleg.ui.common.command_bus import CommandBus
from overleg.ui.common.date_edit import DateEdit
from overleg.ui.common.guard import guarded
from overleg.ui.common.layout import hbox, vbox
from overleg.ui.common.qt_dates import from_qdate
from overleg.ui.common.row_table_model import RowTableModel
from overleg.ui.common.whole_text_tips import show_whole_text_on_hover
from overleg.ui.prompts import Prompts
from overleg.ui.screen import Screen

# who runs a procedure of this subject: the samenwerkingsverband for its support plan
LEAD_KIND = {"support_plan_po": OrganisationKind.SWV_PO,
             "support_plan_vo": OrganisationKind.SWV_VO,
             "youth_care_plan": OrganisationKind.MUNICIPALITY,
             "school_buildings": OrganisationKind.MUNICIPALITY}


class MilestoneTableModel(RowTableModel):
    def headers(self) -> list[str]:
        return [self.tr("Due"), self.tr("State"), self.tr("Body / party"), self.tr("Milestone"),
                self.tr("Meeting needed by")]

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        x: MilestoneListing | None = self.row_at(index)
        if x is None or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        st, m = x.status, x.milestone
        col = index.column()
        if col == 0:
            return short_date(m.due) + (f" ({st.mark})" if st.mark else "")
        if col == 1:
            return {Urgency.OVERDUE: self.tr("overdue"), Urgency.TODAY: self.tr("today"),
                    Urgency.SOON: self.tr("soon"), Urgency.LATER: self.tr("planned"),
                    Urgency.DONE: self.tr("done")}[st.urgency]
        if col == 2:
            return " / ".join(p for p in (x.body, x.party) if p)
        if col == 3:
            return m.title + (f" [{m.legal_basis}]" if m.legal_basis else "")
        return short_date(st.meeting_needed_by) if st.meeting_needed_by else ""


class MilestonesScreen(Screen):
    def __init__(self, services: Services, prompts: Prompts, parent: QWidget | None = None,
                 bus: CommandBus | None = None) -> None:
        super().__init__(services, prompts, parent, bus)
        today = services.ctx.today()
        self.as_of = DateEdit(QDate(today.year, today.month, today.day))
        self.as_of.setCalendarPopup(True)
        self.as_of.setDisplayFormat("dd-MM-yyyy")
        as_of_label = QLabel(self.tr("A&s of"))
        as_of_label.setBuddy(self.as_of)
        self.show_done = QCheckBox(self.tr("Show &done"))
        self.summary = QLabel()
        self.model = MilestoneTableModel(self)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Deadlines and milestones"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        show_whole_text_on_hover(self.table)
        columns = self.table.horizontalHeader()
        columns.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        columns.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)  # elided, on hover whole
        self.add_button = QPushButton(self.tr("&Add milestone…"))
        self.procedure_button = QPushButton(self.tr("New &procedure…"))
        self.done_button = QPushButton(self.tr("Mark d&one"))
        self.delete_button = QPushButton(self.tr("De&lete"))
        bar = hbox(as_of_label, self.as_of, self.show_done, self.add_button,
                   self.procedure_button, self.done_button, self.delete_button)
        bar.addStretch(1)
        self.setLayout(vbox(bar, self.summary, self.table))
        self.as_of.dateChanged.connect(self.refresh)
        self.show_done.toggled.connect(self.refresh)
        self.add_button.clicked.connect(self.add_milestone)
        self.procedure_button.clicked.connect(self.new_procedure)
        self.done_button.clicked.connect(self.mark_done)
        self.delete_button.clicked.connect(self.delete_milestone)

    def day(self) -> date:
        return from_qdate(self.as_of.date())

    def refresh(self) -> None:
        day = self.day()
        rows = guarded(self.prompts, lambda: self.services.milestones.listing(
            as_of=day, include_done=self.show_done.isChecked())) or []
        self.model.load(rows)
        self.summary.setText(self.services.milestones.warning_line(day))

    def selected(self) -> Milestone | None:
        x = self.model.row_at(self.table.currentIndex())
        return x.milestone if x is not None else None

    def add_milestone(self) -> None:
        title = self.prompts.ask_text(self.tr("Add milestone"), self.tr("Title"))
        if not title:
            return
        due = self.prompts.ask_text(self.tr("Add milestone"),
                                    self.tr("Due date as the law states it (dd-mm-yyyy)"))
        if not due:
            return
        basis = self.prompts.ask_text(self.tr("Add milestone"), self.tr("Legal basis")) or ""
        guarded(self.prompts, lambda: self.services.milestones.add(
            Milestone(title=title, due=parse_date(due), legal_basis=basis,
                      kind=MilestoneKind.STATUTORY if basis else MilestoneKind.POLICY)))
        self.refresh()

    def new_procedure(self) -> None:
        templates = self.services.procedures.templates()
        n = self.prompts.choose(self.tr("New procedure"), self.tr("Template"),
                                [t.title for t in templates])
        if n is None:
            return
        t = templates[n]
        year = self.prompts.ask_text(self.tr("New procedure"),
                                     self.tr("Year (%1)").replace("%1", t.year_label),
                                     str(self.day().year + 1))
        if not year or not year.strip().isdigit():
            return
        orgs = self.services.bodies.pickable_organisations()  # archived ones not offered
        municipalities = [o.name for o in orgs if o.kind is OrganisationKind.MUNICIPALITY]
        parties = self.prompts.ask_text(self.tr("New procedure"),
                                        self.tr("Parties, separated by commas"),
                                        ", ".join(municipalities))
        if parties is None:
            return
        lead_kind = LEAD_KIND.get(t.subject, OrganisationKind.OTHER)
        leads = [o.name for o in orgs if o.kind is lead_kind]
        lead = self.prompts.ask_text(self.tr("New procedure"),
                                     self.tr("Run by (the samenwerkingsverband)"),
                                     leads[0] if leads else "")
        if lead is None:
            return
        reference = None
        if t.needs_reference_date:
            text = self.prompts.ask_text(self.tr("New procedure"),
                                         self.tr("Date of adoption (dd-mm-yyyy)"))
            if not text:
                return
            reference = guarded(self.prompts, lambda: parse_date(text))
            if reference is None:
                return
        procs = self.services.procedures

        def create():
            ids = [procs.organisation_named(name, OrganisationKind.MUNICIPALITY)
                   for name in (p.strip() for p in parties.split(",")) if name]
            lead_id = procs.organisation_named(lead, lead_kind) if lead.strip() else None
            return procs.create(t.code, int(year), party_ids=ids, reference=reference,
                                lead_id=lead_id)

        view = guarded(self.prompts, create)
        if view is not None:
            self.prompts.info(self.tr("Procedure '%1' created with %n step(s).", "",
                                      len(view.steps)).replace("%1", view.procedure.title))
        self.refresh()

    def mark_done(self) -> None:
        m = self.selected()
        if m is None:
            return
        milestone_id = id_of(m)
        guarded(self.prompts, lambda: self.services.milestones.complete(milestone_id, self.day()))
        self.refresh()

    def delete_milestone(self) -> None:
        m = self.selected()
        if m is None or not self.prompts.confirm(
                self.tr("Delete the milestone '%1'?").replace("%1", m.title)):
            return
        milestone_id = id_of(m)
        guarded(self.prompts, lambda: self.services.milestones.delete(milestone_id))
        self.refresh()
