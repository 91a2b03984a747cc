"""Holding the meeting and closing the loop: decisions and follow-ups entered in place,
minutes adopted by a later meeting, and the explicit, recorded reopen."""

from datetime import date

from overleg.domain.audit_values import followup_changes
from overleg.domain.decisions import Decision
from overleg.domain.enums import DecisionStatus, FollowUpStatus, MeetingStatus, StandardItem
from overleg.domain.errors import TransitionError, ValidationError
from overleg.domain.followups import (
    NO_TERM,
    FollowUp,
    Target,
    change_status,
    check_content_editable,
    check_target,
    target_choices,
)
from overleg.domain.listings import MeetingListing
from overleg.domain.meetings import Meeting
from overleg.domain.records import id_of
from overleg.domain.text import clean_text
from overleg.services.adoption_history import MinutesEvent, adoption_reason, minutes_events
from overleg.services.context import Context
from overleg.services.numbering import renumber_decisions
from overleg.storage.agenda_repo import AgendaRepo
from overleg.storage.audit_repo import AuditRepo
from overleg.storage.decision_repo import DecisionRepo
from overleg.storage.followup_repo import FollowUpRepo
from overleg.storage.meeting_repo import MeetingRepo

S = MeetingStatus


class MinutesService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.meetings = MeetingRepo(ctx.db)
        self.items = AgendaRepo(ctx.db)
        self.decisions = DecisionRepo(ctx.db)
        self.followups = FollowUpRepo(ctx.db)

    # -- decisions ------------------------------------------------------------------------

    def decisions_of(self, meeting_id: int) -> list[Decision]:
        return self.decisions.for_meeting(meeting_id)

    def take_decision(self, meeting_id: int, text: str, item_id: int | None = None
                      ) -> Decision:
        with self.ctx.db.atomic():
            meeting = self._editable(meeting_id)
            self._item_of(meeting_id, item_id)
            d = Decision(body_id=meeting.body_id, meeting_id=meeting_id, text=text,
                         item_id=item_id, sequence=1 << 20,
                         number=f"~{meeting_id}-new")  # numbered below
            self.decisions.add(d)
            renumber_decisions(self.ctx.db, meeting_id)
            d = self.decisions.get(id_of(d))
            self.ctx.audit("decisions", d.uuid, "created", field="text", new=d.text)
            return d

    def edit_decision(self, decision_id: int, text: str) -> str:
        """New wording; returns the old one (undo). Recorded in the audit trail."""
        with self.ctx.db.atomic():
            d = self.decisions.get(decision_id)
            self._editable(d.meeting_id)
            old = d.text
            d = Decision(**{**d.__dict__, "text": text})
            self.decisions.update(d)
            if old != d.text:
                self.ctx.audit("decisions", d.uuid, "edited", field="text", old=old, new=d.text)
        return old

    def revoke_decision(self, decision_id: int, reason: str) -> None:
        with self.ctx.db.atomic():
            d = self.decisions.get(decision_id)
            self._editable(d.meeting_id)
            old_status, d.status = d.status, DecisionStatus.REVOKED
            self.decisions.update(d)
            self.ctx.audit("decisions", d.uuid, "revoked", field="status", old=old_status,
                           new=d.status, reason=reason)

    def delete_decision(self, decision_id: int) -> None:
        with self.ctx.db.atomic():
            d = self.decisions.get(decision_id)
            self._editable(d.meeting_id)
            self.decisions.delete(decision_id)
            self.ctx.audit("decisions", d.uuid, "deleted", field="text", old=d.text)
            renumber_decisions(self.ctx.db, d.meeting_id)

    # -- follow-ups -----------------------------------------------------------------------

    def add_followup(self, meeting_id: int, text: str, *, item_id: int | None = None,
                     decision_id: int | None = None, owner_person_id: int | None = None,
                     owner_organisation_id: int | None = None, target: Target = NO_TERM
                     ) -> FollowUp:
        with self.ctx.db.atomic():
            meeting = self._editable(meeting_id)
            self._item_of(meeting_id, item_id)
            f = FollowUp(text=text, owner_person_id=owner_person_id,
                         owner_organisation_id=owner_organisation_id, meeting_id=meeting_id,
                         item_id=item_id, decision_id=decision_id,
                         target=self._target(meeting, target),
                         created_on=meeting.day)
            self.followups.add(f)
            self.ctx.audit("followups", f.uuid, "created", field="text", new=f.text)
            return self.followups.get(id_of(f))

    def followups_of(self, meeting_id: int) -> list[FollowUp]:
        return self.followups.for_origin(meeting_id)

    def edit_followup(self, followup_id: int, text: str, *, owner_person_id: int | None = None,
                      owner_organisation_id: int | None = None, target: Target = NO_TERM
                      ) -> FollowUp:
        """Correct a follow-up in these minutes: text, owner and target are replaced as
        given. Returns it as it was (for undo); recorded in the audit trail."""
        with self.ctx.db.atomic():
            old = self.followups.get(followup_id)
            if old.meeting_id is None:
                raise ValidationError("Dit actiepunt hoort niet bij een verslag.")
            meeting = self.meetings.get(old.meeting_id)
            check_content_editable(meeting)
            f = FollowUp(**{**old.__dict__, "text": text, "owner_person_id": owner_person_id,
                            "owner_organisation_id": owner_organisation_id,
                            "target": self._target(meeting, target)})
            self.followups.update(f)
            for name, before, after in followup_changes(old, self.followups.get(followup_id)):
                self.ctx.audit("followups", f.uuid, "edited", field=name, old=before,
                               new=after)
        return old

    def delete_followup(self, followup_id: int) -> None:
        """Take back a follow-up entered in these minutes (a slip, or undo)."""
        with self.ctx.db.atomic():
            f = self.followups.get(followup_id)
            if f.meeting_id is not None:
                check_content_editable(self.meetings.get(f.meeting_id))
            self.followups.delete(followup_id)
            self.ctx.audit("followups", f.uuid, "deleted", field="text", old=f.text)

    def _target(self, origin: Meeting, wanted: Target) -> Target:
        """The term as the domain rule accepts it (with the target meeting's day)."""
        return check_target(origin, on=wanted.due_date, meeting=None
                            if wanted.meeting_id is None else self.meetings.get(wanted.meeting_id))

    def possible_targets(self, meeting_id: int) -> tuple[date, list[MeetingListing]]:
        """What a screen offers as the term of a follow-up or the return of a postponed
        item agreed in this meeting: dates from the returned day on, and these meetings
        (the rule: domain.followups.target_choices)."""
        origin = self.meetings.get(meeting_id)
        ahead = self.meetings.listings(start=origin.day,
                                       statuses=[S.PLANNED, S.AGENDA_SENT])
        choices = target_choices(origin, [x.meeting for x in ahead])
        return choices.earliest_date, [x for x in ahead if x.meeting.id in choices.meeting_ids]

    # -- a returning follow-up, settled where it is discussed ------------------------------

    def returning_followup(self, item_id: int) -> FollowUp | None:
        """The follow-up this agenda item brings back, if any."""
        item = self.items.get(item_id)
        if item.source_followup_id is None:
            return None
        return self.followups.get(item.source_followup_id)

    def settle_followup(self, item_id: int, status: FollowUpStatus, text: str,
                        on: date | None = None) -> FollowUp:
        """Close the follow-up an item brings back, in the minutes of the meeting where it
        is discussed: done (on the meeting's day unless `on` says otherwise) with its
        result, or cancelled with the reason. It then stops returning."""
        status = FollowUpStatus(status)
        if status is FollowUpStatus.OPEN:
            raise ValidationError("Een actiepunt wordt hier afgerond of vervalt.")
        with self.ctx.db.atomic():
            item = self.items.get(item_id)
            meeting = self._editable(item.meeting_id)
            if item.source_followup_id is None:
                raise ValidationError("Dit agendapunt brengt geen actiepunt terug.")
            f = self.followups.get(item.source_followup_id)
            old = f.status
            change_status(f, status, text=text,
                          on=(on or meeting.day) if status is FollowUpStatus.DONE else None)
            self.followups.update(f)
            self.ctx.audit("followups", f.uuid, str(status), field="status", old=old,
                           new=f.status, reason=f.result)
        return f

    # -- minutes lifecycle ----------------------------------------------------------------

    def adopt(self, meeting_id: int, in_meeting_id: int, amendments: str = "") -> Meeting:
        """Adopt the minutes of `meeting_id` in the later meeting `in_meeting_id`; with
        amendments ("vastgesteld met wijzigingen"), their text is recorded with the
        adoption and printed in the adopted minutes."""
        amendments = clean_text(amendments, field="wijzigingen").strip()
        with self.ctx.db.atomic():
            m = self.meetings.get(meeting_id)
            later = self.meetings.get(in_meeting_id)
            if later.starts_at <= m.starts_at:
                raise ValidationError("Een verslag wordt vastgesteld in een latere vergadering.")
            if m.status is S.HELD:
                m.advance(S.MINUTES_DRAFT)
            if m.status is not S.MINUTES_DRAFT:
                raise TransitionError("Alleen een conceptverslag kan worden vastgesteld.")
            m.advance(S.MINUTES_ADOPTED)
            m.adopted_in_meeting_id, m.adopted_on = later.id, later.day
            self.meetings.update(m)
            self.ctx.audit("meetings", m.uuid, "minutes_adopted", field="status",
                           old="minutes_draft", new="minutes_adopted",
                           reason=adoption_reason(f"{later.day:%d-%m-%Y}", amendments))
        return m

    def minutes_events(self, meeting_id: int) -> list[MinutesEvent]:
        """When the minutes were adopted (with which amendments) and reopened (why)."""
        return minutes_events(AuditRepo(self.ctx.db), self.meetings.get(meeting_id))

    def adopt_previous(self, meeting_id: int, amendments: str = "") -> Meeting:
        """What the 'Vaststelling verslag' item of a meeting does: adopt the previous
        minutes of the same body."""
        meeting = self.meetings.get(meeting_id)
        previous = self.meetings.previous_of_body(meeting)
        if previous is None:
            raise ValidationError("Er is geen eerdere vergadering van dit overlegorgaan met een "
                                  "verslag om vast te stellen.")
        return self.adopt(id_of(previous), meeting_id, amendments)

    def reopen(self, meeting_id: int, reason: str) -> Meeting:
        reason = clean_text(reason, field="reden").strip()
        if not reason:
            raise ValidationError("Geef een reden op om een vastgesteld verslag te heropenen.")
        with self.ctx.db.atomic():
            m = self.meetings.get(meeting_id)
            if m.status is not S.MINUTES_ADOPTED:
                raise TransitionError("Alleen een vastgesteld verslag kan worden heropend.")
            m.advance(S.MINUTES_DRAFT)
            m.adopted_in_meeting_id, m.adopted_on = None, None
            self.meetings.update(m)
            self.ctx.audit("meetings", m.uuid, "minutes_reopened", field="status",
                           old="minutes_adopted", new="minutes_draft", reason=reason)
        return m

    def previous_minutes(self, meeting_id: int) -> Meeting | None:
        """The earlier meeting of the same body whose minutes `adopt_previous` adopts."""
        return self.meetings.previous_of_body(self.meetings.get(meeting_id))

    def adoption_item(self, meeting_id: int) -> int | None:
        for item in self.items.items(meeting_id, with_checklists=False):
            if item.standard is StandardItem.ADOPT_MINUTES:
                return item.id
        return None

    def _editable(self, meeting_id: int) -> Meeting:
        m = self.meetings.get(meeting_id)
        m.ensure_editable()
        return m

    def _item_of(self, meeting_id: int, item_id: int | None) -> None:
        if item_id is not None and self.items.get(item_id).meeting_id != meeting_id:
            raise ValidationError("Dit agendapunt hoort niet bij deze vergadering.")
