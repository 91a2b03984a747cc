"""The window's one way to change the records: every user action runs as a service command,
lands as one step on the window's undo stack, and its change set is published on one
typed signal that every screen filters.

The work is below the UI (services/command_service.py): a step's undo applies its change
set's inverse through the services, which restores the very same records and checks the
rules. Here is only the stack, the Edit menu's two actions, and the signal. A step that
can no longer be undone (a colleague or a restore changed its records) is dropped with a
note; the rest of the history stays.
"""

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from overleg.domain.changes import ChangeSet
from overleg.domain.errors import OverlegError
from overleg.services.container import Services
from overleg.ui.common.message_text import shown
from overleg.ui.prompts import Prompts

T = TypeVar("T")

UNDO_KEYS = [QKeySequence.StandardKey.Undo]
REDO_KEYS = [QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")]


class CommandBus(QObject):
    changed = Signal(object)  # ChangeSet: after every action, undo and redo
    about_to_replay = Signal()  # before an undo or redo: save what is still being typed

    def __init__(self, services: Services, prompts: Prompts,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services, self.prompts = services, prompts
        # Long work on the window's connection (ui/common/progress.py) runs in a worker:
        # no look at a colleague's changes may use that connection meanwhile.
        self.long_work = 0
        self.stack = QUndoStack(self)
        self.undo_action = QAction(self.tr("Undo"), self)
        self.undo_action.setShortcuts([QKeySequence(k) for k in UNDO_KEYS])
        self.undo_action.triggered.connect(self.undo)
        self.redo_action = QAction(self.tr("Redo"), self)
        self.redo_action.setShortcuts(REDO_KEYS)
        self.redo_action.triggered.connect(self.redo)
        self.stack.undoTextChanged.connect(self._name_steps)
        self.stack.redoTextChanged.connect(self._name_steps)
        self.stack.canUndoChanged.connect(self.undo_action.setEnabled)
        self.stack.canRedoChanged.connect(self.redo_action.setEnabled)
        self._name_steps()

    def set_services(self, services: Services) -> None:
        """Another database: the history of the old one does not apply."""
        self.services = services
        self.stack.clear()

    def attach(self, widget: QWidget, context: Qt.ShortcutContext) -> None:
        """Where Ctrl+Z and Ctrl+Y work: the window (its Edit menu), or a widget that
        is used on its own. Each key is bound once, by these two actions."""
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(context)
            widget.addAction(action)

    def run(self, label: str, action: Callable[[], T], merge: object = None) -> T | None:
        """Do a user action; its result, or None after saying why it was refused.
        Steps with the same `merge` key (one run of typing in one field) become one."""
        try:
            done = self.services.commands.run(label, action)
        except OverlegError as exc:
            self.prompts.error(shown(exc))
            return None
        if done.changes:
            self.stack.push(_Step(self, done.changes, merge))
            self.changed.emit(done.changes)
        return done.result

    def run_irreversible(self, label: str, action: Callable[[], T]) -> T | None:
        """An erasure (AVG): not a step of the history, and the history is cleared (its
        steps hold the very text erased, and could not apply any more). Every screen
        re-reads. Its result, or None after saying why it was refused."""
        try:
            result = action()
        except OverlegError as exc:
            self.prompts.error(shown(exc))
            return None
        self.stack.clear()
        self.changed.emit(self.services.commands.everything(label))
        return result

    def look_elsewhere(self) -> bool:
        """Publish what a colleague changed in the same file since the last look, the
        way this window's own actions are published (not a step of its history: an
        undo that would overwrite it is refused and dropped). True when there was any."""
        if self.long_work:
            return False  # looked at again once the work is over
        changes = self.services.commands.elsewhere()
        if changes is None:
            return False
        self.changed.emit(changes)
        return True

    def group(self, label: str) -> "_Group":
        """Several actions as one step: `with bus.group(label): ...`."""
        return _Group(self.stack, label)

    def undo(self) -> None:
        self.about_to_replay.emit()  # typing not yet saved becomes the step undone
        self.stack.undo()

    def redo(self) -> None:
        self.about_to_replay.emit()
        self.stack.redo()

    def _name_steps(self, *_text) -> None:
        """'Undo Add decision': the Edit menu says what the keys will do."""
        undo, redo = self.stack.undoText(), self.stack.redoText()
        self.undo_action.setText(self.tr("Undo %1").replace("%1", undo) if undo
                                 else self.tr("Undo"))
        self.redo_action.setText(self.tr("Redo %1").replace("%1", redo) if redo
                                 else self.tr("Redo"))
        self.undo_action.setEnabled(self.stack.canUndo())
        self.redo_action.setEnabled(self.stack.canRedo())

    def replay(self, step: "_Step", apply: Callable[[ChangeSet], ChangeSet],
               changes: ChangeSet) -> None:
        try:
            done = apply(changes)
        except OverlegError as exc:
            self.prompts.error(self.tr("“{step}” cannot be undone or redone any more: "
                                       "{reason}").format(step=step.text(),
                                                          reason=shown(exc)))
            step.setObsolete(True)  # the stack drops it; the rest of the history stays
            return
        self.changed.emit(done)


class _Step(QUndoCommand):
    def __init__(self, bus: CommandBus, changes: ChangeSet, merge: object) -> None:
        super().__init__(changes.label)
        self.bus, self.changes, self.merge = bus, changes, merge
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:  # the action itself was done before the push
            self._pushed = True
            return
        self.bus.replay(self, self.bus.services.commands.redo, self.changes)

    def undo(self) -> None:
        self.bus.replay(self, self.bus.services.commands.undo, self.changes)

    def id(self) -> int:
        return 1 if self.merge is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 (Qt naming)
        if not isinstance(other, _Step) or other.merge != self.merge or self.merge is None:
            return False
        self.changes = self.changes.merged_with(other.changes)
        return True


class _Group:
    def __init__(self, stack: QUndoStack, label: str) -> None:
        self.stack, self.label = stack, label

    def __enter__(self) -> None:
        self.stack.beginMacro(self.label)

    def __exit__(self, *exc) -> None:
        self.stack.endMacro()


def bus_of(widget: QWidget | None) -> CommandBus | None:
    """The bus of the window (or stand-alone screen) a widget sits in."""
    while widget is not None:
        bus = getattr(widget, "bus", None)
        if isinstance(bus, CommandBus):
            return bus
        widget = widget.parentWidget()
    return None


def command(widget: QWidget, prompts: Prompts, label: str, action: Callable[[], T]
            ) -> T | None:
    """Do a user action from any widget as a command of its window: one undo step, and
    its change set published to every screen. A widget outside a window (a dialog's
    preview, a test) just does it, with the refusal in one sentence."""
    bus = bus_of(widget)
    if bus is None:
        try:
            return action()
        except OverlegError as exc:
            prompts.error(shown(exc))
            return None
    return bus.run(label, action)
