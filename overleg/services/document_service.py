"""Word documents of meetings and lists: gathers the records, renders, saves atomically.

One method per document kind. `public=False` (the default) is the full version for
members; `public=True` leaves out what was dealt with in closed session. `template` is a
.docx/.dotx path; without it the body's own template is used, else the house style. An
unusable template is refused with one sentence, never silently replaced.
"""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from overleg.domain.dutch_dates import long_date
from overleg.domain.enums import AttendanceStatus, MeetingStatus, MemberRole
from overleg.domain.errors import ValidationError
from overleg.domain.listings import ActionFilter
from overleg.domain.meetings import Meeting
from overleg.domain.organisations import Person
from overleg.domain.positions import STANCE_NL
from overleg.domain.records import id_of
from overleg.domain.vocabulary import nl
from overleg.resource_paths import resource
from overleg.services.adoption_history import current_amendments
from overleg.services.confidentiality import Confidentiality
from overleg.services.context import Context
from overleg.services.progress import Cancelled
from overleg.storage.agenda_repo import AgendaRepo
from overleg.storage.audit_repo import AuditRepo
from overleg.storage.body_repo import BodyRepo
from overleg.storage.decision_repo import DecisionRepo
from overleg.storage.followup_repo import FollowUpRepo
from overleg.storage.meeting_repo import MeetingRepo
from overleg.storage.people_repo import PeopleRepo
from overleg.storage.position_repo import PositionRepo
from overleg.storage.schema_repo import SchemaRepo

if TYPE_CHECKING:
    from docx.document import Document

    from overleg.exports import word

DEFAULT_TEMPLATE = ("templates", "overleg-standaard.docx")
A = AttendanceStatus


def _word():
    """The Word exports, imported with the first document: python-docx and lxml take
    about 50 ms to load, which every start of the app paid for nothing."""
    from overleg.exports import word

    return word


