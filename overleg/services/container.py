"""All services over one database, built once by the composition root."""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlite_utils import Database

from overleg.services.agenda_service import AgendaService
from overleg.services.audit_service import AuditService
from overleg.services.backup_service import BackupService
from overleg.services.body_service import BodyService
from overleg.services.calendar_service import CalendarService
from overleg.services.context import Context
from overleg.services.document_service import DocumentService
from overleg.services.followup_service import FollowUpService
from overleg.services.import_service import ImportService
from overleg.services.mail_service import MailService
from overleg.services.meeting_service import MeetingService
from overleg.services.minutes_service import MinutesService
from overleg.services.planning_service import PlanningService
from overleg.services.presence_service import PresenceService
from overleg.services.schema_service import SchemaService
from overleg.services.search_service import SearchService
from overleg.services.spreadsheet_service import SpreadsheetService


@dataclass
class Services:
    ctx: Context
    bodies: BodyService
    meetings: MeetingService
    agenda: AgendaService
    minutes: MinutesService
    followups: FollowUpService
    schemas: SchemaService
    search: SearchService
    planning: PlanningService
    documents: DocumentService
    calendar: CalendarService
    spreadsheets: SpreadsheetService
    imports: ImportService
    mail: MailService
    audit: AuditService
    backups: BackupService
    presence: PresenceService

    @property
    def db(self) -> Database:
        return self.ctx.db


def build_services(db: Database, *, now: Callable[[], datetime] = datetime.now,
                   user: str | None = None) -> Services:
    ctx = Context(db, now=now) if user is None else Context(db, now=now, user=user)
    return Services(ctx=ctx, bodies=BodyService(ctx), meetings=MeetingService(ctx),
                    agenda=AgendaService(ctx), minutes=MinutesService(ctx),
                    followups=FollowUpService(ctx), schemas=SchemaService(ctx),
                    search=SearchService(ctx), planning=PlanningService(ctx),
                    documents=DocumentService(ctx),
                    calendar=CalendarService(ctx), spreadsheets=SpreadsheetService(ctx),
                    imports=ImportService(ctx), mail=MailService(ctx), audit=AuditService(ctx),
                    backups=BackupService(ctx), presence=PresenceService(ctx))
