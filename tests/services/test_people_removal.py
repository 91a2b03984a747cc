"""Deleting a person or organisation nothing refers to; archiving one that is referred
to (hidden from pickers, kept in records); both undoable and audited (issue 21)."""

import pytest

from overleg.domain.errors import OverlegError
from overleg.domain.organisations import Organisation, Person


def _person(s, name):
    return next(p for p in s.bodies.all_people() if p.name == name)


def _actions(s, uuid):
    return [e.action for e in s.audit.for_record(uuid)]


def test_someone_nothing_refers_to_is_deleted_and_undo_brings_them_back(demo):
    s = demo
    new = s.bodies.add_person(Person("Eenmalige gast", email="gast@example.org"))
    assert s.bodies.person_references(new.id) == 0
    done = s.commands.run("Persoon verwijderen", lambda: s.bodies.delete_person(new.id))
    assert new.id not in {p.id for p in s.bodies.all_people()}
    assert "deleted" in _actions(s, new.uuid)
    s.commands.undo(done.changes)
    back = s.bodies.person(new.id)
    assert (back.uuid, back.name, back.email) == (new.uuid, new.name, new.email)
    assert _actions(s, new.uuid)[-1] == "undone"


def test_someone_in_the_minutes_cannot_be_deleted_but_is_archived(demo):
    s = demo
    anouk = _person(s, "Anouk Jansen")
    before = s.db.execute("SELECT count(*) FROM attendance").fetchone()[0]
    assert s.bodies.person_references(anouk.id) > 0
    with pytest.raises(OverlegError, match="archiveer"):
        s.bodies.delete_person(anouk.id)
    assert s.bodies.person(anouk.id).name == "Anouk Jansen"
    done = s.commands.run("Persoon archiveren",
                          lambda: s.bodies.set_person_archived(anouk.id))
    assert s.bodies.person(anouk.id).archived
    assert anouk.id not in {p.id for p in s.bodies.pickable_people()}
    assert anouk.id in {p.id for p in s.bodies.all_people()}  # records keep her
    assert s.db.execute("SELECT count(*) FROM attendance").fetchone()[0] == before
    owned = [x for x in s.followups.all(s.followups.filter())
             if x.followup.owner_person_id == anouk.id]
    assert owned and all(x.followup.owner_label == "Anouk Jansen" for x in owned)
    assert "archived" in _actions(s, anouk.uuid)
    s.bodies.update_person(Person("Anouk Jansen-de Wit", id=anouk.id, uuid=anouk.uuid))
    assert s.bodies.person(anouk.id).archived  # an edit does not undo the archiving
    s.bodies.update_person(Person("Anouk Jansen", anouk.function, anouk.organisation_id,
                                  anouk.email, id=anouk.id, uuid=anouk.uuid))
    s.commands.undo(done.changes)
    assert not s.bodies.person(anouk.id).archived
    assert anouk.id in {p.id for p in s.bodies.pickable_people()}


def test_an_organisation_is_deleted_or_archived_by_the_same_rule(demo):
    s = demo
    empty = s.bodies.add_organisation(Organisation("Stichting Eenmalig"))
    s.bodies.delete_organisation(empty.id)
    assert empty.id not in {o.id for o in s.bodies.organisations()}
    assert "deleted" in _actions(s, empty.uuid)
    anouk = _person(s, "Anouk Jansen")
    org = s.bodies.organisation(anouk.organisation_id)
    with pytest.raises(OverlegError, match="archiveer"):
        s.bodies.delete_organisation(org.id)
    s.bodies.set_organisation_archived(org.id)
    assert org.id not in {o.id for o in s.bodies.pickable_organisations()}
    assert s.bodies.person(anouk.id).organisation_id == org.id
    s.bodies.set_organisation_archived(org.id, False)
    assert _actions(s, org.uuid)[-2:] == ["archived", "unarchived"]
