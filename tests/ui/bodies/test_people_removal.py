"""Deleting people and organisations on the People page: deleted when nothing refers to
them, archived otherwise (and restored), each an undo step; an organisation made from
the person dialog (issue 21)."""

from overleg.domain.organisations import Person
from overleg.ui.common.selection import select_row
from tests.ui.bodies.conftest import click, column, type_into


def _page(screen):
    screen.tabs.setCurrentWidget(screen.people)
    return screen.people


def _select_person(page, name):
    select_row(page.people_table, column(page.people, 0).index(name))


def test_a_person_nobody_refers_to_is_deleted_and_undo_brings_them_back(
        qtbot, demo_window, demo_screen, demo, prompts):
    demo.bodies.add_person(Person("Eenmalige gast"))
    page = _page(demo_screen)
    page.refresh()
    _select_person(page, "Eenmalige gast")
    assert page.remove_person_button.text() == "&Delete person…"
    prompts.answer(True)
    click(qtbot, page.remove_person_button)
    assert "Eenmalige gast" in prompts.asked[-1]
    assert "Eenmalige gast" not in [p.name for p in demo.bodies.all_people()]
    assert "Eenmalige gast" not in column(page.people, 0)
    demo_window.bus.undo()
    assert "Eenmalige gast" in [p.name for p in demo.bodies.all_people()]


def test_a_person_in_the_minutes_is_archived_hidden_from_pickers_and_restored(
        qtbot, demo_window, demo_screen, demo, prompts):
    page = _page(demo_screen)
    members = demo_screen.bodies.members
    members.set_body(demo.bodies.find("SWZ").id)  # she is no member there
    offered = [members.person.itemText(i) for i in range(members.person.count())]
    assert any(t.startswith("Anouk Jansen") for t in offered)
    _select_person(page, "Anouk Jansen")
    prompts.answer(True)  # yes, archive instead
    click(qtbot, page.remove_person_button)
    assert "cannot be deleted" in prompts.asked[-1]
    anouk = next(p for p in demo.bodies.all_people() if p.name == "Anouk Jansen")
    assert anouk.archived and prompts.errors == []
    assert "Anouk Jansen (archived)" in column(page.people, 0)
    assert page.remove_person_button.text() == "&Restore person"
    members.set_body(demo.bodies.find("SWZ").id)
    offered = [members.person.itemText(i) for i in range(members.person.count())]
    assert not any(t.startswith("Anouk Jansen") for t in offered)
    click(qtbot, page.remove_person_button)  # restore: no question
    assert not demo.bodies.person(anouk.id).archived
    assert "Anouk Jansen" in column(page.people, 0)
    demo_window.bus.undo()  # the restore
    demo_window.bus.undo()  # the archiving
    assert not demo.bodies.person(anouk.id).archived


def test_an_organisation_is_made_from_the_person_dialog(qtbot, demo_screen, demo, prompts):
    page = _page(demo_screen)
    click(qtbot, page.new_person_button)
    d = page.dialog
    type_into(qtbot, d.name, "Karin Groot")
    assert d.new_org_button.isVisible()
    click(qtbot, d.new_org_button)
    o = d.org_dialog
    type_into(qtbot, o.name, "Stichting Leerplicht Flevoland")
    click(qtbot, o.ok)
    assert not o.isVisible()
    assert d.organisation.currentText() == "Stichting Leerplicht Flevoland"
    click(qtbot, d.ok)
    karin = next(p for p in demo.bodies.all_people() if p.name == "Karin Groot")
    assert demo.bodies.organisation(karin.organisation_id).name == \
        "Stichting Leerplicht Flevoland"
    assert "Stichting Leerplicht Flevoland" in column(page.orgs, 0)
