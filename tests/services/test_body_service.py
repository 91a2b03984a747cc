"""Keeping bodies, members, people and organisations up to date through the services."""

from dataclasses import replace
from datetime import datetime

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from overleg.domain.bodies import Body
from overleg.domain.enums import BodyKind, MemberRole, OrganisationKind
from overleg.domain.errors import NotFoundError, OverlegError, ValidationError
from overleg.domain.organisations import Organisation, Person
from overleg.resource_paths import resource
from overleg.services.container import build_services
from overleg.storage.database import open_memory
from tests.helpers import body_with_members


def test_people_and_organisations_are_edited_in_place(services):
    s = services
    org = s.bodies.add_organisation(Organisation("Gemeente Lelystad", OrganisationKind.OTHER))
    person = s.bodies.add_person(Person("Jan de Vries", "wethouder", org.id))
    org.kind, org.short_name = OrganisationKind.MUNICIPALITY, "Lelystad"
    s.bodies.update_organisation(org)
    person.function, person.email = "wethouder onderwijs", "j.devries@lelystad.nl"
    s.bodies.update_person(person)
    assert s.bodies.organisation(org.id) == org
    assert s.bodies.person(person.id) == person
    assert [p.name for p in s.bodies.all_people()] == ["Jan de Vries"]


def test_a_person_in_a_vanished_organisation_is_refused(services):
    person = services.bodies.add_person(Person("Jan de Vries"))
    person.organisation_id = 999
    with pytest.raises(NotFoundError, match="organisatie"):
        services.bodies.update_person(person)
    with pytest.raises(NotFoundError, match="organisatie"):
        services.bodies.add_person(Person("Piet", organisation_id=999))
    assert services.bodies.person(person.id).organisation_id is None


def test_a_role_changes_and_a_member_leaves(services):
    s = services
    body_id = body_with_members(s, n=3)
    members = [p for _r, p in s.bodies.members(body_id)]
    s.bodies.set_role(body_id, members[2].id, MemberRole.SECRETARY)
    s.bodies.remove_member(body_id, members[1].id)
    assert [(r, p.name) for r, p in s.bodies.members(body_id)] == [
        (MemberRole.CHAIR, members[0].name), (MemberRole.SECRETARY, members[2].name)]
    assert s.bodies.person(members[1].id).name == members[1].name  # the person stays


def test_a_code_already_used_by_another_body_is_refused_on_edit(services):
    s = services
    stt = s.bodies.get(body_with_members(s, "STT"))
    wez = s.bodies.get(body_with_members(s, "WEZ"))
    with pytest.raises(ValidationError, match="al in gebruik"):
        s.bodies.update_body(replace(wez, code="stt"))
    assert s.bodies.get(wez.id).code == "WEZ"
    stt.name = "Stuurgroep Talent"
    s.bodies.update_body(stt)  # keeping its own code is fine
    assert s.bodies.get(stt.id).name == "Stuurgroep Talent"


def test_only_a_body_without_meetings_can_be_deleted(services):
    s = services
    kept = body_with_members(s, "STT")
    s.meetings.plan(kept, datetime(2014, 2, 6, 15))
    with pytest.raises(ValidationError, match="heeft vergaderingen") as refused:
        s.bodies.delete_body(kept)
    assert str(refused.value).count(".") == 1
    unused = body_with_members(s, "WEZ", n=2)
    s.bodies.delete_body(unused)
    assert [b.code for b in s.bodies.all()] == ["STT"]
    assert len(s.bodies.all_people()) == 5  # members' people are not deleted


def test_a_body_template_must_be_a_word_file_that_opens(services, tmp_path):
    s = services
    body = Body("Stuurgroep", "STT", BodyKind.STEERING_COMMITTEE,
                template_path=str(tmp_path / "weg.docx"))
    with pytest.raises(OverlegError, match="bestaat niet"):
        s.bodies.add_body(body)
    (tmp_path / "kapot.dotx").write_bytes(b"geen zip")
    body.template_path = str(tmp_path / "kapot.dotx")
    with pytest.raises(OverlegError, match="geen Word-document"):
        s.bodies.add_body(body)
    body.template_path = str(tmp_path / "notities.txt")
    with pytest.raises(ValidationError, match="geen .docx"):
        s.bodies.add_body(body)
    assert s.bodies.all() == []
    body.template_path = str(resource("templates", "overleg-standaard.docx"))
    s.bodies.add_body(body)
    assert s.bodies.find("STT").template_path == body.template_path


@given(name=st.text(max_size=80), function=st.text(max_size=80),
       description=st.text(max_size=300))
def test_any_text_a_user_types_is_stored_as_the_domain_cleaned_it(name, function,
                                                                   description):
    s = build_services(open_memory(), user="tester")
    try:
        try:
            person = Person(name, function)
            body = Body(name, "X1", description=description)
        except ValidationError:
            assume(False)
        stored = s.bodies.add_person(Person("Eerst"))
        person.id, person.uuid = stored.id, stored.uuid
        s.bodies.update_person(person)
        assert s.bodies.person(stored.id) == person
        s.bodies.add_body(body)
        again = s.bodies.find("X1")
        assert (again.name, again.description) == (body.name, body.description)
    finally:
        s.db.close()
