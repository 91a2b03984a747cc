"""Deleting a person or organisation from the People page: deleted when nothing refers to
them, otherwise offered as archiving (hidden from pickers, kept in records and documents).
An archived one is restored the same way. Each is one undoable command."""

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from overleg.domain.organisations import Organisation, Person
from overleg.services.container import Services
from overleg.ui.common.command_bus import command
from overleg.ui.prompts import Prompts


class Removal(QObject):
    def __init__(self, widget: QWidget, services: Services, prompts: Prompts) -> None:
        super().__init__(widget)
        self.widget, self.services, self.prompts = widget, services, prompts

    def person(self, p: Person) -> bool:
        bodies, pid = self.services.bodies, p.id
        assert pid is not None
        if p.archived:
            return self._run(self.tr("Restore person"),
                             lambda: bodies.set_person_archived(pid, False))
        refs = bodies.person_references(pid)
        if refs == 0:
            return self._ask(self.tr("Delete %1?"), p.name) and self._run(
                self.tr("Delete person"), lambda: bodies.delete_person(pid))
        return self._ask(self.tr(
            "%1 appears in %n record(s) (memberships, attendance, follow-ups) and cannot "
            "be deleted. Archive instead? Archived people are no longer offered to choose "
            "from, and stay in the minutes and documents.", "", refs), p.name) and self._run(
            self.tr("Archive person"), lambda: bodies.set_person_archived(pid))

    def organisation(self, o: Organisation) -> bool:
        bodies, oid = self.services.bodies, o.id
        assert oid is not None
        if o.archived:
            return self._run(self.tr("Restore organisation"),
                             lambda: bodies.set_organisation_archived(oid, False))
        refs = bodies.organisation_references(oid)
        if refs == 0:
            return self._ask(self.tr("Delete %1?"), o.name) and self._run(
                self.tr("Delete organisation"), lambda: bodies.delete_organisation(oid))
        return self._ask(self.tr(
            "%1 appears in %n record(s) (people, follow-ups, procedures) and cannot be "
            "deleted. Archive instead? Archived organisations are no longer offered to "
            "choose from, and stay in the records and documents.", "", refs), o.name) \
            and self._run(self.tr("Archive organisation"),
                          lambda: bodies.set_organisation_archived(oid))

    def _ask(self, question: str, name: str) -> bool:
        return self.prompts.confirm(question.replace("%1", name))

    def _run(self, label: str, action: Callable[[], object]) -> bool:
        """The command through the window's bus; whether it was done (not refused)."""
        done: list[bool] = []
        command(self.widget, self.prompts, label, lambda: done.append(bool(action() or True)))
        return bool(done)
