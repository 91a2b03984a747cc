"""Keeping the example data up to date: roles, members leaving, a body's own Word
template, people and organisations edited, and a body that met cannot be deleted."""

from PySide6.QtCore import Qt

from overleg.domain.enums import MemberRole, OrganisationKind
from overleg.resource_paths import resource
from overleg.ui.bodies.body_models import NAME
from overleg.ui.common.selection import select_row
from tests.ui.bodies.conftest import click, column, type_into


def show_body(page, code):
    select_row(page.table, next(n for n, b in enumerate(page.model.rows) if b.code == code))


def test_a_member_gets_another_role_and_another_leaves(qtbot, demo_screen, demo, prompts):
    page = demo_screen.bodies
    show_body(page, "STT")
    members = page.members
    stt = demo.bodies.find("STT")
    before = [(r, p.name) for r, p in demo.bodies.members(stt.id)]
    assert column(members.model, 0) == [n for _r, n in before]
    last = len(before) - 1
    select_row(members.table, last)
    prompts.answer("chair")  # 'Change role…' asks which role
    click(qtbot, members.role_button)
    assert "Role of" in prompts.asked[-1]
    roles = {p.name: r for r, p in demo.bodies.members(stt.id)}
    assert roles[before[last][1]] is MemberRole.CHAIR
    leaving = column(members.model, 0)[1]
    select_row(members.table, 1)
    prompts.answer(False)
    click(qtbot, members.remove_button)  # not confirmed: nothing happens
    assert len(demo.bodies.members(stt.id)) == len(before)
    prompts.answer(True)
    click(qtbot, members.remove_button)
    assert leaving not in column(members.model, 0)
    assert leaving not in [p.name for _r, p in demo.bodies.members(stt.id)]
    assert any(members.person.itemText(n).startswith(leaving)  # can join again
               for n in range(members.person.count()))
    assert prompts.errors == []


def test_a_body_gets_its_own_word_template_and_a_missing_one_is_refused(
        qtbot, demo_screen, demo, prompts, tmp_path):
    page = demo_screen.bodies
    show_body(page, "PFO")
    click(qtbot, page.edit_button)
    d = page.dialog
    assert d.windowTitle() == "Edit consultation body" and d.code.text() == "PFO"
    prompts.answer(tmp_path / "verdwenen.dotx")
    click(qtbot, d.choose_template)
    click(qtbot, d.ok)
    assert prompts.errors[-1].startswith("Het sjabloon") and "bestaat niet" in prompts.errors[-1]
    assert d.isVisible() and demo.bodies.find("PFO").template_path == ""
    house = str(resource("templates", "overleg-standaard.docx"))
    prompts.answer(resource("templates", "overleg-standaard.docx"))
    click(qtbot, d.choose_template)
    click(qtbot, d.ok)
    assert not d.isVisible()
    assert demo.bodies.find("PFO").template_path == house
    assert house in page.facts.text()
    # and back to the standard house style
    click(qtbot, page.edit_button)
    click(qtbot, page.dialog.clear_template)
    click(qtbot, page.dialog.ok)
    assert demo.bodies.find("PFO").template_path == ""


def test_renaming_a_body_and_refusing_to_delete_one_that_met(qtbot, demo_screen, demo,
                                                             prompts):
    page = demo_screen.bodies
    show_body(page, "SWZ")
    click(qtbot, page.edit_button)
    type_into(qtbot, page.dialog.name, "Stuurgroep Zorg en Welzijn")
    click(qtbot, page.dialog.ok)
    assert "Stuurgroep Zorg en Welzijn" in column(page.model, NAME)
    assert page.current_body().code == "SWZ"  # still selected after the edit
    prompts.answer(True)
    click(qtbot, page.delete_button)
    assert prompts.errors == ["'Stuurgroep Zorg en Welzijn' heeft vergaderingen en kan "
                              "daarom niet worden verwijderd."]
    assert len(demo.bodies.all()) == 5


def test_a_body_without_meetings_is_deleted(qtbot, empty_screen, services, prompts):
    page = empty_screen.bodies
    click(qtbot, page.new_button)
    type_into(qtbot, page.dialog.name, "Werkgroep")
    type_into(qtbot, page.dialog.code, "WG")
    click(qtbot, page.dialog.ok)
    prompts.answer(True)
    click(qtbot, page.delete_button)
    assert services.bodies.all() == [] and page.model.rowCount() == 0
    assert page.empty_hint.isVisible()


def test_a_person_and_an_organisation_are_edited(qtbot, demo_screen, demo, prompts):
    screen = demo_screen
    page = screen.people
    screen.tabs.setCurrentWidget(page)
    row = column(page.people, 0).index("Ruud Smits")
    select_row(page.people_table, row)
    click(qtbot, page.edit_person_button)
    d = page.dialog
    assert d.name.text() == "Ruud Smits" and d.organisation.currentText() == "Gemeente Lelystad"
    type_into(qtbot, d.function, "senior beleidsadviseur jeugd")
    type_into(qtbot, d.email, "r.smits@lelystad.nl")
    click(qtbot, d.ok)
    assert not d.isVisible()
    ruud = next(p for p in demo.bodies.all_people() if p.name == "Ruud Smits")
    assert (ruud.function, ruud.email) == ("senior beleidsadviseur jeugd", "r.smits@lelystad.nl")
    assert page.current_person().name == "Ruud Smits"

    row = column(page.orgs, 0).index("Centrum voor Jeugd en Gezin Lelystad")
    select_row(page.org_table, row)
    click(qtbot, page.edit_org_button)
    o = page.dialog
    assert o.short_name.text() == "CJG"
    type_into(qtbot, o.short_name, "CJG Lelystad")
    o.kind.setCurrentIndex(o.kind.findData(str(OrganisationKind.OTHER)))
    click(qtbot, o.ok)
    org = next(x for x in demo.bodies.organisations() if x.short_name == "CJG Lelystad")
    assert org.kind is OrganisationKind.OTHER
    # the members list of a body shows the new short name at once
    sandra = next(p for p in demo.bodies.all_people() if p.organisation_id == org.id)
    body = next(b for b in demo.bodies.all()
                if sandra.id in [p.id for _r, p in demo.bodies.members(b.id)])
    show_body(screen.bodies, body.code)
    assert "CJG Lelystad" in column(screen.bodies.members.model, 3)


def test_enter_edits_and_delete_removes_from_the_keyboard(qtbot, demo_screen, demo, prompts):
    page = demo_screen.bodies
    show_body(page, "STT")
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert page.dialog.isVisible() and page.dialog.code.text() == "STT"
    qtbot.keyClick(page.dialog, Qt.Key.Key_Escape)
    assert not page.dialog.isVisible()
    members = page.members
    select_row(members.table, 2)
    leaving = column(members.model, 0)[2]
    members.table.setFocus()
    prompts.answer(True)
    qtbot.keyClick(members.table, Qt.Key.Key_Delete)
    assert leaving in prompts.asked[-1]
    assert leaving not in [p.name for _r, p in demo.bodies.members(demo.bodies.find("STT").id)]
