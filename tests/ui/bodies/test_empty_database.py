"""A new user on an empty database: organisations, people and a body with its chair and
secretary, all made in the app and stored at once; then a meeting can be planned."""

from overleg.domain.enums import BodyKind, MemberRole, OrganisationKind
from overleg.ui.bodies.body_models import CODE, MEMBERS, NAME
from tests.ui.bodies.conftest import click, column, type_into


def add_organisation(qtbot, page, name, kind, short):
    click(qtbot, page.new_org_button)
    d = page.dialog
    assert d.isVisible() and d.windowTitle() == "New organisation"
    type_into(qtbot, d.name, name)
    d.kind.setCurrentIndex(d.kind.findData(str(kind)))
    type_into(qtbot, d.short_name, short)
    click(qtbot, d.ok)
    assert not d.isVisible()


def add_person(qtbot, page, name, function, org_name, email):
    click(qtbot, page.new_person_button)
    d = page.dialog
    type_into(qtbot, d.name, name)
    type_into(qtbot, d.function, function)
    d.organisation.setCurrentIndex(d.organisation.findText(org_name))
    type_into(qtbot, d.email, email)
    click(qtbot, d.ok)
    return d


def test_a_body_with_chair_and_secretary_from_scratch(qtbot, empty_screen, services, prompts,
                                                      qtmodeltester):
    screen, s = empty_screen, services
    bodies = screen.bodies
    assert bodies.model.rowCount() == 0 and bodies.empty_hint.isVisible()
    assert not bodies.detail.isVisible() and not bodies.edit_button.isEnabled()

    screen.tabs.setCurrentWidget(screen.people)
    people = screen.people
    add_organisation(qtbot, people, "Gemeente Almere", OrganisationKind.MUNICIPALITY, "Almere")
    d = add_person(qtbot, people, "Karin Smit", "wethouder Onderwijs", "Gemeente Almere",
                   "k.smit@almere.example")
    assert not d.isVisible()
    d = add_person(qtbot, people, "Omar Haddou", "secretaris", "Gemeente Almere",
                   "o.haddou@almere")  # no dot after the @ is still an address
    assert not d.isVisible()
    assert column(people.people, 0) == ["Karin Smit", "Omar Haddou"]
    assert column(people.people, 2) == ["Gemeente Almere"] * 2
    qtmodeltester.check(people.people)
    qtmodeltester.check(people.orgs)

    screen.tabs.setCurrentWidget(bodies)
    click(qtbot, bodies.new_button)
    d = bodies.dialog
    type_into(qtbot, d.name, "Stuurgroep Passend Onderwijs Almere")
    type_into(qtbot, d.code, "spa")
    d.kind.setCurrentIndex(d.kind.findData(str(BodyKind.STEERING_COMMITTEE)))
    qtbot.keyClicks(d.description, "Stuurt de uitvoering van het ondersteuningsplan.")
    click(qtbot, d.ok)
    assert not d.isVisible()
    assert column(bodies.model, NAME) == ["Stuurgroep Passend Onderwijs Almere"]
    assert column(bodies.model, CODE) == ["SPA"]  # codes are written in capitals
    assert bodies.heading.text() == "Stuurgroep Passend Onderwijs Almere"

    members = bodies.members
    members.person.setCurrentIndex(members.person.findText("Karin Smit — wethouder Onderwijs"))
    members.role.setCurrentIndex(members.role.findData(str(MemberRole.CHAIR)))
    click(qtbot, members.add_button)
    members.role.setCurrentIndex(members.role.findData(str(MemberRole.SECRETARY)))
    click(qtbot, members.add_button)  # Omar is the only one left to choose
    assert members.person.count() == 0 and not members.add_button.isEnabled()
    assert column(members.model, 1) == ["chair", "secretary"]
    assert column(bodies.model, MEMBERS) == ["2"]
    qtmodeltester.check(members.model)
    qtmodeltester.check(bodies.model)
    assert prompts.errors == []

    # stored, not just shown
    body = s.bodies.find("SPA")
    assert (body.name, body.kind, body.description) == (
        "Stuurgroep Passend Onderwijs Almere", BodyKind.STEERING_COMMITTEE,
        "Stuurt de uitvoering van het ondersteuningsplan.")
    assert [(r, p.name, p.email) for r, p in s.bodies.members(body.id)] == [
        (MemberRole.CHAIR, "Karin Smit", "k.smit@almere.example"),
        (MemberRole.SECRETARY, "Omar Haddou", "o.haddou@almere")]
    org = s.bodies.organisations()[0]
    assert (org.name, org.kind, org.short_name) == ("Gemeente Almere",
                                                    OrganisationKind.MUNICIPALITY, "Almere")
    assert {p.organisation_id for p in s.bodies.all_people()} == {org.id}


def test_the_plan_dialog_offers_a_body_made_here_with_its_members(qtbot, empty_screen,
                                                                  services):
    screen = empty_screen
    click(qtbot, screen.bodies.new_button)
    d = screen.bodies.dialog
    type_into(qtbot, d.name, "OOGO Almere")
    type_into(qtbot, d.code, "OOGO")
    d.kind.setCurrentIndex(d.kind.findData(str(BodyKind.OOGO)))
    click(qtbot, d.ok)
    click(qtbot, screen.bodies.members.new_person_button)
    p = screen.bodies.members.dialog
    type_into(qtbot, p.name, "Ilse Verbeek")
    click(qtbot, p.ok)
    assert not p.isVisible()
    assert column(screen.bodies.members.model, 0) == ["Ilse Verbeek"]
    assert column(screen.people.people, 0) == ["Ilse Verbeek"]  # the other tab follows

    window = screen.window()
    meetings = window.screen_at(0)
    window.nav.setCurrentRow(0)
    click(qtbot, meetings.plan_button)
    plan = meetings.dialog
    assert plan.body.currentText() == "OOGO Almere"
    assert plan.invitees.list.count() == 1
    plan.reject()


def test_a_duplicate_code_is_refused_in_one_sentence_and_nothing_is_lost(qtbot, empty_screen,
                                                                         services, prompts):
    screen = empty_screen
    for name in ("Stuurgroep Talentontwikkeling", "Stuurgroep Thuiszitters"):
        click(qtbot, screen.bodies.new_button)
        d = screen.bodies.dialog
        type_into(qtbot, d.name, name)
        type_into(qtbot, d.code, "STT")
        click(qtbot, d.ok)
    assert prompts.errors == ["De code 'STT' is al in gebruik door een ander overlegorgaan."]
    assert d.isVisible() and d.name.text() == "Stuurgroep Thuiszitters"  # typed text kept
    type_into(qtbot, d.code, "THZ")
    click(qtbot, d.ok)
    assert not d.isVisible()
    assert sorted(b.code for b in services.bodies.all()) == ["STT", "THZ"]


def test_an_empty_name_and_a_bad_email_are_refused(qtbot, empty_screen, services, prompts):
    page = empty_screen.people
    empty_screen.tabs.setCurrentWidget(page)
    d = add_person(qtbot, page, "Jan Jansen", "", "(no organisation)", "jan at almere.nl")
    assert prompts.errors == ["'jan at almere.nl' is geen geldig e-mailadres; schrijf alleen "
                              "het adres, zoals i.bos@gemeente.nl."]
    assert d.isVisible()
    click(qtbot, page.new_org_button)
    o = page.dialog
    click(qtbot, o.ok)
    assert prompts.errors[-1] == "Het veld 'naam' mag niet leeg zijn."
    o.reject()
    d.reject()
    assert services.bodies.all_people() == [] and services.bodies.organisations() == []
