"""The mail draft that tells everyone invited that a meeting is cancelled, with the
calendar cancellation (.ics, METHOD:CANCEL) attached so their calendars drop the entry.

One draft per audience on the attendance list, as for the invitation: the guests' text
lists only the agenda lines they may read (domain/audience.py)."""

from pathlib import Path

from overleg.domain.audience import Audience
from overleg.domain.dutch_dates import short_date
from overleg.domain.enums import MeetingStatus
from overleg.domain.errors import ValidationError
from overleg.domain.fields import safe_file_name
from overleg.exports.mail.cancellation_texts import cancellation_subject, cancellation_text
from overleg.exports.mail.draft import ICS_MIME, Attachment
from overleg.services.mail_service import MailDraft, MailService
from overleg.services.meeting_service import MeetingService

KIND = "Afzegging"  # the drafts' file names: 'Afzegging STT 19-09-2013.eml'


class CancellationMailService(MailService):
    def cancellation(self, meeting_id: int, out: Path, signature: str = ""
                     ) -> list[MailDraft]:
        """'Send cancellation': one draft per audience (members first); `out` is the .eml
        file or a folder to put the drafts in."""
        return [self.cancellation_draft(meeting_id, out, signature, audience=audience)
                for audience in self.audiences(meeting_id)]

    def cancellation_draft(self, meeting_id: int, out: Path, signature: str = "", *,
                           audience: Audience = Audience.MEMBERS) -> MailDraft:
        m = self.meetings.get(meeting_id)
        if m.status is not MeetingStatus.CANCELLED:
            raise ValidationError("Deze vergadering is niet geannuleerd; stuur een "
                                  "afzegging pas na het annuleren.")
        body = self.bodies.get(m.body_id)
        ics = Attachment(safe_file_name(f"Vervallen {body.code} {short_date(m.day)}") + ".ics",
                         self.calendar.meeting_ics(meeting_id), ICS_MIME)
        later = [x.meeting for x in self.meetings.listings(
            body_id=m.body_id, start=m.day, statuses=[MeetingStatus.PLANNED,
                                                      MeetingStatus.AGENDA_SENT])
            if x.meeting.starts_at > m.starts_at]
        assert m.ends_at is not None
        text = cancellation_text(
            body.name, m.starts_at, m.ends_at, m.location,
            MeetingService(self.ctx).cancel_reason(meeting_id),
            self.calendar.agenda_lines(meeting_id, audience),
            later[0].day if later else None, self._signed(signature))
        out = Path(out)
        if out.is_dir():
            out = out / self.suggested_name(meeting_id, KIND)
        return self._write(m, self._out(out, audience),
                           cancellation_subject(body.name, m.starts_at), text, [ics],
                           audience)