class DocumentService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.meetings = MeetingRepo(ctx.db)
        self.bodies = BodyRepo(ctx.db)
        self.items = AgendaRepo(ctx.db)
        self.decision_repo = DecisionRepo(ctx.db)
        self.followups = FollowUpRepo(ctx.db)
        self.people = PeopleRepo(ctx.db)
        self.schemas = SchemaRepo(ctx.db)
        self.confidentiality = Confidentiality(ctx.db)

    # -- the four documents ---------------------------------------------------------------

    def agenda(self, meeting_id: int, path: str | Path, *, public: bool = False,
               template: str | Path | None = None) -> Path:
        with self.ctx.db.atomic():
            record = self.meeting_record(meeting_id)
        doc = _word().render_agenda(record, public=public,
                                 template=self.template_for(record.body.template_path, template))
        return self._save(doc, path)

    def minutes(self, meeting_id: int, path: str | Path, *, public: bool = False,
                template: str | Path | None = None) -> Path:
        with self.ctx.db.atomic():
            record = self.meeting_record(meeting_id)
        doc = _word().render_minutes(record, public=public,
                                  template=self.template_for(record.body.template_path,
                                                             template))
        return self._save(doc, path)

    def decisions(self, path: str | Path, *, meeting_id: int | None = None,
                  body_id: int | None = None, start: date | None = None,
                  end: date | None = None, public: bool = False,
                  template: str | Path | None = None,
                  cancel: threading.Event | None = None) -> Path:
        """`cancel` (set from another thread) stops the work before the file is
        written; python-docx holds the whole document, so there is no progress to
        report before it is saved."""
        entries, scope, body_template = self.decision_entries(meeting_id, body_id,
                                                              start, end)
        _stop_if(cancel)
        doc = _word().render_decision_list(entries, scope, public=public,
                                        template=self.template_for(body_template, template))
        _stop_if(cancel)
        return self._save(doc, path)

    def actions(self, path: str | Path, *, meeting_id: int | None = None,
                body_id: int | None = None, start: date | None = None,
                end: date | None = None, public: bool = False,
                template: str | Path | None = None, as_of: date | None = None,
                cancel: threading.Event | None = None) -> Path:
        as_of = as_of or self.ctx.today()
        entries, scope, body_template = self.action_entries(meeting_id, body_id, start, end,
                                                            as_of)
        _stop_if(cancel)
        doc = _word().render_action_list(entries, scope, as_of, public=public,
                                      template=self.template_for(body_template, template))
        _stop_if(cancel)
        return self._save(doc, path)

    # -- what the documents are made of (also for benchmarks and the archive) ----------

    def meeting_record(self, meeting_id: int) -> word.MeetingRecord:
        m = self.meetings.get(meeting_id)
        body = self.bodies.get(m.body_id)
        adopted_in = ""
        if m.adopted_in_meeting_id is not None:
            adopted_in = self.meetings.listing(m.adopted_in_meeting_id).body_name
        items = self.items.items(meeting_id)  # with the criteria checklists
        postponed = {i.id: self._meeting_phrase(i.postponed_to_meeting_id, m)
                     for i in items if i.postponed_to_meeting_id is not None}
        return _word().MeetingRecord(
            body=body, meeting=m, items=items,
            decisions=self.decision_repo.for_meeting(meeting_id),
            followups=self.followups.for_origin(meeting_id),
            people=self._people(m), adopted_in=adopted_in,
            amendments=current_amendments(AuditRepo(self.ctx.db), m),
            postponed_to=postponed, themes=self._themes(items),
            adopted_here=[self._meeting_phrase(id_of(a), m)
                          for a in self.meetings.adopted_in(meeting_id)],
            returning={i.id: self.followups.get(i.source_followup_id) for i in items
                       if i.source_followup_id is not None},
            positions=self._positions(items))

    def decision_entries(self, meeting_id: int | None, body_id: int | None,
                         start: date | None, end: date | None
                         ) -> tuple[list[word.DecisionEntry], word.Scope, str]:
        """The decisions a list shows, each marked confidential or not, its scope and
        the body's template (for the Word and the PDF version alike)."""
        with self.ctx.db.atomic():
            scope, body_template = self._scope(meeting_id, body_id, start, end)
            listings = self.decision_repo.register(body_id=body_id, meeting_id=meeting_id,
                                                   start=start, end=end)
            closed = self.confidentiality.closed_decisions(x.decision for x in listings)
            entries = [_word().DecisionEntry(x.decision, x.body_name, x.meeting_starts,
                                          x.item_title, x.decision.id in closed)
                       for x in listings]
        return entries, scope, body_template

    def action_entries(self, meeting_id: int | None, body_id: int | None,
                       start: date | None, end: date | None, as_of: date
                       ) -> tuple[list[word.ActionEntry], word.Scope, str]:
        """The follow-ups an action list shows, as decision_entries."""
        with self.ctx.db.atomic():
            scope, body_template = self._scope(meeting_id, body_id, start, end)
            listings = [x for x in self.followups.page(
                ActionFilter(body_id=body_id, origin_meeting_id=meeting_id, as_of=as_of),
                limit=-1) if _within(x.origin_day, start, end)]
            # One lookup for all (a query per decision and per item took seconds).
            closed = self.confidentiality.closed_followups(x.followup for x in listings)
            entries = [_word().ActionEntry(x.followup, x.body_name, x.origin_day,
                                           id_of(x.followup) in closed) for x in listings]
        return entries, scope, body_template

    def template_for(self, body_template: str, template: str | Path | None) -> Path:
        """The template to use: the one asked for, the body's own, or the house style."""
        if template is not None and str(template).strip():
            return Path(template)
        if body_template.strip():
            return Path(body_template)
        return resource(*DEFAULT_TEMPLATE)

    def render_minutes(self, meeting_id: int, *, public: bool = False,
                       template: str | Path | None = None) -> Document:
        """The minutes as a python-docx Document, unsaved (for the archive export)."""
        with self.ctx.db.atomic():
            record = self.meeting_record(meeting_id)
        doc = _word().render_minutes(record, public=public,
                                     template=self.template_for(record.body.template_path,
                                                                template))
        _word().stamp(doc, author=self.ctx.user, now=self.ctx.now())
        return doc

    # -- helpers --------------------------------------------------------------------------

    def _save(self, doc: Document, path: str | Path) -> Path:
        """Saved with the one who exports as author and this moment as creation date."""
        _word().stamp(doc, author=self.ctx.user, now=self.ctx.now())
        return _word().save_document(doc, path)

    def _people(self, m: Meeting) -> word.People:
        membership = self.bodies.members(m.body_id)
        roles = {p.id: role for role, p in membership}
        members = [p for _r, p in membership]
        by_status: dict[AttendanceStatus, list[str]] = {s: [] for s in AttendanceStatus}
        attendance = self.meetings.attendance(id_of(m))
        # Only the attendees are read (all people of the archive took half the time
        # of gathering the minutes); an unreadable one is left out.
        readable = {p.id: p for p in
                    self.people.people_with_ids([a.person_id for a in attendance])}
        for a in attendance:
            if a.person_id in readable:
                by_status[a.status].append(self._label(readable[a.person_id]))
        invited = by_status[A.INVITED] + by_status[A.PRESENT] + by_status[A.APOLOGIES]
        if not attendance:
            invited = [self._label(p) for p in members]
        chair = next((p for p in members if roles[p.id] is MemberRole.CHAIR), None)
        secretary = next((p for p in members if roles[p.id] is MemberRole.SECRETARY), None)
        return _word().People(
            chair=self._label(chair) if chair else "",
            secretary=self._label(secretary) if secretary else "",
            invited=tuple(sorted(invited)), present=tuple(by_status[A.PRESENT]),
            apologies=tuple(by_status[A.APOLOGIES]), guests=tuple(by_status[A.GUEST]))

    def _positions(self, items) -> dict[int, list[word.PositionLine]]:
        """Each talking point's positions per party (the audience rule drops a closed
        item whole, positions included)."""
        names = {o.id: o.name for o in self.people.organisations()}
        found: dict[int, list[word.PositionLine]] = {}
        for p in PositionRepo(self.ctx.db).of_items([i.id for i in items]):
            found.setdefault(p.item_id, []).append(_word().PositionLine(
                names.get(p.organisation_id, "?"), STANCE_NL[p.stance], p.text,
                p.document_version))
        return found

    def _themes(self, items) -> dict[int, str]:
        """The theme of each item with its column of the responsibility schema."""
        found = {}
        for item in items:
            if item.theme_id is not None:
                theme, _schema = self.schemas.theme(item.theme_id)
                title = "" if theme.title == item.title else f" {theme.title}"
                found[item.id] = (f"Thema {theme.code}{title} (verantwoordelijkheid: "
                                  f"{nl(theme.responsibility)})")
        return found

    def _label(self, person: Person) -> str:
        if person.organisation_id is None:
            return person.name
        org = self.people.organisation(person.organisation_id)
        return f"{person.name} ({org.short_name or org.name})"

    def _meeting_phrase(self, meeting_id: int, current: Meeting) -> str:
        listing = self.meetings.listing(meeting_id)
        day = long_date(listing.meeting.day)
        if listing.meeting.body_id == current.body_id:
            return f"de vergadering van {day}"
        return f"de vergadering van {listing.body_name} van {day}"

    def _scope(self, meeting_id: int | None, body_id: int | None, start: date | None,
               end: date | None) -> tuple[word.Scope, str]:
        if meeting_id is not None and (body_id is not None or start or end):
            raise ValidationError("Kies één vergadering, of een overlegorgaan met een "
                                  "periode, niet allebei.")
        if start and end and end < start:
            raise ValidationError("Het einde van de periode ligt vóór het begin.")
        if meeting_id is not None:
            m = self.meetings.get(meeting_id)
            body = self.bodies.get(m.body_id)
            draft = m.status is not MeetingStatus.MINUTES_ADOPTED
            return _word().Scope(body_name=body.name, meeting_starts=m.starts_at,
                              draft=draft), body.template_path
        if body_id is not None:
            body = self.bodies.get(body_id)
            return _word().Scope(body_name=body.name, start=start, end=end), body.template_path
        return _word().Scope(start=start, end=end), ""


def _stop_if(cancel: threading.Event | None) -> None:
    if cancel is not None and cancel.is_set():
        raise Cancelled


def _within(day: date | None, start: date | None, end: date | None) -> bool:
    if day is None:
        return start is None and end is None
    return (start is None or day >= start) and (end is None or day <= end)
