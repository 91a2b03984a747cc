"""Mail drafts (.eml) for the invitation and the draft minutes, addressed to the people
on the meeting's attendance list and opened by the user's own mail program.

One draft per audience (domain/audience.py): the body's members get the full documents,
guests (attending as guest, or not a member of the body) the public version and a text
without closed titles."""

import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from overleg.domain.audience import Audience, audience_of, sees_closed
from overleg.domain.dutch_dates import short_date
from overleg.domain.enums import MeetingStatus
from overleg.domain.fields import safe_file_name
from overleg.domain.meetings import Meeting
from overleg.domain.organisations import Person
from overleg.domain.records import id_of
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
    minutes_kind,
    minutes_subject,
    minutes_text,
)
from overleg.services.attachment_service import AttachmentService
from overleg.services.calendar_service import CalendarService
from overleg.services.context import Context
from overleg.services.document_service import DocumentService
from overleg.services.file_output import write_file
from overleg.storage.body_repo import BodyRepo
from overleg.storage.meeting_repo import MeetingRepo
from overleg.storage.people_repo import PeopleRepo


@dataclass(frozen=True)
class MailDraft:
    """A mail draft written to disk: who it is for and who has no address."""
    path: Path
    recipients: list[str]  # names of the people it is addressed to
    without_email: list[str] = field(default_factory=list)  # on the list, no address known
    audience: Audience = Audience.MEMBERS


