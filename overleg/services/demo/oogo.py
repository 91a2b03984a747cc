"""The example's support-plan OOGO: the PO samenwerkingsverband holds OOGO on its concept
plan for 2014-2015 with Lelystad and Dronten together, in the Bestuurlijk Overleg
Passend Onderwijs of 13 February 2014. As the example stands, the concept is out and
Dronten has sent its written reaction on pupil transport; the meeting is still ahead."""

from overleg.domain.positions import Stance
from overleg.domain.records import id_of
from overleg.services.container import Services

DRONTEN_REACTION = (
    "Schriftelijke reactie vooraf: de gemeente kan zich vinden in de basisondersteuning, "
    "maar mist afspraken over het leerlingenvervoer naar het speciaal onderwijs buiten "
    "Dronten.")
CONCEPT = "concept 0.9 van 15-01-2014"


def add_support_plan_oogo(s: Services, orgs: dict[str, int], bopo_meeting: int,
                          bopo_body: int) -> int:
    """Returns the procedure's id."""
    lelystad, dronten = orgs["Lelystad"], orgs["Dronten"]
    view = s.procedures.create("ondersteuningsplan", 2014, party_ids=[lelystad, dronten],
                               lead_id=orgs["SWV PO Lelystad"], body_id=bopo_body)
    for step in view.steps:
        if step.step_code == "oogo":  # one meeting with both municipalities
            s.procedures.link_meeting(id_of(step), bopo_meeting)
    transport = next(i for i in s.agenda.agenda(bopo_meeting) if i.title == "Leerlingenvervoer")
    s.positions.set(id_of(transport), dronten, Stance.RESERVATIONS,
                    DRONTEN_REACTION, CONCEPT)
    return id_of(view.procedure)
