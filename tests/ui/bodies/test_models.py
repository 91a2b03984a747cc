"""Every item model of the screen passes Qt's model tester, on the example data and
empty, and says what a secretary expects to read."""

from overleg.ui.bodies.body_models import BodyTableModel, MemberTableModel
from overleg.ui.bodies.people_models import OrganisationTableModel, PersonTableModel
from overleg.ui.bodies.schema_models import (
    CriterionTableModel,
    SchemaTableModel,
    ThemeTableModel,
)
from tests.ui.bodies.conftest import column


def test_every_model_on_the_example_data(qtmodeltester, demo):
    bodies = BodyTableModel(demo)
    bodies.reload()
    assert column(bodies, 1) == ["BOPO", "BOZG", "PFO", "STT", "SWZ"]
    members = MemberTableModel(demo)
    qtmodeltester.check(members)  # no body chosen: empty
    stt = demo.bodies.find("STT")
    members.set_body(stt.id)
    assert column(members, 1)[:2] == ["chair", "secretary"]
    people, orgs = PersonTableModel(demo), OrganisationTableModel(demo)
    people.reload()
    orgs.reload()
    assert people.rowCount() == len(demo.bodies.all_people())
    schemas = SchemaTableModel(demo)
    schemas.reload()
    themes, criteria = ThemeTableModel(), CriterionTableModel()
    qtmodeltester.check(themes)
    themes.set_schema(schemas.record_at(0))
    criteria.set_schema(schemas.record_at(0))
    for model in (bodies, members, people, orgs, schemas, themes, criteria):
        qtmodeltester.check(model)


def test_a_reload_with_the_same_records_keeps_the_rows(qtmodeltester, demo, qtbot):
    bodies = BodyTableModel(demo)
    bodies.reload()
    stt = demo.bodies.find("STT")
    stt.name = "Stuurgroep Talent"
    demo.bodies.update_body(stt)
    with qtbot.assertNotEmitted(bodies.modelReset):
        bodies.reload()
    assert "Stuurgroep Talent" in column(bodies, 0)
