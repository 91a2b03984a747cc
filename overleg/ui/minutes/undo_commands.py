"""Undo steps of the minutes. Each step is pushed after its service call succeeded, so the
first redo() (which QUndoStack calls on push) does nothing; later undo/redo calls the
services again. Records deleted and re-created by undo get a new id: commands hold a
shared `Ref` so every step that names the record follows it."""

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QUndoCommand

from overleg.domain.errors import OverlegError
from overleg.ui.common.message_text import shown

NOTES_ID = 1  # QUndoCommand.id() of notes edits, so one editing burst merges into one step


@dataclass
class Ref:
    id: int


class Refs:
    """One Ref per record, by kind and current id."""

    def __init__(self) -> None:
        self._refs: dict[tuple[str, int], Ref] = {}

    def ref(self, kind: str, record_id: int) -> Ref:
        return self._refs.setdefault((kind, record_id), Ref(record_id))

    def rekey(self, kind: str, ref: Ref, new_id: int) -> None:
        self._refs.pop((kind, ref.id), None)
        ref.id = new_id
        self._refs[(kind, new_id)] = ref

    def clear(self) -> None:
        self._refs.clear()


class Replay:
    """What a command needs from the session when it is undone or redone."""

    def __init__(self, report: Callable[[str], None], replayed: Callable[[int | None], None]
                 ) -> None:
        self.report, self.replayed = report, replayed


class Step(QUndoCommand):
    def __init__(self, replay: Replay, text: str, item_id: int | None,
                 apply: Callable[[], None], revert: Callable[[], None]) -> None:
        super().__init__(text)
        self.replay, self.item_id = replay, item_id
        self.apply, self.revert = apply, revert
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:  # done already, before the push
            self._pushed = True
            return
        self._run(self.apply)

    def undo(self) -> None:
        self._run(self.revert)

    def _run(self, action: Callable[[], None]) -> None:
        try:
            action()
        except OverlegError as exc:
            self.replay.report(shown(exc))
        self.replay.replayed(self.item_id)


class NotesStep(Step):
    """Notes of one item; later saves in the same editing burst merge into this step."""

    def __init__(self, replay: Replay, text: str, item_id: int, burst: int,
                 save: Callable[[int, str], None], old: str, new: str) -> None:
        self.save, self.old, self.new, self.burst = save, old, new, burst
        super().__init__(replay, text, item_id, lambda: self.save(item_id, self.new),
                         lambda: self.save(item_id, self.old))

    def id(self) -> int:
        return NOTES_ID

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 (Qt naming)
        if not isinstance(other, NotesStep) or other.item_id != self.item_id \
                or other.burst != self.burst:
            return False
        self.new = other.new
        return True
