"""The minutes of one meeting as a set of user actions: each saves through the services at
once and, when it worked, leaves one undo step. Panels call these; the view listens."""

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoStack

from overleg.domain.decisions import Decision
from overleg.domain.enums import AttendanceStatus, Outcome
from overleg.domain.errors import OverlegError
from overleg.domain.followups import FollowUp
from overleg.services.container import Services
from overleg.ui.common.message_text import shown
from overleg.ui.minutes.undo_commands import NotesStep, Ref, Refs, Replay, Step
from overleg.ui.prompts import Prompts


def _step_name(key: str) -> str:
    """The name of an undo step (shown by an undo menu or view)."""
    return {
        "notes": QCoreApplication.translate("MinutesSession", "Notes"),
        "outcome": QCoreApplication.translate("MinutesSession", "Outcome"),
        "criterion": QCoreApplication.translate("MinutesSession", "Criterion"),
        "add_decision": QCoreApplication.translate("MinutesSession", "Add decision"),
        "decision_wording": QCoreApplication.translate("MinutesSession", "Decision wording"),
        "delete_decision": QCoreApplication.translate("MinutesSession", "Delete decision"),
        "add_followup": QCoreApplication.translate("MinutesSession", "Add follow-up"),
        "edit_followup": QCoreApplication.translate("MinutesSession", "Edit follow-up"),
        "delete_followup": QCoreApplication.translate("MinutesSession", "Delete follow-up"),
        "attendance": QCoreApplication.translate("MinutesSession", "Attendance"),
    }[key]


