"""Reminder mails: per owner, a draft listing their open follow-ups (where agreed, the
term, how many days overdue), so the secretary stops chasing owners by hand.

The audience rule (domain/audience.py) decides per follow-up: a confidential follow-up
is listed only to an owner who is a member of the body where it was agreed; anyone else
(an organisation, a person from outside the body) gets the neutral line instead."""

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from overleg.domain.audience import Audience, audience_of, left_out_line, sees_closed
from overleg.domain.dutch_dates import long_date
from overleg.domain.enums import FollowUpStatus
from overleg.domain.errors import ValidationError
from overleg.domain.fields import safe_file_name
from overleg.domain.listings import ActionFilter, ActionListing
from overleg.exports.mail.draft import Recipient, draft_message
from overleg.exports.mail.reminder_texts import ReminderLine, reminder_subject, reminder_text
from overleg.services.confidentiality import Confidentiality
from overleg.services.context import Context
from overleg.services.file_output import write_file
from overleg.services.mail_service import MailDraft
from overleg.storage.body_repo import BodyRepo
from overleg.storage.followup_repo import FollowUpRepo
from overleg.storage.meeting_repo import MeetingRepo
from overleg.storage.people_repo import PeopleRepo

PERSON, ORGANISATION = "person", "organisation"


@dataclass(frozen=True)
class Owner:
    """The person or organisation a reminder mail goes to."""
    kind: str  # PERSON or ORGANISATION
    id: int
    name: str


class ReminderMailService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.followups = FollowUpRepo(ctx.db)
        self.meetings = MeetingRepo(ctx.db)
        self.bodies = BodyRepo(ctx.db)
        self.people = PeopleRepo(ctx.db)
        self.closed = Confidentiality(ctx.db)

    def owners(self) -> list[Owner]:
        """Everyone who owns an open follow-up, by name."""
        found = {self._owner_of(x) for x in self._open(ActionFilter(
            status=FollowUpStatus.OPEN, as_of=self.ctx.today()))}
        return sorted((o for o in found if o is not None),
                      key=lambda o: (o.name.casefold(), o.kind, o.id))

    def reminder(self, kind: str, owner_id: int, out: Path, *, as_of: date | None = None,
                 signature: str = "") -> MailDraft:
        """The draft for one owner ('person' or 'organisation'); `out` is the .eml file
        or a folder to put it in."""
        as_of = as_of or self.ctx.today()
        owner = self._owner(kind, owner_id)
        flt = ActionFilter(status=FollowUpStatus.OPEN, as_of=as_of,
                           owner_person_id=owner_id if kind == PERSON else None,
                           owner_organisation_id=owner_id if kind == ORGANISATION else None)
        listings = self._open(flt)
        if not listings:
            raise ValidationError(f"{owner.name} heeft geen openstaande actiepunten.")
        out = Path(out)
        if out.is_dir():
            out = out / self.suggested_name(owner)
        return self._write(owner, listings, out, as_of, signature)

    def reminders(self, folder: Path, *, as_of: date | None = None, signature: str = ""
                  ) -> list[MailDraft]:
        """A draft for every owner of an open follow-up, in `folder`."""
        drafts, names = [], set()
        for owner in self.owners():
            name = self.suggested_name(owner)
            if name in names:  # two owners of one name: both get their own file
                kind = "persoon" if owner.kind == PERSON else "organisatie"
                name = name.removesuffix(".eml") + f" ({kind} {owner.id}).eml"
            names.add(name)
            drafts.append(self.reminder(owner.kind, owner.id, Path(folder) / name,
                                        as_of=as_of, signature=signature))
        return drafts

    def file_name(self, kind: str, owner_id: int) -> str:
        """The draft's usual name: 'Herinnering actiepunten Tom Verbeek.eml'."""
        return self.suggested_name(self._owner(kind, owner_id))

    @staticmethod
    def suggested_name(owner: Owner) -> str:
        return safe_file_name(f"Herinnering actiepunten {owner.name}") + ".eml"

    # -- the draft ------------------------------------------------------------------------

    def _write(self, owner: Owner, listings: list[ActionListing], out: Path, as_of: date,
               signature: str) -> MailDraft:
        closed = self.closed.closed_followups(x.followup for x in listings)
        audiences = {x.followup.id: self._audience(owner, x) for x in listings}
        shown = [x for x in listings if x.followup.id not in closed
                 or sees_closed(audiences[x.followup.id])]
        lines = [ReminderLine(
            x.followup.text,
            f"{x.body_name}, {long_date(x.origin_day)}" if x.origin_day else "",
            x.target_label, x.followup.target.due) for x in shown]
        text = reminder_text(owner.name, lines, as_of,
                             left_out_line(len(listings) - len(shown)),
                             signature.strip() or self.ctx.sender.signature())
        email = self.people.person(owner.id).email if owner.kind == PERSON else ""
        to = [Recipient(owner.name, email)] if email else []
        path = write_file(out, draft_message(to, reminder_subject(as_of), text))
        audience = (Audience.MEMBERS if all(sees_closed(a) for a in audiences.values())
                    else Audience.GUESTS)
        return MailDraft(path, [owner.name] if email else [],
                         [] if email else [owner.name], audience)

    def _audience(self, owner: Owner, x: ActionListing) -> Audience:
        """Members of the body where the follow-up was agreed read it in full."""
        origin = x.followup.meeting_id
        if owner.kind != PERSON or origin is None:
            return audience_of(False)
        body_id = self.meetings.get(origin).body_id
        return audience_of(any(p.id == owner.id for _role, p in self.bodies.members(body_id)))

    # -- owners ---------------------------------------------------------------------------

    def _open(self, flt: ActionFilter) -> list[ActionListing]:
        return self.followups.page(flt, limit=-1)

    def _owner_of(self, x: ActionListing) -> Owner | None:
        f = x.followup
        if f.owner_person_id is not None:
            return Owner(PERSON, f.owner_person_id, f.owner_label)
        if f.owner_organisation_id is not None:
            return Owner(ORGANISATION, f.owner_organisation_id, f.owner_label)
        return None

    def _owner(self, kind: str, owner_id: int) -> Owner:
        if kind == PERSON:
            return Owner(PERSON, owner_id, self.people.person(owner_id).name)
        if kind == ORGANISATION:
            return Owner(ORGANISATION, owner_id, self.people.organisation(owner_id).name)
        raise ValidationError(f"Onbekend soort eigenaar: {kind}.")