class MailService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.meetings = MeetingRepo(ctx.db)
        self.bodies = BodyRepo(ctx.db)
        self.people = PeopleRepo(ctx.db)
        self.calendar = CalendarService(ctx)
        self.documents = DocumentService(ctx)
        self.attachments = AttachmentService(ctx)

    # -- the two user actions -------------------------------------------------------------

    def invitation(self, meeting_id: int, out: Path, signature: str = "") -> list[MailDraft]:
        """'Send invitation': the agenda as Word document (in the body's house style), the
        items' documents (up to the setting's size; guests get the public ones) and the
        calendar entry, one draft per audience on the attendance list (members first)."""
        drafts = []
        for audience in self.audiences(meeting_id):
            files = self.attachments.mail_documents(meeting_id, audience,
                                                    self.ctx.mail_documents_limit)
            documents = [self._document(meeting_id, "Agenda", self.documents.agenda,
                                        audience)]
            documents += [Attachment(name, path.read_bytes(), mime)
                          for name, path, mime in files.files]
            drafts.append(self.invitation_draft(
                meeting_id, self._out(out, audience), documents, signature,
                audience=audience, notes=files.left_out))
        return drafts

    def draft_minutes(self, meeting_id: int, out: Path, signature: str = ""
                      ) -> list[MailDraft]:
        """'Send minutes': the minutes as Word document (the draft, or once adopted the
        adopted ones), one draft per audience on the attendance list (members first)."""
        kind = self.minutes_kind(meeting_id)
        return [self.minutes_draft(
            meeting_id, self._out(out, audience),
            [self._document(meeting_id, kind, self.documents.minutes, audience)],
            signature, audience=audience) for audience in self.audiences(meeting_id)]

    def minutes_kind(self, meeting_id: int) -> str:
        """'Conceptverslag', or 'Vastgesteld verslag' once adopted."""
        return minutes_kind(self.meetings.get(meeting_id).minutes_adopted)

    def audiences(self, meeting_id: int) -> list[Audience]:
        """The audiences among the meeting's attendance list; members when it is empty."""
        found = {audience for _person, audience in self._recipients(meeting_id)}
        return [a for a in (Audience.MEMBERS, Audience.GUESTS) if a in found] or \
            [Audience.MEMBERS]

    def _document(self, meeting_id: int, kind: str, render, audience: Audience
                  ) -> Attachment:
        name = self.suggested_name(meeting_id, kind).removesuffix(".eml")
        name += ("" if sees_closed(audience) else " openbaar") + ".docx"
        with tempfile.TemporaryDirectory(prefix="overleg-") as folder:
            path = render(meeting_id, Path(folder) / name, public=not sees_closed(audience))
            return Attachment(name, Path(path).read_bytes(), DOCX_MIME)

    @staticmethod
    def _out(out: Path, audience: Audience) -> Path:
        """The guests' draft next to the members' one: 'X.eml' and 'X (gasten).eml'."""
        out = Path(out)
        if sees_closed(audience) or out.is_dir():
            return out
        return out.with_name(f"{out.stem} (gasten){out.suffix}")

    # -- drafts with documents the caller made ----------------------------------------------

    def invitation_draft(self, meeting_id: int, out: Path,
                         documents: Sequence[Attachment] = (), signature: str = "", *,
                         audience: Audience = Audience.MEMBERS,
                         notes: Sequence[str] = ()) -> MailDraft:
        """The invitation with the given documents (the agenda .docx) and the meeting's
        calendar entry (.ics) attached. `out` is the .eml file or a folder to put it in;
        the interface then opens it in the mail program (QDesktopServices.openUrl). It is
        addressed to the attendance list's `audience` only; the documents must suit it."""
        m = self.meetings.get(meeting_id)
        m.ensure_editable()
        body = self.bodies.get(m.body_id)
        agenda = self.calendar.agenda_lines(meeting_id, audience)
        ics = Attachment(safe_file_name(f"Vergadering {body.code} {short_date(m.day)}") + ".ics",
                         self.calendar.meeting_ics(meeting_id), ICS_MIME)
        attachments = [*documents, ics]
        assert m.ends_at is not None
        text = invitation_text(body.name, m.starts_at, m.ends_at, m.location, agenda,
                               [a.filename for a in attachments], self._signed(signature),
                               audience, notes)
        return self._write(m, out, invitation_subject(body.name, m.starts_at), text,
                           attachments, audience)

    def minutes_draft(self, meeting_id: int, out: Path, documents: Sequence[Attachment] = (),
                      signature: str = "", *, audience: Audience = Audience.MEMBERS
                      ) -> MailDraft:
        """The draft minutes (given as documents) to everyone on the attendance list."""
        m = self.meetings.get(meeting_id)
        body = self.bodies.get(m.body_id)
        later = [x.meeting for x in self.meetings.listings(
            body_id=m.body_id, start=m.day, statuses=[MeetingStatus.PLANNED,
                                                      MeetingStatus.AGENDA_SENT])
            if x.meeting.starts_at > m.starts_at]
        adopted = m.adopted_on if m.minutes_adopted else None
        text = minutes_text(body.name, m.starts_at, later[0].day if later else None,
                            [a.filename for a in documents], self._signed(signature),
                            audience, adopted_on=adopted)
        return self._write(m, out, minutes_subject(body.name, m.starts_at, m.minutes_adopted),
                           text, documents, audience)

    def _signed(self, signature: str) -> str:
        """The given signature, else the name and function of the settings."""
        return signature.strip() or self.ctx.sender.signature()

    def suggested_name(self, meeting_id: int, kind: str = "Uitnodiging") -> str:
        m = self.meetings.get(meeting_id)
        code = self.bodies.get(m.body_id).code
        return safe_file_name(f"{kind} {code} {short_date(m.day)}") + ".eml"

    def _write(self, m: Meeting, out: Path, subject: str, text: str,
               attachments: Sequence[Attachment], audience: Audience) -> MailDraft:
        if Path(out).is_dir():  # a folder (e.g. a temporary one): the usual file name
            kind = next((k for k in ("Uitnodiging", minutes_kind(True), minutes_kind(False))
                         if subject.startswith(k)), "Uitnodiging")
            name = self.suggested_name(id_of(m), kind)
            out = self._out(Path(out) / name, audience)
        to, missing = [], []
        for person, person_audience in self._recipients(id_of(m)):
            if person_audience is not audience:
                continue
            if person.email:
                to.append(Recipient(person.name, person.email))
            else:
                missing.append(person.name)
        data = draft_message(to, subject, text, attachments)
        path = write_file(out, data)
        return MailDraft(path, [r.name for r in to], missing, audience)

    def _recipients(self, meeting_id: int) -> list[tuple[Person, Audience]]:
        """Everyone on the attendance list with the audience the rule gives them."""
        m = self.meetings.get(meeting_id)
        members = {p.id for _role, p in self.bodies.members(m.body_id)}
        readable = {p.id: p for p in self.people.people()}  # an unreadable one: left out
        return [(readable[a.person_id], audience_of(a.person_id in members, a.status))
                for a in self.meetings.attendance(meeting_id) if a.person_id in readable]
