"""Mail drafts (.eml) for the invitation and the draft minutes, addressed to the people
on the meeting's attendance list and opened by the user's own mail program."""

import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from overleg.domain.dutch_dates import short_date
from overleg.domain.enums import MeetingStatus
from overleg.domain.fields import safe_file_name
from overleg.domain.meetings import Meeting
from overleg.exports.mail.draft import (
    DOCX_MIME,
    ICS_MIME,
    Attachment,
    Recipient,
    draft_message,
)
from overleg.exports.mail.texts import (
    invitation_subject,
    invitation_text,
    minutes_subject,
    minutes_text,
)
from overleg.services.calendar_service import CalendarService
from overleg.services.context import Context
from overleg.services.document_service import DocumentService
from overleg.services.file_output import write_file
from overleg.storage.body_repo import BodyRepo
from overleg.storage.meeting_repo import MeetingRepo
from overleg.storage.people_repo import PeopleRepo


@dataclass(frozen=True)
class MailDraft:
    path: Path
    recipients: list[str]  # names of the people it is addressed to
    without_email: list[str] = field(default_factory=list)  # on the list, no address known


class MailService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.meetings = MeetingRepo(ctx.db)
        self.bodies = BodyRepo(ctx.db)
        self.people = PeopleRepo(ctx.db)
        self.calendar = CalendarService(ctx)
        self.documents = DocumentService(ctx)

    # -- the two user actions -------------------------------------------------------------

    def invitation(self, meeting_id: int, out: Path, signature: str = "") -> MailDraft:
        """'Send invitation': the agenda as Word document (full version, in the body's
        house style) and the calendar entry, in a draft to everyone invited."""
        agenda = self._document(meeting_id, "Agenda", self.documents.agenda)
        return self.invitation_draft(meeting_id, out, [agenda], signature)

    def draft_minutes(self, meeting_id: int, out: Path, signature: str = "") -> MailDraft:
        """'Send draft minutes': the minutes as Word document (full version, for the
        members) in a draft to everyone on the attendance list."""
        minutes = self._document(meeting_id, "Conceptverslag", self.documents.minutes)
        return self.minutes_draft(meeting_id, out, [minutes], signature)

    def _document(self, meeting_id: int, kind: str, render) -> Attachment:
        name = self.suggested_name(meeting_id, kind).removesuffix(".eml") + ".docx"
        with tempfile.TemporaryDirectory(prefix="overleg-") as folder:
            path = render(meeting_id, Path(folder) / name)
            return Attachment(name, Path(path).read_bytes(), DOCX_MIME)

    # -- drafts with documents the caller made ----------------------------------------------

    def invitation_draft(self, meeting_id: int, out: Path,
                         documents: Sequence[Attachment] = (), signature: str = ""
                         ) -> MailDraft:
        """The invitation with the given documents (the agenda .docx) and the meeting's
        calendar entry (.ics) attached. `out` is the .eml file or a folder to put it in;
        the interface then opens it in the mail program (QDesktopServices.openUrl)."""
        m = self.meetings.get(meeting_id)
        m.ensure_editable()
        body = self.bodies.get(m.body_id)
        entry = self.calendar.entry(meeting_id)
        ics = Attachment(safe_file_name(f"Vergadering {body.code} {short_date(m.day)}") + ".ics",
                         self.calendar.meeting_ics(meeting_id), ICS_MIME)
        attachments = [*documents, ics]
        assert m.ends_at is not None
        text = invitation_text(body.name, m.starts_at, m.ends_at, m.location, entry.agenda,
                               [a.filename for a in attachments], signature)
        return self._write(m, out, invitation_subject(body.name, m.starts_at), text,
                           attachments)

    def minutes_draft(self, meeting_id: int, out: Path, documents: Sequence[Attachment] = (),
                      signature: str = "") -> MailDraft:
        """The draft minutes (given as documents) to everyone on the attendance list."""
        m = self.meetings.get(meeting_id)
        body = self.bodies.get(m.body_id)
        later = [x.meeting for x in self.meetings.listings(
            body_id=m.body_id, start=m.day, statuses=[MeetingStatus.PLANNED,
                                                      MeetingStatus.AGENDA_SENT])
            if x.meeting.starts_at > m.starts_at]
        text = minutes_text(body.name, m.starts_at, later[0].day if later else None,
                            [a.filename for a in documents], signature)
        return self._write(m, out, minutes_subject(body.name, m.starts_at), text, documents)

    def suggested_name(self, meeting_id: int, kind: str = "Uitnodiging") -> str:
        m = self.meetings.get(meeting_id)
        code = self.bodies.get(m.body_id).code
        return safe_file_name(f"{kind} {code} {short_date(m.day)}") + ".eml"

    def _write(self, m: Meeting, out: Path, subject: str, text: str,
               attachments: Sequence[Attachment]) -> MailDraft:
        if Path(out).is_dir():  # a folder (e.g. a temporary one): the usual file name
            kind = "Uitnodiging" if subject.startswith("Uitnodiging") else "Conceptverslag"
            out = Path(out) / self.suggested_name(m.id, kind)  # type: ignore[arg-type]
        to, missing = [], []
        readable = {p.id: p for p in self.people.people()}  # an unreadable one: left out
        for a in self.meetings.attendance(m.id):  # type: ignore[arg-type]
            person = readable.get(a.person_id)
            if person is None:
                continue
            if person.email:
                to.append(Recipient(person.name, person.email))
            else:
                missing.append(person.name)
        data = draft_message(to, subject, text, attachments)
        path = write_file(out, data)
        return MailDraft(path, [r.name for r in to], missing)
