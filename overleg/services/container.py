"""All services over one database, built once by the composition root.

The services that read or write other people's files (Word, calendar, mail, Excel, an
imported action list) are built when first asked for: importing them costs every start
of the app time that only an export or an import needs.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from functools import cached_property
from typing import TYPE_CHECKING

from overleg.services.agenda_service import AgendaService
from overleg.services.backup_service import BackupService
from overleg.services.body_service import BodyService
from overleg.services.command_service import CommandService
from overleg.services.context import Context
from overleg.services.meeting_service import MeetingService
from overleg.services.milestone_service import MilestoneService
from overleg.services.minutes_service import MinutesService
from overleg.services.planning_service import PlanningService
from overleg.services.presence_service import PresenceService
from overleg.services.schema_service import SchemaService
from overleg.storage.record_stamps import watch_writer

if TYPE_CHECKING:
    from overleg.services.attachment_service import AttachmentService
    from overleg.services.audit_service import AuditService
    from overleg.services.calendar_service import CalendarService
    from overleg.services.cancellation_mail import CancellationMailService
    from overleg.services.document_service import DocumentService
    from overleg.services.exchange.service import ExchangeService
    from overleg.services.file_check_service import FileCheckService
    from overleg.services.followup_service import FollowUpService
    from overleg.services.import_service import ImportService
    from overleg.services.mail_service import MailService
    from overleg.services.oogo_report_service import OogoReportService
    from overleg.services.pack_service import PackService
    from overleg.services.pdf_document_service import PdfDocumentService
    from overleg.services.person_data_service import PersonDataService
    from overleg.services.position_service import PositionService
    from overleg.services.procedure_service import ProcedureService
    from overleg.services.reminder_mail import ReminderMailService
    from overleg.services.retention_service import RetentionService
    from overleg.services.search_service import SearchService
    from overleg.services.spreadsheet_service import SpreadsheetService
    from overleg.storage.connection import Database


@dataclass
class Services:
    """All services over one database; the rarely used ones are built when first asked for."""
    ctx: Context
    bodies: BodyService
    meetings: MeetingService
    agenda: AgendaService
    minutes: MinutesService
    schemas: SchemaService
    planning: PlanningService
    backups: BackupService
    presence: PresenceService
    commands: CommandService
    milestones: MilestoneService

    @property
    def db(self) -> Database:
        return self.ctx.db

    @cached_property
    def file_check(self) -> FileCheckService:
        """The full check of a file opened before it (the window's start)."""
        from overleg.services.file_check_service import FileCheckService

        return FileCheckService(self.ctx, self.schemas)

    @cached_property
    def followups(self) -> FollowUpService:
        from overleg.services.followup_service import FollowUpService

        return FollowUpService(self.ctx)

    @cached_property
    def search(self) -> SearchService:
        from overleg.services.search_service import SearchService

        return SearchService(self.ctx)

    @cached_property
    def audit(self) -> AuditService:
        from overleg.services.audit_service import AuditService

        return AuditService(self.ctx)

    @cached_property
    def procedures(self) -> ProcedureService:
        from overleg.services.procedure_service import ProcedureService

        return ProcedureService(self.ctx)

    @cached_property
    def positions(self) -> PositionService:
        from overleg.services.position_service import PositionService

        return PositionService(self.ctx)

    @cached_property
    def attachments(self) -> AttachmentService:
        from overleg.services.attachment_service import AttachmentService

        return AttachmentService(self.ctx)

    @cached_property
    def exchange(self) -> ExchangeService:
        from overleg.services.exchange.service import ExchangeService

        return ExchangeService(self.ctx, self.commands)

    @cached_property
    def documents(self) -> DocumentService:
        from overleg.services.document_service import DocumentService

        return DocumentService(self.ctx)

    @cached_property
    def person_data(self) -> PersonDataService:
        """Personal data under the AVG: anonymise, access export, retention."""
        from overleg.services.person_data_service import PersonDataService

        return PersonDataService(self.ctx)

    @cached_property
    def retention(self) -> RetentionService:
        """Retention periods of personal data and the records past them."""
        from overleg.services.retention_service import RetentionService

        return RetentionService(self.ctx)

    @cached_property
    def pdf_documents(self) -> PdfDocumentService:
        """The PDF/A versions of the documents, from the same records as the Word ones."""
        from overleg.services.pdf_document_service import PdfDocumentService

        return PdfDocumentService(self.documents)

    @cached_property
    def pack(self) -> PackService:
        """The meeting pack: the agenda and the documents attached to its items."""
        from overleg.services.pack_service import PackService, attached_files

        return PackService(self.pdf_documents, inputs=attached_files(self.attachments))

    @cached_property
    def calendar(self) -> CalendarService:
        from overleg.services.calendar_service import CalendarService

        return CalendarService(self.ctx)

    @cached_property
    def spreadsheets(self) -> SpreadsheetService:
        from overleg.services.spreadsheet_service import SpreadsheetService

        return SpreadsheetService(self.ctx)

    @cached_property
    def imports(self) -> ImportService:
        from overleg.services.import_service import ImportService

        return ImportService(self.ctx)

    @cached_property
    def mail(self) -> MailService:
        from overleg.services.mail_service import MailService

        return MailService(self.ctx)

    @cached_property
    def oogo(self) -> OogoReportService:
        """The OOGO statement, the status matrix and the dispute notice."""
        from overleg.services.oogo_report_service import OogoReportService

        return OogoReportService(self.ctx)

    @cached_property
    def cancellation_mail(self) -> CancellationMailService:
        from overleg.services.cancellation_mail import CancellationMailService

        return CancellationMailService(self.ctx)

    @cached_property
    def reminders(self) -> ReminderMailService:
        from overleg.services.reminder_mail import ReminderMailService

        return ReminderMailService(self.ctx)


def build_services(db: Database, *, now: Callable[[], datetime] = datetime.now,
                   user: str | None = None) -> Services:
    ctx = Context(db, now=now) if user is None else Context(db, now=now, user=user)
    watch_writer(db, lambda: ctx.user)  # the triggers' versions and tombstones name the user
    return Services(ctx=ctx, bodies=BodyService(ctx), meetings=MeetingService(ctx),
                    agenda=AgendaService(ctx), minutes=MinutesService(ctx),
                    schemas=SchemaService(ctx), planning=PlanningService(ctx),
                    backups=BackupService(ctx), presence=PresenceService(ctx),
                    commands=CommandService(ctx), milestones=MilestoneService(ctx))
