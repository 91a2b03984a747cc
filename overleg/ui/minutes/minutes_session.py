"""The minutes of one meeting as a set of user actions: each is a command on the window's
bus, saved at once and, when it worked, one step of the window's undo history. Panels
call these; the view listens."""

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Signal

from overleg.domain.changes import ChangeSet
from overleg.domain.decisions import Decision
from overleg.domain.enums import AttendanceStatus, Outcome
from overleg.domain.errors import OverlegError
from overleg.domain.followups import FollowUp, Target
from overleg.domain.positions import Stance
from overleg.domain.records import id_of
from overleg.services.container import Services
from overleg.ui.common.command_bus import CommandBus
from overleg.ui.common.message_text import shown
from overleg.ui.prompts import Prompts

T = TypeVar("T")


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
        "position": QCoreApplication.translate("MinutesSession", "Position"),
    }[key]


class MinutesSession(QObject):
    saved = Signal(object)  # item id (None: the meeting itself) after any saved change
    replayed = Signal(object)  # item id whose change was undone or redone
    # The meeting itself changed elsewhere (its status; earlier minutes adopted from an
    # item), not one item or the attendance, or a colleague changed something of it:
    # shown anew where the user is.
    meeting_changed = Signal()

    def __init__(self, services: Services, prompts: Prompts, parent: QObject | None = None,
                 bus: CommandBus | None = None) -> None:
        super().__init__(parent)
        self.services, self.prompts = services, prompts
        self.meeting_id: int | None = None
        self.bus = bus or CommandBus(services, prompts, self)
        self.stack = self.bus.stack
        self._acting = False
        self.bus.changed.connect(self._changed)

    def open(self, meeting_id: int | None) -> None:
        """Another meeting; the window's history goes on (undo switches back to it)."""
        self.meeting_id = meeting_id

    # -- agenda item fields -------------------------------------------------------------

    def save_notes(self, item_id: int, old: str, new: str, burst: int) -> bool:
        """Saves of one burst of typing (until the field loses focus) are one step."""
        return self._step(_step_name("notes"), item_id,
                          lambda: self.services.agenda.update_item(
                              item_id, notes=new, run=("notes", item_id, burst)),
                          merge=("notes", item_id, burst))

    def end_notes_run(self, item_id: int, burst: int) -> None:
        """The field lost focus: the run's last text joins the audit trail (if audited)."""
        self.services.agenda.end_run(("notes", item_id, burst))

    def set_outcome(self, item_id: int, old: tuple[Outcome | None, int | None],
                    new: tuple[Outcome | None, int | None]) -> bool:
        return self._step(_step_name("outcome"), item_id, lambda: self.services.agenda.update_item(
            item_id, outcome=new[0], postponed_to_meeting_id=new[1]))

    def set_check(self, item_id: int, criterion_id: int, old: tuple[bool, str],
                  new: tuple[bool, str]) -> bool:
        return self._step(_step_name("criterion"), item_id,
                          lambda: self.services.agenda.set_check(item_id, criterion_id, *new))

    # -- decisions ----------------------------------------------------------------------

    def take_decision(self, item_id: int, text: str) -> Decision | None:
        mid = self._meeting()
        return self._act(_step_name("add_decision"), item_id,
                         lambda: self.services.minutes.take_decision(mid, text, item_id))

    def edit_decision(self, item_id: int, decision_id: int, old: str, new: str) -> bool:
        return self._step(_step_name("decision_wording"), item_id,
                          lambda: self.services.minutes.edit_decision(decision_id, new))

    def delete_decision(self, item_id: int, decision: Decision) -> bool:
        return self._step(_step_name("delete_decision"), item_id,
                          lambda: self.services.minutes.delete_decision(id_of(decision)))

    # -- follow-ups ---------------------------------------------------------------------

    def add_followup(self, item_id: int, text: str, *, owner_person_id: int | None,
                     owner_organisation_id: int | None, target: Target) -> FollowUp | None:
        mid = self._meeting()
        return self._act(_step_name("add_followup"), item_id,
                         lambda: self.services.minutes.add_followup(
                             mid, text, item_id=item_id, owner_person_id=owner_person_id,
                             owner_organisation_id=owner_organisation_id,
                             target=target))

    def edit_followup(self, item_id: int, f: FollowUp, text: str, owner_person_id: int | None,
                      owner_organisation_id: int | None, target: Target) -> bool:
        return self._step(_step_name("edit_followup"), item_id,
                          lambda: self.services.minutes.edit_followup(
                              id_of(f), text, owner_person_id=owner_person_id,
                              owner_organisation_id=owner_organisation_id, target=target))

    def delete_followup(self, item_id: int, f: FollowUp) -> bool:
        return self._step(_step_name("delete_followup"), item_id,
                          lambda: self.services.minutes.delete_followup(id_of(f)))

    # -- positions of the parties (OOGO) -------------------------------------------------

    def set_position(self, item_id: int, organisation_id: int, stance: Stance, text: str,
                     version: str) -> bool:
        return self._step(_step_name("position"), item_id, lambda: self.services.positions.set(
            item_id, organisation_id, stance, text, version))

    def remove_position(self, item_id: int, organisation_id: int) -> bool:
        return self._step(_step_name("position"), item_id,
                          lambda: self.services.positions.remove(item_id, organisation_id))

    # -- attendance ---------------------------------------------------------------------

    def set_attendance(self, person_id: int, old: AttendanceStatus | None,
                       new: AttendanceStatus | None) -> bool:
        mid = self._meeting()

        def write() -> None:
            if new is None:
                self.services.meetings.remove_attendance(mid, person_id)
            else:
                self.services.meetings.set_attendance(mid, person_id, new)
        return self._step(_step_name("attendance"), None, write)

    def group(self, text: str):
        """Several actions as one undo step: `with session.group(...):`."""
        return self.bus.group(text)

    # -- the window's commands ------------------------------------------------------------

    def _step(self, text: str, item_id: int | None, action: Callable[[], object],
              merge: object = None) -> bool:
        return self._act(text, item_id, lambda: action() or True, merge) is not None

    def _act(self, text: str, item_id: int | None, action: Callable[[], T],
             merge: object = None) -> T | None:
        self._acting = True
        try:
            result = self.bus.run(text, action, merge)
        finally:
            self._acting = False
        if result is not None:
            self.saved.emit(item_id)
        return result

    def attempt(self, action: Callable[[], object]) -> bool:
        """An action that is not a step of its own (it leads to one that is)."""
        try:
            action()
        except OverlegError as exc:
            self.prompts.error(shown(exc))
            return False
        return True

    def _changed(self, changes: ChangeSet) -> None:
        """An undo or redo, or another screen's action: the item it concerns is shown."""
        if self._acting or self.meeting_id is None:
            return
        if not changes.touches("agenda_items", "item_criteria", "decisions", "followups",
                               "attendance", "meetings", "item_positions"):
            return
        item_id = _item_of(changes)
        if changes.elsewhere or (item_id is None and not changes.touches("attendance")):
            self.meeting_changed.emit()
            return
        self.replayed.emit(item_id)
        self.saved.emit(item_id)

    def _meeting(self) -> int:
        assert self.meeting_id is not None, "no meeting open"
        return self.meeting_id


def _item_of(changes: ChangeSet) -> int | None:
    """The agenda item a change set is about (None: the meeting itself, attendance)."""
    for change in changes:
        if change.table in ("agenda_items", "item_criteria", "decisions", "followups",
                            "item_positions"):
            image = change.after or change.before or {}
            return change.row_id if change.table == "agenda_items" else image.get("item_id")
    return None
