"""Agenda edits as undoable commands. Each edit is done (and saved) before it is pushed,
so a refused edit never lands on the stack; redo and undo call the services again.

An undone 'add' deletes the item and a redo creates it anew with a new id; `ids` maps the
first id of such an item to its current one, so later commands still find it."""

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from overleg.domain.agenda import AgendaItem
from overleg.domain.errors import OverlegError
from overleg.services.container import Services

# Told after each undo or redo: the item to select, or the error that stopped it.
Done = Callable[[int | None, OverlegError | None], None]


class IdMap(dict[int, int]):
    def current(self, item_id: int) -> int:
        return self.get(item_id, item_id)


class AgendaCommand(QUndoCommand):
    def __init__(self, text: str, services: Services, ids: IdMap, after: Done) -> None:
        super().__init__(text)
        self.services, self.ids, self.after = services, ids, after
        self._first = True

    def redo(self) -> None:
        if self._first:  # already done by the editor before pushing
            self._first = False
            return
        self._run(self.do)

    def undo(self) -> None:
        self._run(self.undo_it)

    def _run(self, step: Callable[[], int | None]) -> None:
        try:
            selected = step()
        except OverlegError as exc:  # e.g. the minutes were adopted meanwhile
            self.after(None, exc)
            return
        self.after(selected, None)

    def do(self) -> int | None:
        """Perform the edit again; returns the item to select."""
        raise NotImplementedError

    def undo_it(self) -> int | None:
        raise NotImplementedError


class EditItem(AgendaCommand):
    def __init__(self, text, services, ids, after, item_id: int, new: dict, old: dict) -> None:
        super().__init__(text, services, ids, after)
        self.item_id, self.new, self.old = item_id, new, old

    def do(self) -> int:
        item_id = self.ids.current(self.item_id)
        self.services.agenda.update_item(item_id, **self.new)
        return item_id

    def undo_it(self) -> int:
        item_id = self.ids.current(self.item_id)
        self.services.agenda.update_item(item_id, **self.old)
        return item_id


class MoveItem(AgendaCommand):
    def __init__(self, text, services, ids, after, item_id: int, source: int, target: int
                 ) -> None:
        super().__init__(text, services, ids, after)
        self.item_id, self.source, self.target = item_id, source, target

    def do(self) -> int:
        item_id = self.ids.current(self.item_id)
        self.services.agenda.move_item(item_id, self.target)
        return item_id

    def undo_it(self) -> int:
        item_id = self.ids.current(self.item_id)
        self.services.agenda.move_item(item_id, self.source)
        return item_id


class AddItem(AgendaCommand):
    """`create` adds the item (a free item, a theme, an accepted proposal); undo deletes it."""

    def __init__(self, text, services, ids, after, create: Callable[[], AgendaItem],
                 item: AgendaItem) -> None:
        super().__init__(text, services, ids, after)
        self.create, self.first_id = create, item.id

    def do(self) -> int:
        item = self.create()
        self.ids[self.first_id] = item.id  # type: ignore[index,assignment]
        return item.id  # type: ignore[return-value]

    def undo_it(self) -> None:
        self.services.agenda.delete_item(self.ids.current(self.first_id))  # type: ignore[arg-type]
        return None