class MinutesSession(QObject):
    saved = Signal(object)  # item id (None: the meeting itself) after any saved change
    replayed = Signal(object)  # item id whose change was undone or redone

    def __init__(self, services: Services, prompts: Prompts, parent: QObject | None = None
                 ) -> None:
        super().__init__(parent)
        self.services, self.prompts = services, prompts
        self.meeting_id: int | None = None
        self.stack = QUndoStack(self)
        self.refs = Refs()
        self._replay = Replay(self.prompts.error, self._after_replay)

    def open(self, meeting_id: int | None) -> None:
        """Another meeting: its undo history starts empty."""
        self.meeting_id = meeting_id
        self.stack.clear()
        self.refs.clear()

    def forget_history(self) -> None:
        """After adoption or reopening the earlier steps no longer apply."""
        self.stack.clear()
        self.refs.clear()

    # -- agenda item fields -------------------------------------------------------------

    def save_notes(self, item_id: int, old: str, new: str, burst: int) -> bool:
        if not self.attempt(lambda: self._write_notes(item_id, new)):
            return False
        self.stack.push(NotesStep(self._replay, _step_name("notes"), item_id, burst,
                                  self._write_notes, old, new))
        return True

    def set_outcome(self, item_id: int, old: tuple[Outcome | None, int | None],
                    new: tuple[Outcome | None, int | None]) -> bool:
        def write(value: tuple[Outcome | None, int | None]) -> None:
            self.services.agenda.update_item(item_id, outcome=value[0],
                                             postponed_to_meeting_id=value[1])
        return self._step(_step_name("outcome"), item_id, lambda: write(new), lambda: write(old))

    def set_check(self, item_id: int, criterion_id: int, old: tuple[bool, str],
                  new: tuple[bool, str]) -> bool:
        def write(value: tuple[bool, str]) -> None:
            self.services.agenda.set_check(item_id, criterion_id, *value)
        return self._step(_step_name("criterion"), item_id, lambda: write(new), lambda: write(old))

    # -- decisions ----------------------------------------------------------------------

    def take_decision(self, item_id: int, text: str) -> Decision | None:
        mid = self._meeting()
        taken: list[Decision] = []
        if not self.attempt(lambda: taken.append(self.services.minutes.take_decision(
                mid, text, item_id))):
            return None
        ref = self.refs.ref("decision", taken[0].id)  # type: ignore[arg-type]
        self._push(_step_name("add_decision"), item_id, lambda: self._retake(ref, item_id, text),
                   lambda: self.services.minutes.delete_decision(ref.id))
        return taken[0]

    def edit_decision(self, item_id: int, decision_id: int, old: str, new: str) -> bool:
        ref = self.refs.ref("decision", decision_id)
        return self._step(_step_name("decision_wording"), item_id,
                          lambda: self.services.minutes.edit_decision(ref.id, new),
                          lambda: self.services.minutes.edit_decision(ref.id, old))

    def delete_decision(self, item_id: int, decision: Decision) -> bool:
        ref = self.refs.ref("decision", decision.id)  # type: ignore[arg-type]
        return self._step(_step_name("delete_decision"), item_id,
                          lambda: self.services.minutes.delete_decision(ref.id),
                          lambda: self._retake(ref, item_id, decision.text))

    def _retake(self, ref: Ref, item_id: int, text: str) -> None:
        d = self.services.minutes.take_decision(self._meeting(), text, item_id)
        self.refs.rekey("decision", ref, d.id)  # type: ignore[arg-type]

    # -- follow-ups ---------------------------------------------------------------------

    def add_followup(self, item_id: int, text: str, *, owner_person_id: int | None,
                     owner_organisation_id: int | None, target_date: date | None,
                     target_meeting_id: int | None) -> FollowUp | None:
        fields = dict(item_id=item_id, owner_person_id=owner_person_id,
                      owner_organisation_id=owner_organisation_id, target_date=target_date,
                      target_meeting_id=target_meeting_id)
        added: list[FollowUp] = []
        if not self.attempt(lambda: added.append(self.services.minutes.add_followup(
                self._meeting(), text, **fields))):  # type: ignore[arg-type]
            return None
        ref = self.refs.ref("followup", added[0].id)  # type: ignore[arg-type]
        self._push(_step_name("add_followup"), item_id, lambda: self._readd(ref, text, fields),
                   lambda: self.services.minutes.delete_followup(ref.id))
        return added[0]

    def edit_followup(self, item_id: int, f: FollowUp, text: str, fields: dict) -> bool:
        """`fields`: owner_person_id, owner_organisation_id, target_date, target_meeting_id."""
        ref = self.refs.ref("followup", f.id)  # type: ignore[arg-type]
        before = dict(owner_person_id=f.owner_person_id,
                      owner_organisation_id=f.owner_organisation_id,
                      target_date=f.target.due_date, target_meeting_id=f.target.meeting_id)
        return self._step(_step_name("edit_followup"), item_id,
                          lambda: self.services.minutes.edit_followup(ref.id, text, **fields),
                          lambda: self.services.minutes.edit_followup(ref.id, f.text, **before))

    def delete_followup(self, item_id: int, f: FollowUp) -> bool:
        fields = dict(item_id=item_id, owner_person_id=f.owner_person_id,
                      owner_organisation_id=f.owner_organisation_id,
                      target_date=f.target.due_date, target_meeting_id=f.target.meeting_id)
        ref = self.refs.ref("followup", f.id)  # type: ignore[arg-type]
        return self._step(_step_name("delete_followup"), item_id,
                          lambda: self.services.minutes.delete_followup(ref.id),
                          lambda: self._readd(ref, f.text, fields))

    def _readd(self, ref: Ref, text: str, fields: dict) -> None:
        f = self.services.minutes.add_followup(self._meeting(), text, **fields)
        self.refs.rekey("followup", ref, f.id)  # type: ignore[arg-type]

    # -- attendance ---------------------------------------------------------------------

    def set_attendance(self, person_id: int, old: AttendanceStatus | None,
                       new: AttendanceStatus | None) -> bool:
        mid = self._meeting()

        def write(status: AttendanceStatus | None) -> None:
            if status is None:
                self.services.meetings.remove_attendance(mid, person_id)
            else:
                self.services.meetings.set_attendance(mid, person_id, status)
        return self._step(_step_name("attendance"), None, lambda: write(new), lambda: write(old))

    def group(self, text: str) -> "_Macro":
        """Several actions as one undo step: `with session.group(...):`."""
        return _Macro(self.stack, text)

    # -- undo ---------------------------------------------------------------------------

    def _step(self, text: str, item_id: int | None, apply: Callable[[], object],
              revert: Callable[[], object]) -> bool:
        if not self.attempt(apply):
            return False
        self._push(text, item_id, apply, revert)
        return True

    def _push(self, text: str, item_id: int | None, apply: Callable[[], object],
              revert: Callable[[], object]) -> None:
        self.stack.push(Step(self._replay, text, item_id, apply, revert))  # type: ignore[arg-type]
        self.saved.emit(item_id)

    def _write_notes(self, item_id: int, text: str) -> None:
        self.services.agenda.update_item(item_id, notes=text)
        self.saved.emit(item_id)

    def attempt(self, action: Callable[[], object]) -> bool:
        try:
            action()
        except OverlegError as exc:
            self.prompts.error(shown(exc))
            return False
        return True

    def _after_replay(self, item_id: int | None) -> None:
        self.replayed.emit(item_id)
        self.saved.emit(item_id)

    def _meeting(self) -> int:
        assert self.meeting_id is not None, "no meeting open"
        return self.meeting_id


class _Macro:
    def __init__(self, stack: QUndoStack, text: str) -> None:
        self.stack, self.text = stack, text

    def __enter__(self) -> None:
        self.stack.beginMacro(self.text)

    def __exit__(self, *exc) -> None:
        self.stack.endMacro()
